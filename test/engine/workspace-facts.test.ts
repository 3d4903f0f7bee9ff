import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { WorkspaceFacts, type FactExtractor } from '../../engine/workspace-facts';
import { Engine } from '../../engine/engine';
import type { Rule } from '../../engine/rule';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import { MemoryWorkspace } from '../helpers/rule-tester';

/** A toy extractor: `export NAME` lines of a dotenv file, published per name. */
const exportsOf: FactExtractor<{ names: string[] }> = {
  id: 'toy-exports',
  kinds: ['dotenv'],
  prefilter: /export/,
  extract(file) {
    const names = [...file.text.matchAll(/^export (\w+)/gm)].map((m) => m[1]);
    return names.length ? { names } : undefined;
  },
  keys: (_p, f) => f.names.map((n) => `name:${n}`),
};

describe('WorkspaceFacts', () => {
  it('publishes a file\'s facts under its keys and reports which keys changed', () => {
    const facts = new WorkspaceFacts([exportsOf as FactExtractor<unknown>]);
    assert.deepEqual(facts.update('/a/.env', 'export A\nexport B\n', 'dotenv').sort(), ['toy-exports\0name:A', 'toy-exports\0name:B']);
    assert.deepEqual(facts.lookup(exportsOf, 'name:A'), [{ path: '/a/.env', facts: { names: ['A', 'B'] } }]);
    assert.deepEqual(facts.update('/a/.env', 'export A\nexport B\n', 'dotenv'), [], 'same text: nothing changed');
    assert.deepEqual(facts.update('/a/.env', 'export A\n', 'dotenv').sort(), ['toy-exports\0name:A', 'toy-exports\0name:B']);
    assert.deepEqual(facts.lookup(exportsOf, 'name:B'), []);
    assert.deepEqual(facts.remove('/a/.env'), ['toy-exports\0name:A']);
    assert.equal(facts.size, 0);
  });

  it('skips kinds it does not read and texts its prefilter rejects', () => {
    const facts = new WorkspaceFacts([exportsOf as FactExtractor<unknown>]);
    assert.equal(facts.reads('python'), false);
    assert.deepEqual(facts.update('/a/x.py', 'export A\n', 'python'), []);
    assert.equal(facts.mayHaveFacts('A=1\n', 'dotenv'), false);
    assert.deepEqual(facts.update('/a/.env', 'A=1\n', 'dotenv'), []);
  });

  it('records what a lint consulted, and the digest changes exactly when those facts do', () => {
    const facts = new WorkspaceFacts([exportsOf as FactExtractor<unknown>]);
    const asker: Rule = {
      meta: { code: 'AOAI990', name: 'toy-asker', description: 'Asks.', severity: 'info', category: 'code', kinds: ['python'], fix: 'none', docs: { whatItDoes: '', whyBad: '', example: '', useInstead: '', exampleLanguage: 'python', references: [] } },
      check(context) {
        if (context.facts.lookup(exportsOf, 'name:KEY').length) context.report({ start: 0, end: 1, message: 'KEY is exported somewhere.' });
      },
    };
    const engine = new Engine([asker]);
    const lint = () => engine.lint('/a/app.py', 'x = 1\n', { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace: new MemoryWorkspace(), facts });
    const first = lint();
    assert.deepEqual(first.consultedFacts, ['toy-exports\0name:KEY']);
    assert.equal(first.findings.length, 0);
    const before = facts.digest(first.consultedFacts!);
    facts.update('/a/.env', 'export OTHER\n', 'dotenv');
    assert.equal(facts.digest(first.consultedFacts!), before, 'an unrelated fact leaves the digest alone');
    facts.update('/a/.env', 'export KEY\n', 'dotenv');
    assert.notEqual(facts.digest(first.consultedFacts!), before);
    assert.equal(lint().findings.length, 1);
  });
});
