import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { after, describe, it } from 'node:test';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { Engine } from '../engine/engine';
import { main } from '../server/cli';
import { crashingRule, infoRule, markerRule, parsingRuleA, relatedRule, unsafeRule } from './helpers/fake-rules';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lint-cli-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function workspace(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(tmp, 'ws-'));
  for (const [p, t] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), t);
  }
  return root;
}

async function run(argv: string[], cwd: string, rules = [markerRule, unsafeRule, infoRule]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await main(argv, { stdout, stderr, cwd }, new Engine(rules));
  return { code, out, err };
}

describe('aoai-lint CLI', () => {
  it('prints stylish text with positions, severities and codes, and exits 1 on a warning', async () => {
    const ws = workspace({ 'src/app.py': 'x = 1\nclient = KEYWORD\n', 'ok.py': 'print(1)\n' });
    const r = await run([], ws);
    assert.equal(r.code, 1);
    assert.match(r.out, /^src\/app\.py$/m);
    assert.match(r.out, /^ {2}2:10 {2}warning {2}marker found {2}AOAI990$/m);
    assert.match(r.out, /1 problem \(0 errors, 1 warning, 0 info\) in 2 files scanned/);
    assert.match(r.out, /1 problem fixable with --fix\./);
    assert.doesNotMatch(r.out, /\x1b\[/, 'no colours when stdout is not a TTY');
  });

  it('exits 0 when nothing is at or above the fail level', async () => {
    const ws = workspace({ 'a.py': 'MAYBE\n' });
    assert.equal((await run([], ws)).code, 0);
    assert.equal((await run(['--fail-level', 'info'], ws)).code, 1);
    const w = workspace({ 'a.py': 'KEYWORD\n' });
    assert.equal((await run(['--fail-level', 'error'], w)).code, 0);
  });

  it('exits 2 with a message on usage errors', async () => {
    const ws = workspace({});
    for (const argv of [['--format', 'xml'], ['--bogus'], ['--fail-level', 'loud'], ['--unsafe-fixes'], ['--fix', '--diff'], ['--select', 'NOPE'], ['--config', 'missing.json']]) {
      const r = await run(argv, ws);
      assert.equal(r.code, 2, argv.join(' '));
      assert.match(r.err, /^aoai-lint: /, argv.join(' '));
    }
  });

  it('writes JSON with 1-based positions, fixes with their applicability, and a summary', async () => {
    const ws = workspace({ 'a.py': 'UNSAFE\n' });
    const r = await run(['--format', 'json'], ws);
    const json = JSON.parse(r.out);
    assert.deepEqual(json.summary, { filesScanned: 1, error: 1, warning: 0, info: 0 });
    const f = json.files[0].findings[0];
    assert.deepEqual([f.code, f.line, f.column, f.endLine, f.endColumn], ['AOAI991', 1, 1, 1, 7]);
    assert.equal(f.fixes[0].applicability, 'unsafe');
  });

  it('writes SARIF 2.1.0 that validates against the schema, with rule metadata and relative URIs', async () => {
    const ws = workspace({ 'src/a.py': 'x = KEYWORD\n', 'b.py': 'BROKEN\n' });
    const r = await run(['--format', 'sarif'], ws, [markerRule, parsingRuleA]);
    const log = JSON.parse(r.out);
    const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log as object), JSON.stringify(validate.errors, null, 1));
    const run0 = log.runs[0];
    assert.equal(run0.tool.driver.rules[run0.results[0].ruleIndex].id, 'AOAI990');
    assert.match(run0.tool.driver.rules[0].helpUri, /docs\/rules\/test-marker\.md$/);
    assert.deepEqual(run0.results[0].locations[0].physicalLocation, {
      artifactLocation: { uri: 'src/a.py', uriBaseId: 'SRCROOT' },
      region: { startLine: 1, startColumn: 5, endLine: 1, endColumn: 12 },
    });
    assert.ok(run0.originalUriBaseIds.SRCROOT.uri.startsWith('file:///'));
    assert.match(run0.invocations[0].toolExecutionNotifications[0].message.text, /Cannot parse/);
  });

  it('carries related locations in text, JSON and SARIF (relatedLocations linked from the message)', async () => {
    const ws = workspace({ 'app.py': 'k = READ\nc = CLIENT\n', 'config.py': '\n\nKEY = READ\n' });
    const text = await run([], ws, [relatedRule]);
    assert.match(text.out, /^ +↳ 1:5 the key read$/m);
    assert.match(text.out, /^ +↳ config\.py:3:1 the key setting$/m);
    const json = JSON.parse((await run(['--format', 'json'], ws, [relatedRule])).out);
    const finding = json.files.find((f: { path: string }) => f.path === 'app.py').findings[0];
    assert.deepEqual(finding.related, [
      { path: 'app.py', line: 1, column: 5, endLine: 1, endColumn: 9, message: 'the key read' },
      { path: 'config.py', line: 3, column: 1, endLine: 3, endColumn: 10, message: 'the key setting' },
    ]);
    const log = JSON.parse((await run(['--format', 'sarif'], ws, [relatedRule])).out);
    const schema = JSON.parse(fs.readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log as object), JSON.stringify(validate.errors, null, 1));
    const result = log.runs[0].results[0];
    assert.equal(result.message.text, 'client uses a key Related: [the key read](1); [the key setting](2).');
    assert.deepEqual(result.relatedLocations[1], {
      id: 2,
      physicalLocation: { artifactLocation: { uri: 'config.py', uriBaseId: 'SRCROOT' }, region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 10 } },
      message: { text: 'the key setting' },
    });
  });

  it('--fix writes safe fixes only; --unsafe-fixes also applies unsafe ones', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD UNSAFE\n' });
    const r = await run(['--fix'], ws);
    assert.equal(fs.readFileSync(path.join(ws, 'a.py'), 'utf8'), 'keyword UNSAFE\n');
    assert.equal(r.code, 1, 'the unsafe finding remains');
    assert.match(r.out, /AOAI991/);
    assert.doesNotMatch(r.out, /AOAI990/);
    const r2 = await run(['--fix', '--unsafe-fixes'], ws);
    assert.equal(fs.readFileSync(path.join(ws, 'a.py'), 'utf8'), 'keyword Entra\n');
    assert.equal(r2.code, 0);
  });

  it('--diff prints a unified diff and writes nothing', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    const r = await run(['--diff'], ws);
    assert.match(r.out, /^--- a\/a\.py/m);
    assert.match(r.out, /^-KEYWORD$/m);
    assert.match(r.out, /^\+keyword$/m);
    assert.equal(fs.readFileSync(path.join(ws, 'a.py'), 'utf8'), 'KEYWORD\n');
  });

  it('--output writes the report to a file', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD\n' });
    const r = await run(['--format', 'json', '--output', 'reports/out.json'], ws);
    assert.equal(r.out, '');
    assert.equal(JSON.parse(fs.readFileSync(path.join(ws, 'reports/out.json'), 'utf8')).summary.warning, 1);
  });

  it('reports unparsable files and crashing rules as notices and scans on', async () => {
    const ws = workspace({ 'a.py': 'BROKEN\n', 'b.py': 'CRASH\n', 'c.py': 'KEYWORD\n' });
    const r = await run([], ws, [markerRule, parsingRuleA, crashingRule]);
    assert.match(r.out, /warning: a\.py: Cannot parse: test-brittle/);
    assert.match(r.out, /error: b\.py: Internal error in rule AOAI995/);
    assert.match(r.out, /c\.py/);
    assert.equal(r.code, 1);
  });

  it('honours a config file: rule severities and excludes', async () => {
    const ws = workspace({ '.aoai-lint.json': '{ "rules": { "test-marker": "off" }, "exclude": ["gen/**"] }', 'a.py': 'KEYWORD UNSAFE\n', 'gen/b.py': 'UNSAFE\n' });
    const r = await run(['--format', 'json'], ws);
    const json = JSON.parse(r.out);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), ['a.py']);
    assert.deepEqual(json.files[0].findings.map((f: { code: string }) => f.code), ['AOAI991']);
  });

  it('--select limits the run to the named rules', async () => {
    const ws = workspace({ 'a.py': 'KEYWORD UNSAFE\n' });
    const json = JSON.parse((await run(['--format', 'json', '--select', 'test-unsafe'], ws)).out);
    assert.deepEqual(json.files[0].findings.map((f: { code: string }) => f.code), ['AOAI991']);
  });

  it('lists the rule catalogue', async () => {
    const r = await run(['rules'], tmp);
    assert.match(r.out, /^CODE +NAME +SEVERITY +FIX +DESCRIPTION$/m);
    assert.match(r.out, /^AOAI990 +test-marker +warning +safe +Test rule\.$/m);
    const j = JSON.parse((await run(['rules', '--format', 'json'], tmp)).out);
    assert.equal(j[1].code, 'AOAI991');
  });
});
