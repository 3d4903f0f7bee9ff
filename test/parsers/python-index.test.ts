import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  allCalls,
  assignmentsStartingWith,
  callsNamed,
  callsWithKeyword,
  expressionsStartingWith,
  namesFor,
  parsePython,
  preferredQuote,
  qualifiedName,
  readCall,
  resolveName,
  textOf,
  type PyModule,
} from '../../engine/parsers/python';

/**
 * The shared, text-guided lookups the Python rules use instead of walking every node: each must
 * find exactly what a full walk of the tree would, in the same order.
 */

const src = (mod: PyModule, nodes: readonly { from: number; to: number }[]) => nodes.map((n) => mod.text.slice(n.from, n.to));

describe('python imports found from the text', () => {
  it('finds imports at any depth and ignores the words in strings, comments and other statements', () => {
    const mod = parsePython(
      [
        '"""Docs: from here import nothing."""',
        '# import fake',
        'import os',
        'def f():',
        '    from openai import AzureOpenAI as AOAI',
        '    return AOAI()',
        'try:',
        '    import httpx as hx',
        'except ImportError:',
        '    raise RuntimeError("x") from None',
        'text = "import json"',
        'from langchain_openai import *',
        '',
      ].join('\n'),
    );
    assert.deepEqual([...mod.imports].map(([local, b]) => [local, b.qualified]), [
      ['os', 'os'],
      ['AOAI', 'openai.AzureOpenAI'],
      ['hx', 'httpx'],
    ]);
    assert.deepEqual(mod.starImports, ['langchain_openai']);
    // Only top-level `from` imports are merge targets for a fix.
    assert.deepEqual(mod.fromImports.map((f) => f.module), ['langchain_openai']);
  });

  it('lets the last import of a name win, in source order', () => {
    const mod = parsePython('from openai import AzureOpenAI as C\nfrom langchain_openai import AzureChatOpenAI as C\n');
    assert.equal(mod.imports.get('C')?.qualified, 'langchain_openai.AzureChatOpenAI');
  });
});

describe('python calls found by name', () => {
  const mod = parsePython(
    [
      'import openai as oa',
      'from openai import AzureOpenAI as AOAI',
      'a = AzureOpenAI(api_key=k)',
      'b = oa.AzureOpenAI(api_key=k)',
      'c = AOAI(api_key=k)',
      'd = make(AzureOpenAI(api_key=k))',
      'AzureOpenAI',
      'e = AzureOpenAI.from_env()',
      'f = x.AzureOpenAIish()',
      '# AzureOpenAI(api_key=k)',
      'g = "AzureOpenAI(api_key=k)"',
      '',
    ].join('\n'),
  );

  it('finds direct, dotted and aliased calls of a class, in source order, and nothing else', () => {
    const calls = callsNamed(mod, new Set(['AzureOpenAI']));
    assert.deepEqual(src(mod, calls.map((c) => c.node)), ['AzureOpenAI(api_key=k)', 'oa.AzureOpenAI(api_key=k)', 'AOAI(api_key=k)', 'AzureOpenAI(api_key=k)']);
  });

  it('finds the same calls a walk of every call finds, filtered by qualified name', () => {
    const byWalk = allCalls(mod).filter((c) => qualifiedName(mod, c.callee)?.endsWith('.AzureOpenAI') || qualifiedName(mod, c.callee) === 'AzureOpenAI');
    assert.deepEqual(src(mod, callsNamed(mod, new Set(['AzureOpenAI'])).map((c) => c.node)), src(mod, byWalk.map((c) => c.node)));
  });

  it('returns the one shared PyCall for a call, however it is reached', () => {
    const [first] = callsNamed(mod, new Set(['AzureOpenAI']));
    assert.equal(readCall(mod, first.node), first);
    assert.equal(allCalls(mod).find((c) => c.node.from === first.node.from), first);
  });

  it('tells apart calls that start at the same place', () => {
    const m = parsePython('factory()(api_key=k)\n');
    const [outer, inner] = allCalls(m);
    assert.deepEqual([textOf(m, outer.node), textOf(m, inner.node)], ['factory()(api_key=k)', 'factory()']);
    assert.equal(readCall(m, inner.node)?.args.length, 0);
    assert.equal(readCall(m, outer.node)?.args.length, 1);
  });

  it('finds calls that pass a keyword, outer before inner', () => {
    const m = parsePython('requests.post(url, headers=h, json=wrap(headers=1))\nheaders = {}\nf(headers)\n');
    assert.deepEqual(
      callsWithKeyword(m, 'headers').map((c) => textOf(m, c.node)),
      ['requests.post(url, headers=h, json=wrap(headers=1))', 'wrap(headers=1)'],
    );
  });
});

describe('python expressions and assignments found by their first name', () => {
  it('finds os reads through aliases, outer expression first', () => {
    const mod = parsePython('import os as o\nfrom os import environ\nx = o.getenv("A")\ny = environ["B"]\nz = os.environ.get("C")\nw = cosmos.get("D")\n');
    const names = namesFor(mod, 'os');
    assert.deepEqual([...names].sort(), ['environ', 'o', 'os']);
    assert.deepEqual(src(mod, expressionsStartingWith(mod, names)), ['o.getenv("A")', 'o.getenv', 'environ["B"]', 'os.environ.get("C")', 'os.environ.get', 'os.environ']);
  });

  it('finds the assignments whose target starts with a name', () => {
    const mod = parsePython('import openai\nopenai.api_type = "azure"\nx = openai.api_key\nif True:\n    openai.api_key = key\nprint(openai.api_key)\n');
    assert.deepEqual(src(mod, assignmentsStartingWith(mod, namesFor(mod, 'openai'))), ['openai.api_type = "azure"', 'openai.api_key = key']);
  });
});

describe('python name resolution from the scope index', () => {
  it('resolves to the last assignment before the use, in the use scope, then the module', () => {
    const mod = parsePython(
      [
        'key = "module"',
        'def f(param):',
        '    key = "first"',
        '    if cond:',
        '        key = "second"',
        '    use(key)',
        '    key = "after"',
        '    use(param)',
        '    use(late)',
        'def g():',
        '    def inner():',
        '        key = "inner"',
        '    use(key)',
        'late = "late"',
        '',
      ].join('\n'),
    );
    const uses = allCalls(mod).filter((c) => textOf(mod, c.callee) === 'use').map((c) => c.args[0].value);
    const values = uses.map((u) => {
      const v = resolveName(mod, u);
      return v ? textOf(mod, v) : undefined;
    });
    assert.deepEqual(values, ['"second"', undefined, '"late"', '"module"']);
  });
});

describe('python quote preference from the shared walk', () => {
  it('counts single-line literals only, prefixes included', () => {
    assert.equal(preferredQuote(parsePython('"""doc"""\na = \'x\'\nb = r\'y\'\nc = "z"\n')), "'");
    assert.equal(preferredQuote(parsePython("'''doc'''\n'''more'''\na = \"x\"\n")), '"');
    assert.equal(preferredQuote(parsePython('x = 1\n')), '"');
  });
});
