// Bundles the e2e suite for the extension host (out/test/e2e/) and the language server with the
// TEST-ONLY rules (out/test/e2e/test-server.js; the extension forks it when AOAI_LINT_SERVER_MODULE
// points at it). `vscode` and `mocha` stay external: the host provides one, node_modules the other.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const out = path.join(root, 'out/test/e2e');
fs.rmSync(out, { recursive: true, force: true });
const suites = fs.readdirSync(path.join(root, 'test/e2e/suite')).filter((f) => f.endsWith('.test.ts'));
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning', absWorkingDir: root, mainFields: ['module', 'main'] };
await esbuild.build({
  ...common,
  entryPoints: { index: 'test/e2e/index.ts', ...Object.fromEntries(suites.map((f) => [`suite/${f.replace(/\.ts$/, '')}`, `test/e2e/suite/${f}`])) },
  outdir: out,
  external: ['vscode', 'mocha'],
});
await esbuild.build({ ...common, entryPoints: { 'test-server': 'test/server/test-server.ts' }, outdir: out });
// web-tree-sitter grammars next to the server bundle, as in dist/
for (const f of fs.readdirSync(path.join(root, 'dist')).filter((f) => f.endsWith('.wasm'))) fs.copyFileSync(path.join(root, 'dist', f), path.join(out, f));
console.log('e2e bundles in', path.relative(root, out));
