// Bundles the three front-ends: the VS Code extension (dist/client.js), the language server
// (dist/server.js, forked by the extension) and the CLI (dist/cli.js, run by bin/aoai-lint.js).
// Usage: node esbuild.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.dirname(new URL(import.meta.url).pathname);
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** Files some parsers load at run time (WebAssembly grammars), copied next to the bundles. */
const assets = [
  'node_modules/web-tree-sitter/tree-sitter.wasm',
  'node_modules/tree-sitter-c-sharp/tree-sitter-c_sharp.wasm',
  'node_modules/tree-sitter-go/tree-sitter-go.wasm',
  'node_modules/tree-sitter-java/tree-sitter-java.wasm',
  'node_modules/tree-sitter-powershell/tree-sitter-powershell.wasm',
];

const entries = [
  { in: 'client/extension.ts', out: 'client', external: ['vscode'] },
  { in: 'server/server-main.ts', out: 'server', external: [] },
  { in: 'server/main.ts', out: 'cli', external: [] },
  // Loaded on demand by engine/parsers/typescript.ts: keeps the TypeScript compiler out of start-up.
  { in: 'engine/parsers/typescript-estree.ts', out: 'typescript-estree', external: [] },
].filter((e) => fs.existsSync(path.join(root, e.in)));

/** Resolves the parser's lazy `require('./typescript-estree')` to the separate bundle at run time. */
const lazyEstree = {
  name: 'lazy-typescript-estree',
  setup(build) {
    build.onResolve({ filter: /^\.\/typescript-estree$/ }, (args) =>
      args.importer.endsWith(path.join('parsers', 'typescript.ts')) ? { path: './typescript-estree.js', external: true } : undefined,
    );
  },
};

const common = {
  plugins: [lazyEstree],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  minify,
  logLevel: 'warning',
  absWorkingDir: root,
  // @typescript-eslint/typescript-estree can load `typescript` lazily; keep it bundled but quiet.
  mainFields: ['module', 'main'],
};

fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
for (const a of assets) {
  const src = path.join(root, a);
  if (fs.existsSync(src)) fs.copyFileSync(src, path.join(root, 'dist', path.basename(a)));
}

const contexts = await Promise.all(
  entries.map((e) =>
    esbuild.context({ ...common, entryPoints: { [e.out]: e.in }, outdir: 'dist', external: e.external }),
  ),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching…');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
