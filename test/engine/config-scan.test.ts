import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { ConfigResolver, parseConfigText } from '../../engine/config';
import { scanPaths } from '../../engine/scan';
import { redactSecret, redactText } from '../../engine/redact';
import { writeFileAtomic } from '../../engine/write-file';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lint-test-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

function tree(root: string, files: Record<string, string>): string {
  for (const [p, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), text);
  }
  return root;
}

describe('config files', () => {
  it('reads rules, globs, gitignore and token scope', () => {
    const c = parseConfigText('{ "rules": { "AOAI101": "off" }, "exclude": ["tests/**"], "tokenScope": "https://ai.azure.com/.default" }', '/r/.aoai-lint.json');
    assert.equal(c.rules.get('aoai101'), 'off');
    assert.equal(c.settings.tokenScope, 'https://ai.azure.com/.default');
    assert.equal(c.isIncluded('/r/src/a.py'), true);
    assert.equal(c.isIncluded('/r/tests/a.py'), false);
    assert.deepEqual(c.notices, []);
  });

  it('accepts comments and trailing commas (JSONC)', () => {
    const c = parseConfigText('{\n // keys are fine in tests\n "rules": { "AOAI101": "info", },\n}', '/r/.aoai-lint.json');
    assert.equal(c.rules.get('aoai101'), 'info');
    assert.deepEqual(c.notices, []);
  });

  it('reports invalid JSON, unknown keys, bad severities and unknown rules, and keeps the valid parts', () => {
    assert.match(parseConfigText('{ "rules": ', '/r/c.json').notices[0].message, /not valid JSON/);
    const c = parseConfigText('{ "rulez": {}, "rules": { "AOAI101": "loud", "AOAI999": "off", "AOAI102": "error" }, "tokenScope": "http://x" }', '/r/c.json', (k) => k !== 'AOAI999');
    const messages = c.notices.map((n) => n.message).join('\n');
    assert.match(messages, /Unknown config key "rulez"/);
    assert.match(messages, /AOAI101.*severity must be/);
    assert.match(messages, /Unknown rule "AOAI999"/);
    assert.match(messages, /tokenScope/);
    assert.equal(c.rules.get('aoai102'), 'error');
    assert.equal(c.settings.tokenScope, 'https://cognitiveservices.azure.com/.default');
  });

  it('reads the tenant and client application ids for gateway fixes, and rejects malformed ones', () => {
    const ok = parseConfigText('{ "tenantId": "contoso.onmicrosoft.com", "clientApplicationIds": ["11111111-2222-3333-4444-555555555555"] }', '/r/.aoai-lint.json');
    assert.deepEqual(ok.notices, []);
    assert.equal(ok.settings.tenantId, 'contoso.onmicrosoft.com');
    assert.deepEqual(ok.settings.clientApplicationIds, ['11111111-2222-3333-4444-555555555555']);
    const bad = parseConfigText('{ "tenantId": "not a tenant", "clientApplicationIds": ["app"] }', '/r/.aoai-lint.json');
    assert.deepEqual(bad.notices.map((n) => n.message), [
      '"tenantId" must be a tenant GUID or domain (contoso.onmicrosoft.com).',
      '"clientApplicationIds" must be an array of application (client) id GUIDs.',
    ]);
    assert.equal(bad.settings.tenantId, undefined);
  });

  it('finds the nearest config walking up, and an explicit config wins everywhere', () => {
    const root = tree(path.join(tmp, 'cfg'), {
      '.aoai-lint.json': '{ "rules": { "AOAI101": "info" } }',
      'sub/aoai-lint.config.json': '{ "rules": { "AOAI101": "off" } }',
      'sub/deeper/x.py': '',
      'other/x.py': '',
      'explicit.json': '{ "rules": { "AOAI101": "error" } }',
    });
    const r = new ConfigResolver(root);
    assert.equal(r.forFile(path.join(root, 'sub/deeper/x.py')).rules.get('aoai101'), 'off');
    assert.equal(r.forFile(path.join(root, 'other/x.py')).rules.get('aoai101'), 'info');
    const e = new ConfigResolver(root, undefined, path.join(root, 'explicit.json'));
    assert.equal(e.forFile(path.join(root, 'sub/deeper/x.py')).rules.get('aoai101'), 'error');
  });
});

