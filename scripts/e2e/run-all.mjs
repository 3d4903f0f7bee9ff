#!/usr/bin/env node
// `npm run test:e2e`: everything the editor e2e layer needs, in order, idempotently:
//   1. setup-code-server.sh (apt chromium, Node 24 from npm, code-server 4.139.1; cached in ~/.cache/vscode-e2e;
//      E2E_FAST=1 by default, E2E_FAST=0 for the full native build). A setup failure fails the run loudly.
//   2. esbuild bundles (dist/ + out/test/e2e/) and the packaged .vsix (vsce, --no-dependencies)
//   3. the Mocha suite inside the real VS Code extension host (run-vscode-tests.mjs)
//   4. one test of the same suite through @vscode/test-electron's runTests (code-shim.sh)
//   5. the UI smoke test on the packaged .vsix in headless Chromium (screenshots in test-results/e2e/)
// Prints one plain "N passed, N failed" line at the end; exit 1 when anything failed.
// The extension-host suite's server bundle adds TEST-ONLY rules (test/server/test-rules.ts) via
// AOAI_LINT_SERVER_MODULE; the UI smoke test runs the packaged .vsix as shipped (product rules only).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const t0 = Date.now();
const say = (m) => console.log(`\n=== [${((Date.now() - t0) / 1000).toFixed(0)}s] ${m}`);
const totals = { passed: 0, failed: 0 };
const steps = [];

function must(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', ...opts });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? '');
    console.error(`\nE2E SETUP FAILED: ${cmd} ${args.join(' ')} exited ${r.status}${r.error ? ' (' + r.error.message + ')' : ''}`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  return r.stdout;
}

/** Runs a step, echoing its output, and reads its "N passed, N failed" line (or counts it as one test). */
function step(name, cmd, args, env, single = false) {
  say(name);
  return new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => { out += d; process.stdout.write(d); });
    p.stderr.on('data', (d) => process.stderr.write(d));
    p.on('close', (code) => {
      const m = [...out.matchAll(/^(\d+) passed, (\d+) failed/gm)].at(-1);
      let passed = 0, failed = 0;
      if (single || !m) [passed, failed] = code === 0 ? [1, 0] : [0, 1];
      else { passed = Number(m[1]); failed = Number(m[2]) + (code !== 0 && Number(m[2]) === 0 ? 1 : 0); }
      totals.passed += passed; totals.failed += failed;
      steps.push(`${name}: ${passed} passed, ${failed} failed`);
      resolve();
    });
  });
}

function copyWorkspace(from) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-e2e-ws-'));
  fs.cpSync(path.join(root, from), dir, { recursive: true });
  return dir;
}

say('setting up code-server + chromium (cached)');
const setupOut = must('bash', [path.join(root, 'scripts/e2e/setup-code-server.sh')], { env: { ...process.env, E2E_FAST: process.env.E2E_FAST ?? '1' } });
const exportLine = setupOut.trim().split('\n').at(-1) ?? '';
const env = Object.fromEntries([...exportLine.matchAll(/(\w+)='([^']*)'/g)].map((m) => [m[1], m[2]]));
if (!env.CODE_SERVER || !env.NODE24 || !fs.existsSync(env.CODE_SERVER)) {
  console.error(`E2E SETUP FAILED: unexpected setup output: ${exportLine}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
}
say('building bundles and the .vsix');
must(process.execPath, ['esbuild.mjs']);
must(process.execPath, ['scripts/e2e/build.mjs']);
// `npm run package` (vsce, --no-dependencies, .vscodeignore) is the one place the .vsix is built.
must('npm', ['run', '--silent', 'package']);
const vsix = path.join(root, 'out', 'aoai-security-lint.vsix');
fs.renameSync(path.join(root, 'aoai-security-lint.vsix'), vsix);
env.AOAI_LINT_SERVER_MODULE = path.join(root, 'out/test/e2e/test-server.js');

const ws1 = copyWorkspace('test/e2e/workspace');
await step('extension-host suite (code-server 4.139.1)', process.execPath, [
  'scripts/e2e/run-vscode-tests.mjs', '--extensionDevelopmentPath', root,
  '--extensionTestsPath', path.join(root, 'out/test/e2e/index.js'), '--workspace', ws1, '--timeout', '240'], env);
const ws2 = copyWorkspace('test/e2e/workspace');
await step('@vscode/test-electron runTests via code-shim.sh', process.execPath, ['scripts/e2e/test-electron.mjs', ws2],
  { ...env, AOAI_E2E_GREP: 'diagnostics from the language server' });
const ws3 = copyWorkspace('test/e2e/ui-workspace');
const shots = path.join(root, 'test-results/e2e');
fs.rmSync(shots, { recursive: true, force: true });
// The packaged extension with its own dist/server.js: product rules only.
const { AOAI_LINT_SERVER_MODULE: _testServer, ...productEnv } = env;
await step('UI smoke test on the packaged .vsix (headless Chromium)', 'bash', ['scripts/e2e/ui-e2e.sh', vsix, ws3, 'a.py', shots, 'b.ts:AOAI101:4:3', 'c.cs:AOAI301:7:5'],
  { ...productEnv, AOAI_LINT_SERVER_MODULE: '' }, true);
for (const d of [ws1, ws2, ws3]) fs.rmSync(d, { recursive: true, force: true });

say('summary');
for (const s of steps) console.log('  ' + s);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
