import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { allRules } from '../rules';
import { renderConfigSchema, renderIndex, renderRuleDoc, withReadmeRules } from '../scripts/rule-docs';

const root = path.resolve(__dirname, '..');

describe('rule catalogue', () => {
  it('has rules', () => assert.ok(allRules.length > 0));

  it('uses unique AOAI codes and unique kebab-case names', () => {
    const codes = new Set<string>();
    const names = new Set<string>();
    for (const { meta } of allRules) {
      assert.match(meta.code, /^AOAI\d{3}$/, meta.code);
      assert.match(meta.name, /^[a-z0-9]+(-[a-z0-9]+)*$/, meta.name);
      assert.ok(!codes.has(meta.code), `duplicate code ${meta.code}`);
      assert.ok(!names.has(meta.name), `duplicate name ${meta.name}`);
      codes.add(meta.code);
      names.add(meta.name);
    }
  });

  it('maps every rule to a field-corpus category (bench/field/rule-map.json), and nothing else', () => {
    const map = JSON.parse(fs.readFileSync(path.join(root, 'bench/field/rule-map.json'), 'utf8')) as Record<string, string>;
    const categories = /^(?:-|(?:code|config|secret|apim|iac)\.[a-z-]+)$/;
    for (const { meta } of allRules) {
      assert.ok(meta.code in map, `${meta.code} has no entry in bench/field/rule-map.json (a category, or "-" when no label category covers it)`);
      assert.match(map[meta.code], categories, meta.code);
    }
    const codes = new Set(allRules.map((r) => r.meta.code));
    for (const code of Object.keys(map)) assert.ok(codes.has(code), `bench/field/rule-map.json maps ${code}, which is not a rule`);
  });

  for (const rule of allRules) {
    const m = rule.meta;
    it(`${m.code} ${m.name} has complete metadata`, () => {
      assert.match(m.description, /^[A-Z`].*\.$/, 'description starts with a capital and ends with a period');
      for (const key of ['whatItDoes', 'whyBad', 'example', 'useInstead', 'exampleLanguage'] as const) {
        assert.ok(m.docs[key].trim().length > 0, `docs.${key} is empty`);
      }
      assert.ok(m.docs.references.length > 0, 'at least one reference');
      assert.ok(m.kinds.length > 0, 'reads at least one file kind');
      if (m.fix !== 'none') assert.ok(m.docs.fixSafety, 'a rule with a fix explains its safety');
      if (rule.prefilter) assert.ok(!rule.prefilter.global && !rule.prefilter.sticky, 'prefilter must not be global or sticky');
    });
    it(`${m.code} ${m.name} docs page is generated and current`, () => {
      const file = path.join(root, 'docs', 'rules', `${m.name}.md`);
      assert.ok(fs.existsSync(file), `missing ${file}: run npm run docs`);
      assert.equal(fs.readFileSync(file, 'utf8'), renderRuleDoc(rule), 'out of date: run npm run docs');
    });
  }

  it('docs index and config schema are current', () => {
    assert.equal(fs.readFileSync(path.join(root, 'docs', 'rules', 'README.md'), 'utf8'), renderIndex(allRules), 'run npm run docs');
    assert.equal(fs.readFileSync(path.join(root, 'schema', 'aoai-lint.schema.json'), 'utf8'), renderConfigSchema(allRules), 'run npm run docs');
  });

  it('README rule summary is current', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.equal(readme, withReadmeRules(readme, allRules), 'run npm run docs');
  });

  it('has no stale docs pages', () => {
    const names = new Set(allRules.map((r) => `${r.meta.name}.md`));
    for (const f of fs.readdirSync(path.join(root, 'docs', 'rules'))) {
      if (f !== 'README.md') assert.ok(names.has(f), `stale page ${f}: run npm run docs`);
    }
  });
});
