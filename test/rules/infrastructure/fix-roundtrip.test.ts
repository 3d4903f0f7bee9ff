import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { parseBicep } from '../../../engine/parsers/bicep';
import { parseHcl } from '../../../engine/parsers/hcl';
import { jsonParser } from '../../../engine/parsers/json';
import { SourceFile } from '../../../engine/source';
import type { Rule } from '../../../engine/rule';
import { rule as arm } from '../../../rules/infrastructure/arm-cognitive-account-local-auth-enabled';
import { rule as bicep } from '../../../rules/infrastructure/bicep-cognitive-account-local-auth-enabled';
import { rule as tf } from '../../../rules/infrastructure/tf-cognitive-account-local-auth-enabled';
import { fixWith, lintWith } from '../../helpers/rule-tester';

const dir = path.join(__dirname, '..', '..', 'fixtures', 'infrastructure');

const cases: { file: string; rule: Rule; errors: (text: string) => number }[] = [
  { file: 'azd-openai.bicep', rule: bicep, errors: (t) => parseBicep(t).errors.length },
  { file: 'account.tf', rule: tf, errors: (t) => parseHcl(t).errors.length },
  { file: 'azuredeploy.json', rule: arm, errors: (t) => jsonParser.parse(new SourceFile('x.json', t, 'json')).errors.length },
];

describe('infrastructure fixes round-trip on realistic files', () => {
  for (const c of cases) {
    it(`${c.rule.meta.code} fixes ${c.file} into a file that re-parses and re-lints clean`, () => {
      const code = fs.readFileSync(path.join(dir, c.file), 'utf8');
      const opts = { path: `infra/${c.file}` };
      assert.equal(c.errors(code), 0, 'the fixture itself parses cleanly');
      const before = lintWith(c.rule, { name: c.file, code }, opts);
      assert.ok(before.length > 0, 'the fixture has findings');
      const fixed = fixWith(c.rule, { name: c.file, code }, opts);
      assert.notEqual(fixed, code);
      assert.equal(c.errors(fixed), 0, 'the fixed file parses cleanly');
      assert.deepEqual(lintWith(c.rule, { name: c.file, code: fixed }, opts).map((f) => f.message), []);
      // Only additions or replacements of the setting: every original line is still there.
      const kept = code.split('\n').filter((l) => !/disableLocalAuth|local_auth_enabled|apiVersion/.test(l) && l.trim() !== '}' && !/^\s*\w+\s*=/.test(l));
      for (const l of kept) assert.ok(fixed.includes(l), `line kept: ${l}`);
    });
  }
});
