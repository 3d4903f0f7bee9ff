import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDotenv } from '../../engine/parsers/dotenv';

describe('dotenv parser', () => {
  it('reads plain, exported, quoted and commented assignments with offsets', () => {
    const text = '# comment\nA=1\nexport B="two words" # note\nC=three # inline\n  D=\'x#y\'\nE=\n';
    const { entries } = parseDotenv(text);
    assert.deepEqual(
      entries.map((e) => [e.name, e.value, e.exported, e.quote]),
      [
        ['A', '1', false, ''],
        ['B', 'two words', true, '"'],
        ['C', 'three', false, ''],
        ['D', 'x#y', false, "'"],
        ['E', '', false, ''],
      ],
    );
    const b = entries[1];
    assert.equal(text.slice(b.nameStart, b.nameEnd), 'B');
    assert.equal(text.slice(b.rawStart, b.rawEnd), '"two words"');
    assert.equal(text.slice(b.lineStart, b.lineEnd), 'export B="two words" # note\n');
  });

  it('reads a double-quoted value across lines as one entry', () => {
    const text = 'KEY="line1\nline2"\nNEXT=1\n';
    const { entries } = parseDotenv(text);
    assert.deepEqual(entries.map((e) => [e.name, e.value]), [['KEY', 'line1\nline2'], ['NEXT', '1']]);
    assert.equal(text.slice(entries[0].lineStart, entries[0].lineEnd), 'KEY="line1\nline2"\n');
  });

  it('treats an unterminated quote as a one-line value and keeps going', () => {
    const { entries } = parseDotenv('A="open\nB=2');
    assert.deepEqual(entries.map((e) => [e.name, e.value]), [['A', '"open'], ['B', '2']]);
  });

  it('keeps CRLF line ends inside the removed span', () => {
    const text = 'A=1\r\nB=2\r\n';
    const a = parseDotenv(text).entries[0];
    assert.equal(text.slice(a.lineStart, a.lineEnd), 'A=1\r\n');
    assert.equal(text.slice(a.rawStart, a.rawEnd), '1');
  });

  it('skips lines that are not assignments', () => {
    assert.deepEqual(parseDotenv('just words\n=novalue\n# X=1\n').entries, []);
  });
});
