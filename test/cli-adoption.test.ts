/**
 * The CLI as ESLint and Ruff users expect it: exit codes that never say "0 problems" on nothing,
 * output and exit policy flags, stdin, baselines and git scoping.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { after, describe, it } from 'node:test';
import { Engine } from '../engine/engine';
import { main } from '../server/cli';
import { Progress } from '../server/progress';
import { createEngine } from '../rules';
import { crashingRule, infoRule, markerRule, unsafeRule } from './helpers/fake-rules';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lint-cli2-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(tmp, 'ws-'));
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), t);
  }
  return root;
}

async function run(argv: string[], cwd: string, opts: { rules?: Engine; stdin?: string; env?: NodeJS.ProcessEnv; tty?: boolean } = {}) {
  const stdout = Object.assign(new PassThrough(), { isTTY: opts.tty });
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const engine = opts.rules ?? new Engine([markerRule, unsafeRule, infoRule]);
  const code = await main(argv, { stdout, stderr, cwd, stdin: Readable.from([opts.stdin ?? '']), env: opts.env ?? {} }, engine);
  return { code, out, err };
}

const json = (out: string) => JSON.parse(out) as { summary: Record<string, number>; files: { path: string; findings: { code: string; line: number }[] }[] };

describe('exit codes', () => {
  it('a path that does not exist is an error on stderr with exit 2', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    const r = await run(['a.py', 'nope/'], ws);
    assert.equal(r.code, 2);
    assert.equal(r.out, '');
    assert.equal(r.err, 'aoai-lint: no such file or directory: nope/\n');
  });

  it('a scan that matched no file is an error with exit 2, never "0 problems"', async () => {
    const cases: Record<string, string>[] = [{}, { "README.md": "# hi\n" }, { ".aoai-lint.json": "{ \"exclude\": [\"**\"] }", "a.py": "KEYWORD\n" }];
    for (const files of cases) {
      const ws = workspace(files);
      const r = await run([], ws);
      assert.equal(r.code, 2, JSON.stringify(files));
      assert.match(r.err, /^aoai-lint: no files to lint in \. /);
      assert.equal(r.out, '');
    }
  });

  it('an invalid config file or a rule that failed makes the exit non-zero even with nothing found', async () => {
    const ws = workspace({ '.aoai-lint.json': '{ "rules": ', 'a.py': 'print(1)\n' });
    const r = await run([], ws);
    assert.equal(r.code, 1);
    assert.match(r.out, /error: \.aoai-lint\.json: Config file is not valid JSON/);
    const crash = workspace({ 'a.py': 'CRASH\n' });
    assert.equal((await run(['--exit-zero'], crash, { rules: new Engine([crashingRule]) })).code, 1, '--exit-zero does not hide an incomplete scan');
    const sarif = JSON.parse((await run(['--format', 'sarif'], ws)).out);
    assert.equal(sarif.runs[0].invocations[0].executionSuccessful, false);
    assert.match(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text, /not valid JSON/);
  });

  it('--exit-zero exits 0 with findings; --max-warnings N exits 1 above N warnings', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\nKEYWORD\n' });
    assert.equal((await run(['--exit-zero'], ws)).code, 0);
    assert.equal((await run(['--fail-level', 'error', '--max-warnings', '2'], ws)).code, 0);
    const r = await run(['--fail-level', 'error', '--max-warnings', '1'], ws);
    assert.equal(r.code, 1);
    assert.match(r.err, /2 warnings exceed --max-warnings 1/);
    assert.equal((await run(['--max-warnings', 'many'], ws)).code, 2);
  });
});

describe('output flags', () => {
  it('--quiet reports errors only', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\nUNSAFE\nMAYBE\n' });
    const r = await run(['--quiet', '--format', 'json'], ws);
    assert.deepEqual(json(r.out).files.flatMap((f) => f.findings.map((x) => x.code)), ['AOAI991']);
    assert.equal(r.code, 1);
  });

  it('--statistics prints counts per rule, most frequent first', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\nKEYWORD\nUNSAFE\n' });
    const r = await run(['--statistics'], ws);
    assert.match(r.out, /\n2 {2}AOAI990 {2}test-marker {2}\[fixable\]\n1 {2}AOAI991 {2}test-unsafe {2}\[fixable\]\n$/);
  });

  it('colours follow --color / --no-color, then FORCE_COLOR, then NO_COLOR, then the terminal', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    const coloured = async (argv: string[], env: NodeJS.ProcessEnv, tty: boolean) => /\x1b\[/.test((await run(argv, ws, { env, tty })).out);
    assert.equal(await coloured([], {}, true), true);
    assert.equal(await coloured([], {}, false), false);
    assert.equal(await coloured([], { NO_COLOR: '1' }, true), false);
    assert.equal(await coloured([], { FORCE_COLOR: '1' }, false), true);
    assert.equal(await coloured([], { FORCE_COLOR: '0' }, true), false);
    assert.equal(await coloured(['--color'], { NO_COLOR: '1' }, false), true);
    assert.equal(await coloured(['--no-color'], { FORCE_COLOR: '1' }, true), false);
  });

  it('--format markdown writes a table of findings by rule (the CI job summary)', async () => {
    const ws = workspace({ 'src/a.py': 'KEYWORD\nKEYWORD\nUNSAFE\n' });
    const r = await run(['--format', 'markdown'], ws);
    assert.match(r.out, /^## AOAI Security Lint\n\n\*\*3 problems\*\* \(1 errors, 2 warnings, 0 info\) in 1 files scanned\./);
    assert.match(r.out, /\| \[AOAI990\]\([^)]+test-marker\.md\) \| test-marker \| warning \| 2 \|\n\| \[AOAI991\]/);
    assert.match(r.out, /\| `src\/a\.py` \| 3 \| AOAI991 \| /);
  });

  it('--diff with --format json is refused with a clear message', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    const r = await run(['--diff', '--format', 'json'], ws);
    assert.equal(r.code, 2);
    assert.match(r.err, /^aoai-lint: --diff prints a unified diff; it cannot be combined with --format json/);
  });

  it('--fix with no safe fix says how many unsafe fixes wait for --unsafe-fixes', async () => {
    const ws = workspace({ 'a.py': 'UNSAFE\nUNSAFE\n' });
    const r = await run(['--fix'], ws);
    assert.equal(r.err, '0 fixed; 2 unsafe fixes available with --unsafe-fixes\n');
    assert.equal(fs.readFileSync(path.join(ws, 'a.py'), 'utf8'), 'UNSAFE\nUNSAFE\n');
    const both = workspace({ 'a.py': 'KEYWORD UNSAFE\n' });
    assert.equal((await run(['--fix'], both)).err, '1 fixed; 1 unsafe fix available with --unsafe-fixes\n');
  });

  it('aoai-lint explain CODE prints the rule documentation; an unknown code exits 2', async () => {
    const ws = workspace({});
    const r = await run(['explain', 'AOAI201'], ws, { rules: createEngine() });
    assert.equal(r.code, 0);
    assert.match(r.out, /^# py-azure-openai-client-key-auth \(AOAI201\)\n/);
    assert.match(r.out, /## Why is this bad\?/);
    assert.equal((await run(['explain', 'py-azure-openai-client-key-auth'], ws, { rules: createEngine() })).out, r.out);
    const bad = await run(['explain', 'AOAI000'], ws, { rules: createEngine() });
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown rule "AOAI000"/);
  });

  it('progress is one throttled line with counts, drawn only on long scans and erased at the end', () => {
    let written = '';
    let now = 0;
    const out = Object.assign(new PassThrough(), { columns: 60 });
    out.on('data', (d) => (written += d));
    const p = new Progress(out, { delayMs: 500, intervalMs: 100, now: () => now, cwd: '/w' });
    p.update(1, '/w/a.py', 20646);
    now = 600;
    p.update(1234, '/w/src/b.py', 20646);
    now = 650;
    p.update(1235, '/w/src/c.py', 20646);
    now = 800;
    p.update(1300, '/w/src/d.py', 20646);
    p.done();
    out.end();
    assert.equal(written, '\r\x1b[K1,234 / 20,646 files  src/b.py\r\x1b[K1,300 / 20,646 files  src/d.py\r\x1b[K');
  });
});

describe('--stdin-filename', () => {
  it('lints standard input as that file, with its config and kind', async () => {
    const ws = workspace({ '.aoai-lint.json': '{ "rules": { "AOAI990": "error" } }' });
    const r = await run(['--stdin-filename', 'src/app.py', '--format', 'json'], ws, { stdin: 'x = 1\ny = KEYWORD\n' });
    assert.equal(r.code, 1);
    const j = json(r.out);
    assert.deepEqual(j.files.map((f) => [f.path, f.findings.map((x) => [x.code, x.line])]), [['src/app.py', [['AOAI990', 2]]]]);
    assert.equal(j.summary.error, 1);
    assert.equal((await run(['--stdin-filename', 'a.py', 'b.py'], ws)).code, 2);
  });
});

describe('baselines', () => {
  it('round trip: write, rescan 0 new, add a key site 1 new, move lines still 0 old', async () => {
    const before = 'import os\n\nclient = KEYWORD\n\nother = UNSAFE\n';
    const ws = workspace({ 'app.py': before, 'lib/b.py': 'x = KEYWORD\n' });
    const w = await run(['--write-baseline', '.aoai-lint-baseline.json'], ws);
    assert.equal(w.code, 0);
    assert.equal(w.err, 'aoai-lint: recorded 3 findings in .aoai-lint-baseline.json\n');
    const file = JSON.parse(fs.readFileSync(path.join(ws, '.aoai-lint-baseline.json'), 'utf8'));
    assert.deepEqual(file.entries.map((e: { path: string; rule: string; line: number }) => [e.path, e.rule, e.line]), [
      ['app.py', 'AOAI990', 3],
      ['app.py', 'AOAI991', 5],
      ['lib/b.py', 'AOAI990', 1],
    ]);

    const again = await run(['--baseline', '.aoai-lint-baseline.json', '--format', 'json'], ws);
    assert.equal(again.code, 0);
    assert.equal(json(again.out).summary.warning + json(again.out).summary.error, 0);
    assert.equal(again.err, 'aoai-lint: 3 findings in the baseline hidden; 0 baseline entries no longer match (prunable: rerun --write-baseline)\n');

    fs.writeFileSync(path.join(ws, 'app.py'), before + '\n\nnew_client = KEYWORD\n');
    const added = await run(['--baseline', '.aoai-lint-baseline.json', '--format', 'json'], ws);
    assert.equal(added.code, 1);
    assert.deepEqual(json(added.out).files.flatMap((f) => f.findings.map((x) => [f.path, x.code, x.line])), [['app.py', 'AOAI990', 8]]);

    // Lines moved (code inserted above, blocks swapped) and edits elsewhere: the old findings stay baselined.
    fs.writeFileSync(path.join(ws, 'app.py'), '"""Docs."""\nimport os\nimport sys\n\nother = UNSAFE\n\n\nclient = KEYWORD\n\nprint(sys.argv)\n');
    const moved = await run(['--baseline', '.aoai-lint-baseline.json', '--format', 'json'], ws);
    assert.equal(moved.code, 0, moved.out);

    // A fixed finding leaves a prunable entry; an edit of the flagged line makes it new again.
    fs.writeFileSync(path.join(ws, 'lib/b.py'), 'x = 1\n');
    fs.writeFileSync(path.join(ws, 'app.py'), before.replace('client = KEYWORD', 'client = KEYWORD  # changed'));
    const pruned = await run(['--baseline', '.aoai-lint-baseline.json', '--format', 'json'], ws);
    assert.deepEqual(json(pruned.out).files.flatMap((f) => f.findings.map((x) => [f.path, x.line])), [['app.py', 3]]);
    assert.match(pruned.err, /1 finding in the baseline hidden; 2 baseline entries no longer match/);
  });

  it('two identical findings need two entries; a missing or malformed baseline is a usage error', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    await run(['--write-baseline', 'b.json'], ws);
    fs.writeFileSync(path.join(ws, 'c.py'), 'KEYWORD\n');
    fs.appendFileSync(path.join(ws, 'a.py'), '\nKEYWORD\n');
    const r = await run(['--baseline', 'b.json', '--format', 'json'], ws);
    assert.deepEqual(json(r.out).files.flatMap((f) => f.findings.map((x) => [f.path, x.line])), [['a.py', 3], ['c.py', 1]]);
    assert.equal((await run(['--baseline', 'missing.json'], ws)).code, 2);
    fs.writeFileSync(path.join(ws, 'bad.json'), '{"entries": 3}');
    const bad = await run(['--baseline', 'bad.json'], ws);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /is not an aoai-lint baseline/);
  });

  it('SARIF results carry the baseline fingerprint, and rules a security-severity and precision', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    await run(['--write-baseline', 'b.json'], ws);
    const sarif = JSON.parse((await run(['--format', 'sarif'], ws)).out);
    const entry = JSON.parse(fs.readFileSync(path.join(ws, 'b.json'), 'utf8')).entries[0];
    assert.deepEqual(sarif.runs[0].results[0].partialFingerprints, { 'aoaiLint/v1': entry.fingerprint });
    assert.equal(sarif.runs[0].tool.driver.rules[0].properties['security-severity'], '7.0');
    assert.equal(sarif.runs[0].tool.driver.rules[0].properties.precision, 'high');
    assert.match(sarif.runs[0].tool.driver.rules[0].help.markdown, /^# test-marker \(AOAI990\)/);
    assert.equal(sarif.runs[0].automationDetails.id, 'aoai-lint/');
  });
});

describe('git scoping', () => {
  const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, encoding: 'utf8' });

  it('--changed-since lints only files changed since the ref; --changed-lines only findings on changed lines', async () => {
    const ws = workspace({ 'old.py': 'KEYWORD\n', 'edited.py': 'a = KEYWORD\n\nb = 1\n' });
    git(ws, 'init', '-q', '-b', 'main');
    git(ws, 'add', '.');
    git(ws, 'commit', '-qm', 'base');
    fs.writeFileSync(path.join(ws, 'edited.py'), 'a = KEYWORD\n\nb = KEYWORD\n');
    fs.writeFileSync(path.join(ws, 'new.py'), 'KEYWORD\n');
    const files = await run(['--changed-since', 'HEAD', '--format', 'json'], ws);
    assert.deepEqual(json(files.out).files.map((f) => [f.path, f.findings.map((x) => x.line)]), [['edited.py', [1, 3]], ['new.py', [1]]]);
    const lines = await run(['--changed-since', 'HEAD', '--changed-lines', '--format', 'json'], ws);
    assert.deepEqual(json(lines.out).files.map((f) => [f.path, f.findings.map((x) => x.line)]), [['edited.py', [3]], ['new.py', [1]]]);

    git(ws, 'add', '.');
    git(ws, 'commit', '-qm', 'next');
    const none = await run(['--changed-since', 'HEAD'], ws);
    assert.equal(none.code, 0, 'nothing changed is not an error');
    const bad = await run(['--changed-since', 'no-such-ref'], ws);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /^aoai-lint: --changed-since no-such-ref: /);
    assert.equal((await run(['--changed-lines'], ws)).code, 2);
  });

  it('SARIF URIs are relative to the repository root, with uriBaseId', async () => {
    const ws = workspace({ 'sub/dir/a.py': 'KEYWORD\n' });
    git(ws, 'init', '-q');
    const sarif = JSON.parse((await run(['--format', 'sarif', '.'], path.join(ws, 'sub'))).out);
    assert.deepEqual(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation, { uri: 'sub/dir/a.py', uriBaseId: 'SRCROOT' });
    assert.equal(sarif.runs[0].originalUriBaseIds.SRCROOT.uri, `file://${fs.realpathSync(ws)}/`);
  });
});

describe('SARIF for code scanning', () => {
  it('SARIF of examples/ validates against SARIF 2.1.0, with a fingerprint on every result and a security-severity on every rule', async () => {
    const Ajv = (await import('ajv-draft-04')).default;
    const addFormats = (await import('ajv-formats')).default;
    const repo = path.resolve(__dirname, '..');
    const r = await run(['examples', '--format', 'sarif'], repo, { rules: createEngine() });
    assert.equal(r.code, 1);
    const log = JSON.parse(r.out);
    const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log as object), JSON.stringify(validate.errors, null, 1));
    const run0 = log.runs[0];
    assert.ok(run0.results.length >= 10);
    for (const res of run0.results) {
      assert.match(res.partialFingerprints['aoaiLint/v1'], /^[0-9a-f]{32}$/);
      assert.match(res.locations[0].physicalLocation.artifactLocation.uri, /^examples\//);
      assert.equal(res.locations[0].physicalLocation.artifactLocation.uriBaseId, 'SRCROOT');
    }
    for (const rule of run0.tool.driver.rules) {
      assert.match(rule.properties['security-severity'], /^\d+\.\d$/, rule.id);
      assert.ok(['very-high', 'high', 'medium'].includes(rule.properties.precision), rule.id);
      assert.match(rule.help.markdown, new RegExp(`^# [a-z0-9-]+ \\(${rule.id}\\)\\n`));
    }
    assert.equal(new Set(run0.results.map((x: { partialFingerprints: Record<string, string> }) => x.partialFingerprints['aoaiLint/v1'])).size > 1, true);
    assert.equal(run0.invocations[0].executionSuccessful, true);
  });
});

describe('--report-unused-suppressions', () => {
  it('reports suppression comments that suppress nothing, and exits 1 on them', async () => {
    const ws = workspace({
      '.aoai-lint.json': '{ "rules": { "AOAI991": "off" } }',
      'a.py': [
        '# aoai-lint-disable-next-line AOAI990 -- used',
        'x = KEYWORD',
        '# aoai-lint-disable-next-line test-marker -- nothing below',
        'y = 1',
        'z = 2  # aoai-lint-disable-line',
        '# aoai-lint-disable-next-line AOAI991 -- the rule is off: not reported',
        'w = 3',
        '',
      ].join('\n'),
    });
    const r = await run(['--report-unused-suppressions'], ws);
    assert.equal(r.code, 1);
    assert.match(r.out, /^warning: a\.py: Line 3: unused suppression for test-marker: nothing to suppress here; remove the comment\.$/m);
    assert.match(r.out, /^warning: a\.py: Line 5: unused suppression: nothing to suppress here; remove the comment\.$/m);
    assert.doesNotMatch(r.out, /Line [17]:/);
    const without = await run([], ws);
    assert.equal(without.code, 0);
    assert.doesNotMatch(without.out, /unused suppression/);
  });
});
