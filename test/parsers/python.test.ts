import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SyntaxNode } from '@lezer/common';
import {
  allCalls,
  constantString,
  dictEntries,
  keywordArg,
  parsePython,
  preferredQuote,
  qualifiedName,
  resolveName,
  stringValue,
  textOf,
  type PyModule,
} from '../../engine/parsers/python';

function find(mod: PyModule, name: string, text: string, nth = 0): SyntaxNode {
  const found: SyntaxNode[] = [];
  mod.tree.topNode.cursor().iterate((ref) => {
    if (ref.name === name && textOf(mod, ref.node) === text) found.push(ref.node);
  });
  assert.ok(found[nth], `no ${name} ${text}`);
  return found[nth];
}

describe('python parser helpers', () => {
  it('resolves import aliases in dotted names', () => {
    const mod = parsePython('import openai as oa\nfrom openai import AzureOpenAI as AOAI\nimport azure.identity\nfrom langchain_openai import AzureChatOpenAI\nfrom . import local\noa.AzureOpenAI\nAOAI\nazure.identity.DefaultAzureCredential\nAzureChatOpenAI\nlocal.x\nunknown.y\n');
    const names = mod.statements.filter((s) => s.name === 'ExpressionStatement').map((s) => qualifiedName(mod, s.firstChild));
    assert.deepEqual(names, ['openai.AzureOpenAI', 'openai.AzureOpenAI', 'azure.identity.DefaultAzureCredential', 'langchain_openai.AzureChatOpenAI', 'local.x', 'unknown.y']);
    assert.deepEqual(mod.fromImports.map((f) => [f.module, f.names]), [['openai', ['AzureOpenAI']], ['langchain_openai', ['AzureChatOpenAI']], ['.', ['local']]]);
  });

  it('reads keyword, positional, *args and **kwargs arguments with their ranges', () => {
    const mod = parsePython('f(a, key=1, *rest, **cfg)\n');
    const [call] = allCalls(mod);
    assert.deepEqual(call.args.map((a) => [a.kind, a.name ?? null, mod.text.slice(a.from, a.to)]), [
      ['positional', null, 'a'],
      ['keyword', 'key', 'key=1'],
      ['star', null, '*rest'],
      ['doublestar', null, '**cfg'],
    ]);
    assert.equal(textOf(mod, keywordArg(call, 'key')!.value), '1');
  });

  it('reads string literals of every prefix and quote; f-strings are not constant', () => {
    const mod = parsePython(`a = "x"\nb = 'y'\nc = r"\\d"\nd = b"z"\ne = """t"""\nf = f"{v}w"\ng = ("p" "q")\nh = "a\\"b"\n`);
    const values = mod.statements.map((s) => stringValue(mod, s.lastChild));
    assert.deepEqual(values.map((v) => v && [v.value, v.constant, v.quote]), [
      ['x', true, '"'],
      ['y', true, "'"],
      ['\\d', true, '"'],
      ['z', true, '"'],
      ['t', true, '"'],
      ['{v}w', false, '"'],
      ['pq', true, '"'],
      ['a"b', true, '"'],
    ]);
  });

  it('resolves a name to its last assignment in the same scope, then the module', () => {
    const mod = parsePython('KEY = "module"\ndef f():\n    KEY = "local"\n    use(KEY)\ndef g():\n    use(KEY)\nuse(KEY)\nKEY = "later"\n');
    const uses = ['KEY', 'KEY', 'KEY'].map((t, i) => find(mod, 'VariableName', t, [2, 3, 4][i]));
    assert.deepEqual(uses.map((u) => constantString(mod, u)), ['local', 'later', 'module']);
    assert.equal(resolveName(mod, find(mod, 'VariableName', 'use')), undefined);
  });

  it('reads dict literals and dict(...) calls, keeping **spread entries keyless', () => {
    const mod = parsePython('a = {"api_key": k, \'x\': 1, **more}\nb = dict(api_key=k)\n');
    const entries = (n: number) => dictEntries(mod, mod.statements[n].lastChild)!.map((e) => e.key ?? null);
    assert.deepEqual(entries(0), ['api_key', 'x', null]);
    assert.deepEqual(entries(1), ['api_key']);
  });

  it('keeps parsing valid code after a syntax error', () => {
    const mod = parsePython('def broken(:\n    pass\nclient = AzureOpenAI(api_key=key)\n');
    assert.ok(allCalls(mod).some((c) => textOf(mod, c.callee) === 'AzureOpenAI' && keywordArg(c, 'api_key')));
  });

  it('picks the quote style most literals use', () => {
    assert.equal(preferredQuote(parsePython("a = 'x'\nb = 'y'\nc = \"z\"\n")), "'");
    assert.equal(preferredQuote(parsePython('a = 1\n')), '"');
  });
});
