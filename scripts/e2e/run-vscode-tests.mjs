#!/usr/bin/env node
// Runs VS Code extension integration tests (a module exporting run(), as with @vscode/test-electron)
// inside a real VS Code extension host provided by code-server, offline. Adapted from
// shared/reference/e2e-vscode.md (beside the project) (route 5a).
// usage: node run-vscode-tests.mjs --extensionDevelopmentPath DIR --extensionTestsPath FILE [--workspace DIR]
//        [--codeServer PATH] [--chromium /usr/bin/chromium] [--timeout 300] [--screenshot FILE] [--keep]
// env: CODE_SERVER (path to code-server bin), NODE24 (dir containing the node binary code-server was built for).
// Prints a plain "N passed, N failed" line; exit 0 only when the suite ran and passed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { chromium } from 'playwright-core';

const { values: o } = util.parseArgs({ options: {
  extensionDevelopmentPath: { type: 'string' }, extensionTestsPath: { type: 'string' },
  workspace: { type: 'string' }, codeServer: { type: 'string' }, chromium: { type: 'string' },
  timeout: { type: 'string' }, screenshot: { type: 'string' }, keep: { type: 'boolean' } } });
const t0 = Date.now();
const log = (...a) => console.log(`[e2e ${((Date.now() - t0) / 1000).toFixed(1)}s]`, ...a);
const codeServer = o.codeServer ?? process.env.CODE_SERVER ?? 'code-server';
const devPath = path.resolve(o.extensionDevelopmentPath);
const testsPath = path.resolve(o.extensionTestsPath);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'vscode-e2e-'));
const workspace = path.resolve(o.workspace ?? (fs.mkdirSync(path.join(tmp, 'workspace')), path.join(tmp, 'workspace')));
const dirs = { ud: path.join(tmp, 'user-data'), ext: path.join(tmp, 'extensions'), xdg: path.join(tmp, 'xdg'), chrome: path.join(tmp, 'chromium') };
fs.mkdirSync(path.join(dirs.ud, 'User'), { recursive: true });
fs.writeFileSync(path.join(dirs.ud, 'User', 'settings.json'), JSON.stringify({
  'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off', 'workbench.enableExperiments': false,
  'update.mode': 'none', 'chat.disableAIFeatures': true, 'git.enabled': false }, null, 1));
const resultsFile = path.join(tmp, 'results.json'); // the in-host runner writes {passed, failed} here
const env = { ...process.env, XDG_CONFIG_HOME: dirs.xdg, XDG_DATA_HOME: dirs.xdg, XDG_CACHE_HOME: dirs.xdg,
  VSCODE_E2E_RESULTS: resultsFile }; // code-server's env is inherited by the extension host
if (process.env.NODE24) env.PATH = `${process.env.NODE24}:${env.PATH}`;
const common = ['--user-data-dir', dirs.ud, '--extensions-dir', dirs.ext];

const port = await new Promise(res => { const s = net.createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
const base = `http://127.0.0.1:${port}`;
const server = spawn(codeServer, ['--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry',
  '--disable-update-check', '--disable-workspace-trust', '--vscode-option', 'enable-smoke-test-driver', ...common],
  { env, stdio: ['ignore', 'pipe', 'pipe'] });
let spawnError;
server.on('error', e => { spawnError = e; });
const serverLog = fs.createWriteStream(path.join(tmp, 'code-server.log'));
server.stdout.pipe(serverLog); server.stderr.pipe(serverLog);
let code = 1, ctx;
try {
  for (let i = 0; ; i++) {
    try { if ((await fetch(`${base}/healthz`)).ok) break; } catch {}
    if (spawnError) throw new Error(`cannot run ${codeServer}: ${spawnError.message} (set CODE_SERVER)`);
    if (i > 300 || server.exitCode !== null) throw new Error('code-server did not start; see ' + path.join(tmp, 'code-server.log'));
    await new Promise(r => setTimeout(r, 100));
  }
  log('code-server up on', base);
  const remote = p => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = JSON.stringify([['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(testsPath)], ['skipWelcome', 'true']]);
  ctx = await chromium.launchPersistentContext(dirs.chrome, {
    executablePath: o.chromium ?? process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  let done; const exited = new Promise(r => (done = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const msg = util.format(...(args ?? []));
    if (!/ENOTFOUND open-vsx\.org|^Canceled|Resolv|Creating a socket|grace time|Service Worker|AgentHost|AccountPolicy|builtin extensions cache|spdlog|tsserver|typescript-language-features|authentication provider 'github'|An unknown error occurred/.test(msg))
      console.log(type === 'error' ? '[ext-host:err]' : '[ext-host]', msg);
  });
  await page.exposeFunction('codeAutomationExit', c => done(c));
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
  const limit = Number(o.timeout ?? 300) * 1000;
  code = await Promise.race([exited, new Promise(r => setTimeout(() => r('timeout'), limit))]);
  log('tests finished, exit code:', code);
  if (fs.existsSync(resultsFile)) {
    const r = JSON.parse(fs.readFileSync(resultsFile, 'utf8'));
    console.log(`${r.passed} passed, ${r.failed} failed` + (r.pending ? `, ${r.pending} skipped` : ''));
  } else {
    console.log('0 passed, 1 failed (the suite did not report results)');
    code = code === 0 ? 1 : code;
  }
  if (o.screenshot || code !== 0) await page.screenshot({ path: o.screenshot ?? path.join(tmp, 'failure.png') }).catch(() => {});
} catch (e) { log('ERROR', e.message); console.log('0 passed, 1 failed (harness error)'); }
finally {
  await ctx?.close().catch(() => {});
  server.kill('SIGTERM');
  if (!spawnError) await new Promise(r => (server.exitCode !== null ? r() : server.once('exit', r)));
  if (code === 0 && !o.keep) fs.rmSync(tmp, { recursive: true, force: true });
  else log('artifacts kept in', tmp);
}
process.exit(code === 0 ? 0 : 1);
