// Writes docs/rules/<name>.md, docs/rules/README.md and schema/aoai-lint.schema.json from the rule
// metadata. The catalogue test fails when these files are out of date.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { allRules } from '../rules';
import { renderConfigSchema, renderIndex, renderRuleDoc, withReadmeRules } from './rule-docs';

const root = path.resolve(__dirname, '..');
const dir = path.join(root, 'docs', 'rules');
fs.mkdirSync(dir, { recursive: true });
const wanted = new Set<string>(['README.md']);
for (const rule of allRules) {
  const file = `${rule.meta.name}.md`;
  wanted.add(file);
  fs.writeFileSync(path.join(dir, file), renderRuleDoc(rule));
}
for (const f of fs.readdirSync(dir)) if (f.endsWith('.md') && !wanted.has(f)) fs.rmSync(path.join(dir, f));
fs.writeFileSync(path.join(dir, 'README.md'), renderIndex(allRules));
fs.mkdirSync(path.join(root, 'schema'), { recursive: true });
fs.writeFileSync(path.join(root, 'schema', 'aoai-lint.schema.json'), renderConfigSchema(allRules));
const readme = path.join(root, 'README.md');
fs.writeFileSync(readme, withReadmeRules(fs.readFileSync(readme, 'utf8'), allRules));
console.log(`wrote ${allRules.length} rule pages`);
