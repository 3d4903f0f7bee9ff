/**
 * How the CLI writes files: reports (`--output`) onto special files and links, fixes onto files
 * that are links, read-only, not UTF-8, or that change or vanish between lint and fix, a closed
 * pipe, and signals. Real files in a temporary folder; some cases need root (CI runs as root).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { Engine } from '../engine/engine';
import type { Rule } from '../engine/rule';
import { main } from '../server/cli';
import { markerRule } from './helpers/fake-rules';

const root = path.resolve(__dirname, '..');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lint-writes-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));
const isRoot = process.getuid?.() === 0;
/** tsx by URL: the child runs in a temporary folder, where `--import tsx` would not resolve. */
const TSX = pathToFileURL(require.resolve('tsx')).href;

function workspace(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(tmp, 'ws-'));
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    fs.writeFileSync(path.join(dir, p), t);
  }
  return dir;
}

async function run(argv: string[], cwd: string, rules: Rule[] = [markerRule]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(argv, { stdout, stderr, cwd }, new Engine(rules));
  return { code, out, err };
}

/** The CLI as a process (every product rule); resolves with its exit and what it printed. */
function spawnCli(argv: string[], cwd: string, onStdout?: (chunk: Buffer, child: ReturnType<typeof spawn>) => void) {
  const child = spawn(process.execPath, ['--import', TSX, path.join(root, 'test/helpers/cli-process.ts'), ...argv], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => {
    out += d;
    onStdout?.(d, child);
  });
  child.stderr!.on('data', (d: Buffer) => (err += d));
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string; err: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, out, err })),
  );
}

/** A rule that flags KEYWORD like markerRule and does something to the file while it is linted. */
function tamperingRule(onCheck: (filePath: string) => void): Rule {
  return {
    ...markerRule,
    check(ctx) {
      onCheck(ctx.file.path);
      markerRule.check(ctx);
    },
  };
}

/** Hidden temporary files left in `dir` (recursively). */
function temps(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((n) => /aoai-lint-.*\.tmp$/.test(n));
}

describe('--output', () => {
  it('writes into a FIFO read from its other end, and leaves it a FIFO', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    const fifo = path.join(ws, 'report.fifo');
    execFileSync('mkfifo', [fifo]);
    // The reader opens first (non-blocking), so the CLI's open for writing does not wait.
    const reader = fs.openSync(fifo, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
    try {
      const r = await run(['--format', 'json', '--output', fifo], ws);
      assert.equal(r.code, 1);
      assert.equal(r.err, '');
      const buf = Buffer.alloc(1 << 16);
      const n = fs.readSync(reader, buf);
      assert.equal(JSON.parse(buf.subarray(0, n).toString('utf8')).summary.warning, 1);
    } finally {
      fs.closeSync(reader);
    }
    assert.ok(fs.lstatSync(fifo).isFIFO(), 'still a FIFO');
    assert.deepEqual(temps(ws), []);
  });

  it('writes through a symlink to its target and keeps the link', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n', 'reports/real.json': 'old\n' });
    fs.symlinkSync('reports/real.json', path.join(ws, 'link.json'));
    const r = await run(['--format', 'json', '--output', 'link.json'], ws);
    assert.equal(r.code, 1);
    assert.ok(fs.lstatSync(path.join(ws, 'link.json')).isSymbolicLink(), 'the link is not replaced');
    assert.equal(JSON.parse(fs.readFileSync(path.join(ws, 'reports/real.json'), 'utf8')).summary.warning, 1);
  });

  it('creates the target of a dangling symlink', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    fs.symlinkSync('made/new.json', path.join(ws, 'dangling.json'));
    fs.mkdirSync(path.join(ws, 'made'));
    await run(['--format', 'json', '--output', 'dangling.json'], ws);
    assert.ok(fs.lstatSync(path.join(ws, 'dangling.json')).isSymbolicLink());
    assert.equal(JSON.parse(fs.readFileSync(path.join(ws, 'made/new.json'), 'utf8')).summary.warning, 1);
  });

  it('keeps the mode of a regular report file it replaces', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n', 'out.txt': 'old\n' });
    fs.chmodSync(path.join(ws, 'out.txt'), 0o600);
    await run(['--output', 'out.txt'], ws);
    assert.equal(fs.statSync(path.join(ws, 'out.txt')).mode & 0o777, 0o600);
    assert.match(fs.readFileSync(path.join(ws, 'out.txt'), 'utf8'), /marker found/);
  });

  it('"-" is stdout', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    const r = await run(['--format', 'json', '--output', '-'], ws);
    assert.equal(JSON.parse(r.out).summary.warning, 1);
    assert.ok(!fs.existsSync(path.join(ws, '-')));
  });

  it('refuses a directory with exit 2 and writes nothing', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    fs.mkdirSync(path.join(ws, 'dir'));
    const r = await run(['--output', 'dir'], ws);
    assert.equal(r.code, 2);
    assert.match(r.err, /cannot write dir: is a directory/);
    assert.deepEqual(fs.readdirSync(path.join(ws, 'dir')), []);
  });

  it('writes into a character device in place, never over the node (a private null device; root only)', { skip: !isRoot && 'needs root for mknod' }, async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    const dev = path.join(ws, 'null');
    execFileSync('mknod', [dev, 'c', '1', '3']);
    const r = await run(['--output', dev], ws);
    assert.equal(r.code, 1);
    assert.ok(fs.lstatSync(dev).isCharacterDevice(), 'still the device node');
    assert.deepEqual(temps(ws), []);
  });

  it('writes through a link to /proc/self/fd/1 (what /dev/stdout is) onto the process\'s stdout', { skip: process.platform !== 'linux' }, async () => {
    const ws = workspace({ 'a.py': 'client = AzureOpenAI(api_key="x")\n' });
    fs.symlinkSync('/proc/self/fd/1', path.join(ws, 'stdout-link'));
    const r = await spawnCli(['--format', 'json', '--output', 'stdout-link', 'a.py'], ws);
    assert.equal(r.err, '');
    assert.ok(JSON.parse(r.out).files, 'the report arrived on stdout');
    assert.ok(fs.lstatSync(path.join(ws, 'stdout-link')).isSymbolicLink());
  });
});

