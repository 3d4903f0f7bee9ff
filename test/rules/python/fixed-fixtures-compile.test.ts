import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { DEFAULT_TOKEN_SCOPE } from '../../../engine/config';
import { Engine } from '../../../engine/engine';
import { fixToFixpoint } from '../../../engine/fixes';
import { pythonEmbedders, pythonRules } from '../../../rules/python';
import { MemoryWorkspace } from '../../helpers/rule-tester';

const FIXTURES = path.resolve(__dirname, '../../fixtures/python');
const engine = new Engine(pythonRules, pythonEmbedders);
const options = { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace: new MemoryWorkspace() };

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('Python fixtures: every unsafe fix applied compiles and lints clean', () => {
  before(() => engine.init());
  const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.py'));
  it('has fixtures', () => assert.ok(files.length >= 5));
  for (const name of files) {
    it(`${name}: fixed code compiles with python3 -m py_compile and has no fixable finding left`, { skip: !hasPython && 'python3 not installed' }, () => {
      const file = path.join(FIXTURES, name);
      const text = fs.readFileSync(file, 'utf8');
      const before = engine.lint(file, text, options).findings;
      const fixableCodes = new Set(before.filter((f) => f.fixes.some((x) => x.applicability === 'unsafe')).map((f) => f.code));
      assert.ok(fixableCodes.size > 0, 'the fixture has something to fix');
      const outcome = fixToFixpoint(engine, file, text, options, 'unsafe');
      assert.notEqual(outcome.text, text);
      // Line endings are kept: a CRLF file has no bare LF after fixing.
      if (text.includes('\r\n')) assert.ok(!/[^\r]\n/.test(outcome.text), 'keeps CRLF');

      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-py-'));
      try {
        const out = path.join(dir, name);
        fs.writeFileSync(out, outcome.text);
        const r = spawnSync('python3', ['-m', 'py_compile', out], { encoding: 'utf8', env: { ...process.env, PYTHONPYCACHEPREFIX: dir } });
        assert.equal(r.status, 0, `py_compile failed:\n${r.stderr}\n---\n${outcome.text}`);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
      const after = engine.lint(file, outcome.text, options).findings;
      const left = after.filter((f) => fixableCodes.has(f.code));
      assert.deepEqual(left.map((f) => `${f.code} ${f.range.start.line + 1}: ${f.message}`), []);
      // Idempotent: a second run changes nothing.
      assert.equal(fixToFixpoint(engine, file, outcome.text, options, 'unsafe').text, outcome.text);
    });
  }
});