describe('workspace scan', () => {
  const root = tree(path.join(tmp, 'scan'), {
    '.git/HEAD': 'ref: refs/heads/main',
    '.gitignore': 'build/\n*.gen.py\n',
    'app.py': '',
    'notes.md': '',
    'a.gen.py': '',
    'build/out.py': '',
    'node_modules/pkg/index.js': '',
    'src/.gitignore': 'secret.ts\n',
    'src/secret.ts': '',
    'src/main.ts': '',
    'src/.env': '',
    'infra/main.bicep': '',
    'tests/.aoai-lint.json': '{ "exclude": ["fixtures/**"] }',
    'tests/fixtures/f.py': '',
    'tests/t.py': '',
  });
  fs.symlinkSync(root, path.join(root, 'src', 'loop'));
  const scan = (roots: string[], explicitConfig?: string) =>
    [...scanPaths(roots, new ConfigResolver(root, undefined, explicitConfig))]
      .map((e) => ('path' in e ? path.relative(root, e.path) : `notice:${e.notice.message}`))
      .sort();

  it('honours nested .gitignore files, config excludes and always-excluded folders, and follows no directory links', () => {
    // notes.md is read as text, for key literals only; ignore files are never read.
    assert.deepEqual(scan([root]), ['app.py', 'infra/main.bicep', 'notes.md', 'src/.env', 'src/main.ts', 'tests/t.py']);
  });

  it('lints a file named explicitly even when it is ignored', () => {
    assert.deepEqual(scan([path.join(root, 'a.gen.py')]), ['a.gen.py']);
  });

  it('turns a missing path into a notice, not an exception', () => {
    assert.deepEqual(scan([path.join(root, 'nope')]), ['notice:Cannot read: ENOENT']);
  });

  it('can be told to ignore .gitignore', () => {
    fs.writeFileSync(path.join(root, 'no-gi.json'), '{ "gitignore": false }');
    assert.ok(scan([root], path.join(root, 'no-gi.json')).includes('build/out.py'));
  });
});

describe('atomic writes', () => {
  it('replaces the file, keeps its mode and leaves no temporary file behind', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'w-'));
    const file = path.join(dir, 'run.sh');
    fs.writeFileSync(file, 'old', { mode: 0o755 });
    writeFileAtomic(file, 'new');
    assert.equal(fs.readFileSync(file, 'utf8'), 'new');
    assert.equal(fs.statSync(file).mode & 0o777, 0o755);
    assert.deepEqual(fs.readdirSync(dir), ['run.sh']);
  });

  it('cleans up and throws when the target cannot be replaced', () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'w-'));
    fs.mkdirSync(path.join(dir, 'a-directory'));
    fs.writeFileSync(path.join(dir, 'a-directory', 'x'), '');
    assert.throws(() => writeFileAtomic(path.join(dir, 'a-directory'), 'x'));
    assert.deepEqual(fs.readdirSync(dir), ['a-directory']);
  });
});

describe('redaction', () => {
  it('shows four characters and the length of a long secret, nothing of a short one', () => {
    assert.equal(redactSecret('0123456789abcdef0123456789abcdef'), '0123… (32 chars)');
    assert.equal(redactSecret('short'), '… (5 chars)');
  });

  it('redacts 84-character identifiable keys always and bare 32-hex tokens when asked', () => {
    const body = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S9t0U1v2W3x4Y5z6';
    const key = body + 'JQQJ99' + 'B' + 'K' + 'abcdefghijkl' + 'AAABACOG' + 'Zz09';
    assert.equal(key.length, 84);
    const hex = 'deadbeef'.repeat(4);
    const text = `key=${key} hex=${hex}`;
    assert.ok(!redactText(text).includes(key));
    assert.ok(redactText(text).includes(hex));
    assert.ok(!redactText(text, { hex32: true }).includes(hex));
  });
});

describe('reading files for linting', () => {
  it('skips a file over the size limit before reading it, and reports an unreadable one', async () => {
    const { readFileForLint } = await import('../../engine/project');
    const { MAX_FILE_BYTES } = await import('../../engine/engine');
    const dir = fs.mkdtempSync(path.join(tmp, 'r-'));
    const big = path.join(dir, 'big.py');
    fs.writeFileSync(big, 'x'.repeat(MAX_FILE_BYTES + 1));
    fs.writeFileSync(path.join(dir, 'ok.py'), 'print(1)\n');
    assert.deepEqual(readFileForLint(path.join(dir, 'ok.py')), { text: 'print(1)\n' });
    assert.match((readFileForLint(big) as { notice: { message: string } }).notice.message, /^Skipped: larger than 3 MB\.$/);
    assert.match((readFileForLint(path.join(dir, 'gone.py')) as { notice: { message: string } }).notice.message, /^Cannot read file: ENOENT$/);
  });
});