describe('--fix', () => {
  it('writes through a symlink to its target, keeping the link and the mode', async () => {
    const ws = workspace({ 'real/target.py': 'KEYWORD\n' });
    fs.chmodSync(path.join(ws, 'real/target.py'), 0o640);
    fs.symlinkSync('real/target.py', path.join(ws, 'link.py'));
    const r = await run(['--fix', 'link.py'], ws);
    assert.equal(r.code, 0);
    assert.ok(fs.lstatSync(path.join(ws, 'link.py')).isSymbolicLink());
    assert.equal(fs.readFileSync(path.join(ws, 'real/target.py'), 'utf8'), 'keyword\n');
    assert.equal(fs.statSync(path.join(ws, 'real/target.py')).mode & 0o777, 0o640);
  });

  it('refuses a read-only file by its mode (even as root) and fixes the others', async () => {
    const ws = workspace({ 'ro.py': 'KEYWORD\n', 'rw.py': 'KEYWORD\n' });
    fs.chmodSync(path.join(ws, 'ro.py'), 0o444);
    const r = await run(['--fix'], ws);
    assert.equal(fs.readFileSync(path.join(ws, 'ro.py'), 'utf8'), 'KEYWORD\n');
    assert.equal(fs.statSync(path.join(ws, 'ro.py')).mode & 0o777, 0o444);
    assert.equal(fs.readFileSync(path.join(ws, 'rw.py'), 'utf8'), 'keyword\n');
    assert.match(r.out, /ro\.py: Not fixed: the file is read-only\./);
    assert.equal(r.code, 1, 'the unfixed finding remains');
  });

  it('keeps the owner of a file it fixes (root only)', { skip: !isRoot && 'needs root for chown' }, async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    fs.chownSync(path.join(ws, 'a.py'), 4321, 4321);
    await run(['--fix'], ws);
    const st = fs.statSync(path.join(ws, 'a.py'));
    assert.deepEqual([st.uid, st.gid], [4321, 4321]);
    assert.equal(fs.readFileSync(path.join(ws, 'a.py'), 'utf8'), 'keyword\n');
  });

  it('writes a hard-linked file in place, so every name sees the fix', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    fs.linkSync(path.join(ws, 'a.py'), path.join(ws, 'other-name.txt'));
    await run(['--fix', 'a.py'], ws);
    assert.equal(fs.readFileSync(path.join(ws, 'other-name.txt'), 'utf8'), 'keyword\n');
  });

  it('skips a Latin-1 file with a notice and leaves its bytes alone', async () => {
    const latin1 = Buffer.from('KEYWORD = "caf\xe9"\n', 'latin1');
    const ws = workspace({ 'latin1.py': latin1, 'utf8.py': 'KEYWORD = "café"\n' });
    const r = await run(['--fix'], ws);
    assert.deepEqual(fs.readFileSync(path.join(ws, 'latin1.py')), latin1);
    assert.equal(fs.readFileSync(path.join(ws, 'utf8.py'), 'utf8'), 'keyword = "café"\n');
    assert.match(r.out, /latin1\.py: Not fixed: the file is not valid UTF-8/);
  });

  it('keeps a UTF-8 byte-order mark', async () => {
    const ws = workspace({ 'bom.py': '\ufeffKEYWORD\n' });
    await run(['--fix'], ws);
    assert.deepEqual(fs.readFileSync(path.join(ws, 'bom.py')), Buffer.from('\ufeffkeyword\n', 'utf8'));
  });

  it('does not write a file that changed while it was being fixed, and loses none of its lines', async () => {
    const ws = workspace({ 'grows.py': 'KEYWORD\n', 'b.py': 'KEYWORD\n' });
    // Every lint of grows.py appends a line: the scan's, then the fix's (after the fixer read it).
    const rule = tamperingRule((p) => p.endsWith('grows.py') && fs.appendFileSync(p, 'appended = 1\n'));
    const r = await run(['--fix'], ws, [rule]);
    assert.equal(fs.readFileSync(path.join(ws, 'grows.py'), 'utf8'), 'KEYWORD\nappended = 1\nappended = 1\n');
    assert.match(r.out, /grows\.py: Not fixed: the file changed while it was being fixed; run again\./);
    assert.equal(fs.readFileSync(path.join(ws, 'b.py'), 'utf8'), 'keyword\n');
  });

  it('a file deleted, or replaced by a folder, between lint and fix is a notice; the others are fixed', async () => {
    const ws = workspace({ 'a-gone.py': 'KEYWORD\n', 'b-folder.py': 'KEYWORD\n', 'c.py': 'KEYWORD\n' });
    const done = new Set<string>();
    const rule = tamperingRule((p) => {
      if (done.has(p)) return;
      done.add(p);
      if (p.endsWith('a-gone.py')) fs.rmSync(p);
      if (p.endsWith('b-folder.py')) {
        fs.rmSync(p);
        fs.mkdirSync(p);
      }
    });
    const r = await run(['--fix'], ws, [rule]);
    assert.match(r.out, /a-gone\.py: Not fixed: cannot read the file \(ENOENT\)\./);
    assert.match(r.out, /b-folder\.py: Not fixed: it is now a directory\./);
    assert.equal(fs.readFileSync(path.join(ws, 'c.py'), 'utf8'), 'keyword\n');
    assert.ok(fs.statSync(path.join(ws, 'b-folder.py')).isDirectory());
  });

  it('a file made unreadable between lint and fix is a notice (not root: root reads anything)', { skip: isRoot && 'root ignores read permissions' }, async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n', 'b.py': 'KEYWORD\n' });
    const rule = tamperingRule((p) => p.endsWith('a.py') && fs.chmodSync(p, 0o000));
    const r = await run(['--fix'], ws, [rule]);
    assert.match(r.out, /a\.py: Not fixed: cannot read the file \(EACCES\)\./);
    assert.equal(fs.readFileSync(path.join(ws, 'b.py'), 'utf8'), 'keyword\n');
  });

  it('--diff still shows fixes for a read-only file', async () => {
    const ws = workspace({ 'ro.py': 'KEYWORD\n' });
    fs.chmodSync(path.join(ws, 'ro.py'), 0o444);
    const r = await run(['--diff'], ws);
    assert.match(r.out, /^\+keyword$/m);
  });

  it('scans never lint the hidden temporary files a killed run may leave', async () => {
    const ws = workspace({ '.a.py.aoai-lint-123-456.tmp': 'KEYWORD\n', '.env.aoai-lint-123-456.tmp': 'KEYWORD\n', 'b.py': 'x = 1\n' });
    const r = await run(['--format', 'json'], ws);
    assert.deepEqual(JSON.parse(r.out).files, []);
  });

  it('Ctrl-C during a fix run leaves no temporary file and ends by the signal', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`f${String(i).padStart(3, '0')}.env`] = `AZURE_OPENAI_ENDPOINT=https://x.openai.azure.com/\nAZURE_OPENAI_API_KEY=\n`;
    const ws = workspace(files);
    const child = spawn(process.execPath, ['--import', TSX, path.join(root, 'test/helpers/cli-process.ts'), '--fix', '--unsafe-fixes', '.'], { cwd: ws, stdio: 'ignore' });
    // Interrupt once the first file has been rewritten.
    const first = path.join(ws, 'f000.env');
    const original = fs.readFileSync(first, 'utf8');
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)));
    while (child.exitCode === null && fs.readFileSync(first, 'utf8') === original) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    const signal = await exited;
    assert.deepEqual(temps(ws), []);
    assert.ok(signal === 'SIGINT' || child.exitCode !== null, 'ended by the signal (or had finished)');
  });
});

