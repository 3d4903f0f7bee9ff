import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parser } from '@lezer/python';
import { IncrementalParseCache } from '../../engine/parsers/incremental';

/** The tree as a string of node names and positions, to compare two parses exactly. */
function dump(tree: ReturnType<typeof parser.parse>): string {
  const out: string[] = [];
  tree.iterate({ enter: (n) => void out.push(`${n.name}@${n.from}-${n.to}`) });
  return out.join(' ');
}

describe('incremental Lezer re-parsing', () => {
  const base = Array.from({ length: 300 }, (_, i) => `def f${i}(x):\n    return x + ${i}\n`).join('\n');
  const edits: [string, (t: string) => string][] = [
    ['an insertion in the middle', (t) => t.slice(0, 4000) + 'y = AzureOpenAI(api_key=k)\n' + t.slice(4000)],
    ['a deletion', (t) => t.slice(0, 2000) + t.slice(2600)],
    ['a change at the very start', (t) => 'import os\n' + t],
    ['a change at the very end', (t) => t + '\nz = 1\n'],
    ['an edit that breaks the syntax', (t) => t.slice(0, 3000) + 'def (:\n' + t.slice(3000)],
    ['a replacement by identical text', (t) => t],
  ];
  for (const [name, edit] of edits) {
    it(`gives the same tree as a full parse after ${name}`, () => {
      const cache = new IncrementalParseCache(parser);
      cache.parse('/a.py', base);
      const next = edit(base);
      assert.equal(dump(cache.parse('/a.py', next)), dump(parser.parse(next)));
    });
  }

  it('keeps trees per path and forgets the oldest beyond its capacity', () => {
    const cache = new IncrementalParseCache(parser, 2);
    for (const p of ['/a.py', '/b.py', '/c.py']) cache.parse(p, base);
    const next = base + 'x = 1\n';
    for (const p of ['/a.py', '/b.py', '/c.py']) assert.equal(dump(cache.parse(p, next)), dump(parser.parse(next)));
  });
});

describe('incremental Lezer re-parsing of unchanged text', () => {
  it('returns the previous tree when the text is identical', () => {
    const cache = new IncrementalParseCache(parser);
    const text = 'import os\nx = os.getenv("A")\n';
    const first = cache.parse('/a.py', text);
    assert.equal(cache.parse('/a.py', text), first);
    assert.notEqual(cache.parse('/b.py', text), first, 'another path parses anew');
  });
});
