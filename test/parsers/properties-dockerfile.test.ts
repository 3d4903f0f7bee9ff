import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseDockerfile } from '../../engine/parsers/dockerfile';
import { parseProperties } from '../../engine/parsers/properties';
import { kindOfPath } from '../../engine/file-kinds';

describe('properties parser', () => {
  it('reads =, : and white-space separators, skips # and ! comments, joins continued lines', () => {
    const text = '# c\n! c\na=1\nb: two\nc three words\nd\\=e = x\nlong = first \\\n    second\nempty=\n';
    const entries = parseProperties(text).entries;
    assert.deepEqual(
      entries.map((e) => [e.key, e.value]),
      [['a', '1'], ['b', 'two'], ['c', 'three words'], ['d=e', 'x'], ['long', 'first second'], ['empty', '']],
    );
    const long = entries[4];
    assert.equal(text.slice(long.keyStart, long.keyEnd), 'long');
    assert.equal(text.slice(long.lineStart, long.lineEnd), 'long = first \\\n    second\n');
  });
  it('keeps offsets on CRLF files and never throws on a dangling backslash', () => {
    const e = parseProperties('k=v\r\nx=\\').entries;
    assert.deepEqual(e.map((x) => [x.key, x.value, x.lineEnd]), [['k', 'v', 5], ['x', '', 8]]);
  });
});

describe('Dockerfile parser', () => {
  it('reads ENV pairs, the legacy ENV form, ARG with and without defaults, across continuations', () => {
    const text = 'FROM x\nARG A\nARG B=2\nenv C=3 D="four five" \\\n  # a comment inside\n  E=6\nENV F seven eight\nRUN echo G=1\n';
    const s = parseDockerfile(text).settings;
    assert.deepEqual(
      s.map((x) => [x.instruction, x.name, x.value, x.pairs]),
      [['ARG', 'A', undefined, 1], ['ARG', 'B', '2', 1], ['ENV', 'C', '3', 3], ['ENV', 'D', 'four five', 3], ['ENV', 'E', '6', 3], ['ENV', 'F', 'seven eight', 1]],
    );
    const e = s[4];
    assert.equal(text.slice(e.nameStart, e.end), 'E=6');
    assert.equal(text.slice(s[2].instructionStart, s[2].instructionEnd), 'env C=3 D="four five" \\\n  # a comment inside\n  E=6\n');
  });
  it('honours the escape directive', () => {
    const s = parseDockerfile('# escape=`\nENV A=1 `\n  B=2\n').settings;
    assert.deepEqual(s.map((x) => x.name), ['A', 'B']);
  });
  it('names Dockerfiles by file name', () => {
    for (const p of ['Dockerfile', 'src/api/Dockerfile.prod', 'web.dockerfile', 'Containerfile']) assert.equal(kindOfPath(p), 'dockerfile', p);
    assert.equal(kindOfPath('config/application.properties'), 'properties');
    assert.equal(kindOfPath('dockerfile-notes.md'), 'text', 'a Markdown file is text, not a Dockerfile');
  });
});