describe('a closed pipe', () => {
  it('`aoai-lint ... | head` ends quietly with the run\'s exit code', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`src/app${i}.py`] = 'from openai import AzureOpenAI\n' + 'c = AzureOpenAI(azure_endpoint="https://x.openai.azure.com/", api_key=k, api_version="2024-10-21")\n'.repeat(20);
    const ws = workspace(files);
    const full = await spawnCli(['.'], ws);
    assert.ok(full.out.length > 128 * 1024, `the report is larger than a pipe buffer (${full.out.length} bytes)`);
    // A shell pipe (a socket pair, as spawn makes, behaves differently); head exits after 100 bytes.
    const cli = [process.execPath, '--import', TSX, path.join(root, 'test/helpers/cli-process.ts'), '.'].map((a) => `'${a}'`).join(' ');
    const cut = execFileSync('bash', ['-c', `${cli} 2>cli-stderr.txt | head -c 100 >head.txt; echo "\${PIPESTATUS[0]}"`], { cwd: ws, encoding: 'utf8' });
    assert.equal(fs.readFileSync(path.join(ws, 'cli-stderr.txt'), 'utf8'), '', 'no stack trace');
    assert.equal(fs.readFileSync(path.join(ws, 'head.txt'), 'utf8'), full.out.slice(0, 100));
    assert.equal(Number(cut.trim()), full.code, 'the exit code of the whole run');
  });
});
