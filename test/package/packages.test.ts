/**
 * The two packages users install: the npm tarball (`npm pack`, then `npm install` into an empty
 * folder offline) and the VS Code extension (`npm run package`, the .vsix). Both are built from a
 * copy of the repository's files (what a clone holds), so the `prepack` / `vscode:prepublish`
 * builds run for real without rewriting this work tree's dist/ under other tests.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';

const repo = path.resolve(__dirname, '../..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lint-pkg-'));
const clone = path.join(tmp, 'clone');
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function sh(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  return { status: r.status, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? '') };
}

function must(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = sh(cmd, args, opts);
  assert.equal(r.status, 0, `${cmd} ${args.join(' ')} failed:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

before(() => {
  // The files of a clone (tracked, plus new ones not yet committed), and the installed devDependencies.
  const files = must('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo }).split('\0').filter(Boolean);
  for (const f of files) {
    if (!fs.existsSync(path.join(repo, f))) continue; // deleted in the work tree
    fs.mkdirSync(path.dirname(path.join(clone, f)), { recursive: true });
    fs.copyFileSync(path.join(repo, f), path.join(clone, f));
  }
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
});

/** Every file a bundle loads at run time: relative `require("./x.js")` and WebAssembly grammars. */
function loadedByBundles(distDir: string, bundles: string[]): Set<string> {
  const found = new Set<string>();
  const queue = [...bundles];
  while (queue.length) {
    const b = queue.shift()!;
    if (found.has(b)) continue;
    found.add(b);
    const text = fs.readFileSync(path.join(distDir, b), 'utf8');
    for (const m of text.matchAll(/require\(\s*["'`]\.\/([\w.-]+?)(?:\.js)?["'`]\s*\)/g)) queue.push(`${m[1]}.js`);
    for (const m of text.matchAll(/["'`/]([\w.-]+\.wasm)["'`]/g)) found.add(m[1]);
  }
  return found;
}

describe('npm package', () => {
  let tarball = '';
  let listed: string[] = [];

  before(() => {
    const out = path.join(tmp, 'packed');
    fs.mkdirSync(out);
    const json = JSON.parse(must('npm', ['pack', '--json', '--pack-destination', out], { cwd: clone }));
    tarball = path.join(out, json[0].filename);
    listed = json[0].files.map((f: { path: string }) => f.path).sort();
  });

  it('ships bin/, dist/ bundles and grammars, schema/, docs/rules/, README and LICENSE, and nothing else', () => {
    const allowed = [/^bin\/[\w.-]+\.js$/, /^dist\/[\w.-]+\.(js|wasm)$/, /^schema\/[\w.-]+\.json$/, /^docs\/rules\/[\w.-]+\.md$/, /^(README\.md|LICENSE|package\.json)$/];
    assert.deepEqual(listed.filter((f) => !allowed.some((re) => re.test(f))), []);
    for (const f of ['bin/aoai-lint.js', 'dist/cli.js', 'dist/server.js', 'LICENSE', 'README.md', 'schema/aoai-lint.schema.json', 'docs/rules/README.md']) {
      assert.ok(listed.includes(f), `${f} is in the tarball`);
    }
    // prepack built dist/ in the clone: the CLI bundle and everything it loads are packed.
    for (const f of loadedByBundles(path.join(clone, 'dist'), ['cli.js', 'server.js'])) assert.ok(listed.includes(`dist/${f}`), `dist/${f} is in the tarball`);
  });

  it('is publishable and has no runtime dependency left to download', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    assert.equal(pkg.private, undefined);
    assert.equal(pkg.license, 'MIT');
    assert.deepEqual(pkg.dependencies ?? {}, {});
    assert.match(fs.readFileSync(path.join(repo, 'LICENSE'), 'utf8'), /^MIT License/);
  });

  it('installs into an empty folder offline, and the installed aoai-lint scans examples/', () => {
    const app = path.join(tmp, 'app');
    fs.mkdirSync(app);
    must('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: app });
    const bin = path.join(app, 'node_modules', '.bin', 'aoai-lint');
    assert.match(must(bin, ['--version'], { cwd: app }), /^\d+\.\d+\.\d+/);
    const r = sh(bin, [path.join(repo, 'examples'), '--format', 'json'], { cwd: app });
    assert.equal(r.status, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    const kinds = new Set(report.files.filter((f: { findings: unknown[] }) => f.findings.length).map((f: { kind: string }) => f.kind));
    // The lazily loaded TypeScript bundle and the C# WebAssembly grammar work from the install.
    for (const k of ['typescript', 'python', 'csharp', 'bicep']) assert.ok(kinds.has(k), `findings in ${k} files (${[...kinds].join(', ')})`);
    assert.deepEqual(report.notices, []);
    const viaNpx = sh('npm', ['exec', '--offline', '--', 'aoai-lint', 'rules', '--format', 'json'], { cwd: app });
    assert.equal(viaNpx.status, 0, viaNpx.stderr);
    assert.ok(JSON.parse(viaNpx.stdout).length > 20);
  });
});

describe('VS Code extension package', () => {
  it('the .vsix holds every file the extension and server bundles load', () => {
    must('npm', ['run', 'package'], { cwd: clone });
    const listing = must('unzip', ['-Z1', path.join(clone, 'aoai-security-lint.vsix')]).split('\n').filter(Boolean);
    const pkg = JSON.parse(fs.readFileSync(path.join(clone, 'package.json'), 'utf8'));
    const main = path.posix.relative('dist', path.posix.normalize(pkg.main)).replace(/^\.\//, '');
    const needed = loadedByBundles(path.join(clone, 'dist'), [main.endsWith('.js') ? main : `${main}.js`, 'server.js']);
    assert.ok(needed.has('typescript-estree.js') && needed.has('tree-sitter-c_sharp.wasm'), [...needed].join(', '));
    for (const f of needed) assert.ok(listing.includes(`extension/dist/${f}`), `extension/dist/${f} is in the .vsix`);
    // vsce writes readme.md and LICENSE.txt under its own spelling.
    for (const f of ['extension/package.json', 'extension/readme.md', 'extension/license.txt', 'extension/schema/aoai-lint.schema.json']) {
      assert.ok(listing.some((x) => x.toLowerCase() === f), `${f} is in the .vsix (${listing.join(', ')})`);
    }
    // The same allowlist as the npm package (package.json "files"): no sources, maps or node_modules.
    assert.deepEqual(listing.filter((f) => f.endsWith('.map') || f.includes('node_modules/') || f.endsWith('.ts') || f.startsWith('extension/test/')), []);
  });
});
