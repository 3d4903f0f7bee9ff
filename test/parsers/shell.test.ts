import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inComment, parseShell } from '../../engine/parsers/shell';

const words = (text: string) => parseShell(text).commands.map((c) => c.words.map((w) => w.text));

describe('shell parser', () => {
  it('splits commands on newlines and operators and removes quotes', () => {
    assert.deepEqual(words('a b "c d" \'e f\'; g && h | i\nj'), [['a', 'b', 'c d', 'e f'], ['g'], ['h'], ['i'], ['j']]);
  });

  it('joins backslash-newline continuations into one command', () => {
    assert.deepEqual(words('curl -s \\\n  -H "api-key: $K" \\\n  "$URL"\necho done'), [['curl', '-s', '-H', 'api-key: $K', '$URL'], ['echo', 'done']]);
  });

  it('keeps command substitutions inside their word, quotes and all', () => {
    assert.deepEqual(words('KEY=$(az x --query "a b" -o tsv)\necho "t: $(date "+%s")"'), [['KEY=$(az x --query "a b" -o tsv)'], ['echo', 't: $(date "+%s")']]);
  });

  it('records comments and ignores their text', () => {
    const text = 'echo a # api-key: x\n# whole line\n';
    const doc = parseShell(text);
    assert.deepEqual(words(text), [['echo', 'a']]);
    assert.ok(inComment(doc, text.indexOf('api-key')));
    assert.ok(!inComment(doc, 0));
  });

  it('skips here-document bodies', () => {
    assert.deepEqual(words('cat <<EOF > f.json\n{"api-key": "x"}\nEOF\necho ok\ncat <<-\'END\'\n\tbody\n\tEND\n'), [['cat', '<<EOF', '>', 'f.json'], ['echo', 'ok'], ['cat', '<<-END']]);
  });

  it('gives word offsets into the text', () => {
    const text = 'curl -H "api-key: $K" u';
    const w = parseShell(text).commands[0].words[2];
    assert.equal(text.slice(w.start, w.end), '"api-key: $K"');
    assert.equal(w.quote, '"');
  });

  it('survives unterminated quotes and parentheses', () => {
    assert.doesNotThrow(() => parseShell('echo "open\nx $(y\n\'z'));
  });
});

describe('shell parser limits', () => {
  it('does not overflow the stack on absurdly nested substitutions', () => {
    assert.doesNotThrow(() => parseShell('"$('.repeat(20000)));
    assert.doesNotThrow(() => parseShell('$("'.repeat(20000)));
  });
});
