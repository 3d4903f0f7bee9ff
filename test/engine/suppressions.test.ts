import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../engine/engine';
import { MemoryWorkspace } from '../helpers/rule-tester';
import { markerRule, unsafeRule } from '../helpers/fake-rules';

const engine = new Engine([markerRule, unsafeRule]);
const lint = (path: string, text: string) =>
  engine.lint(path, text, { settings: { tokenScope: 'https://cognitiveservices.azure.com/.default' }, workspace: new MemoryWorkspace() });
const codes = (path: string, text: string) => lint(path, text).findings.map((f) => `${f.range.start.line + 1}:${f.code}`);

describe('inline suppressions', () => {
  const table: [string, string, string, string[]][] = [
    ['next-line by code with # and a reason', '/ws/a.py', '# aoai-lint-disable-next-line AOAI990 -- test fixture\nKEYWORD\nKEYWORD', ['3:AOAI990']],
    ['next-line by rule name', '/ws/a.py', '# aoai-lint-disable-next-line test-marker\nKEYWORD', []],
    ['next-line is case-insensitive', '/ws/a.py', '# aoai-lint-disable-next-line aoai990\nKEYWORD', []],
    ['next-line for another rule does not suppress', '/ws/a.py', '# aoai-lint-disable-next-line AOAI991\nKEYWORD', ['2:AOAI990']],
    ['next-line with a list of rules', '/ws/a.py', '# aoai-lint-disable-next-line AOAI991, AOAI990\nKEYWORD UNSAFE', []],
    ['next-line with no rule suppresses every rule', '/ws/a.py', '# aoai-lint-disable-next-line\nKEYWORD UNSAFE', []],
    ['same line with //', '/ws/a.ts', 'const a = KEYWORD; // aoai-lint-disable-line AOAI990 -- ok\nKEYWORD', ['2:AOAI990']],
    ['same line with /* */', '/ws/a.ts', 'KEYWORD /* aoai-lint-disable-line AOAI990 */', []],
    ['XML comment', '/ws/a.xml', '<!-- aoai-lint-disable-next-line AOAI990 -- gateway test -->\n<a>KEYWORD</a>', []],
    ['XML comment without a reason keeps the closing marker out of the rule list', '/ws/a.xml', '<!-- aoai-lint-disable-next-line AOAI990-->\n<a>KEYWORD</a>', []],
    ['whole file', '/ws/a.py', 'KEYWORD\n# aoai-lint-disable-file AOAI990\nKEYWORD\nUNSAFE', ['4:AOAI991']],
    ['JSONC comment', '/ws/a.json', '{\n  // aoai-lint-disable-next-line AOAI990\n  "a": "KEYWORD"\n}', []],
    ["Bicep's own #disable-next-line form", '/ws/a.bicep', '#disable-next-line AOAI990 BCP037\nvar a = \'KEYWORD\'', []],
    ['a directive in the middle of text without a comment marker is ignored', '/ws/a.py', 'x = "aoai-lint-disable-line"; KEYWORD', ['1:AOAI990']],
  ];
  for (const [name, path, text, expected] of table) {
    it(name, () => assert.deepEqual(codes(path, text), expected));
  }

  it('counts suppressed findings', () => {
    assert.equal(lint('/ws/a.py', '# aoai-lint-disable-next-line\nKEYWORD UNSAFE').suppressed, 2);
  });
});
