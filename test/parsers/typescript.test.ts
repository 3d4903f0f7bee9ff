import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../engine/engine';
import { SourceFile } from '../../engine/source';
import type { FileKind } from '../../engine/types';
import { typescriptParser, type Node } from '../../engine/parsers/typescript';
import { ScopeFacts } from '../../engine/parsers/typescript/scope';
import { rule } from '../../rules/typescript/js-azure-openai-client-key-auth';
import { MemoryWorkspace } from '../helpers/rule-tester';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';

function parse(path: string, text: string, kind: FileKind = path.match(/\.[mc]?tsx?$/) ? 'typescript' : 'javascript') {
  return typescriptParser.parse(new SourceFile(path, text, kind));
}

function facts(path: string, text: string) {
  return new ScopeFacts(parse(path, text));
}

/** The first node of `type` whose source text is `source`. */
function find(f: ScopeFacts, text: string, type: string, source: string): Node {
  const n = f.parsed.nodes.find((x) => x.type === type && text.slice(x.range[0], x.range[1]) === source);
  assert.ok(n, `no ${type} ${source}`);
  return n;
}

describe('typescript parser', () => {
  it('parses JSX in .tsx and .jsx files and in plain .js files', () => {
    assert.ok(parse('a.tsx', 'const a = <div id="x">{1}</div>;').program.body.length === 1);
    assert.ok(parse('a.jsx', 'const a = <div/>;').program.body.length === 1);
    assert.ok(parse('a.js', 'export const App = () => <App/>;').program.body.length === 1);
  });

  it('parses angle-bracket casts in .ts files (no JSX mode)', () => {
    assert.equal(parse('a.ts', 'const n = <number>value;').program.body.length, 1);
  });

  it('throws on a syntax error, which the engine reports as a notice', () => {
    assert.throws(() => parse('a.ts', 'const = ;'));
    const engine = new Engine([rule]);
    const result = engine.lint('/ws/a.ts', 'import { AzureOpenAI } from "openai";\nnew AzureOpenAI({', { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace: new MemoryWorkspace() });
    assert.deepEqual(result.findings, []);
    assert.equal(result.notices.length, 1);
    assert.match(result.notices[0].message, /^Cannot parse/);
  });

  it('tells CommonJS from ES modules', () => {
    assert.equal(parse('a.js', 'const x = require("x");').commonJs, true);
    assert.equal(parse('a.js', 'import x from "x"; const y = require("y");').commonJs, false);
    assert.equal(parse('a.cjs', 'module.exports = 1;').commonJs, true);
    assert.equal(parse('a.mjs', 'const x = require("x");').commonJs, false);
    assert.equal(parse('a.ts', 'export const a = 1;').commonJs, false);
  });

  it('records parents and visits nodes in source order', () => {
    const p = parse('a.ts', 'const a = f(1, 2);');
    const literals = p.nodes.filter((n) => n.type === 'Literal');
    assert.deepEqual(literals.map((n) => n.range[0]), [12, 15]);
    assert.equal(p.parentOf(literals[0])?.type, 'CallExpression');
  });
});

describe('scope facts', () => {
  it('is computed once per parse and shared by the rules of a file', () => {
    const parsed = parse('a.ts', 'const a = 1;');
    assert.equal(ScopeFacts.of(parsed), ScopeFacts.of(parsed));
    assert.notEqual(ScopeFacts.of(parsed), ScopeFacts.of(parse('a.ts', 'const a = 1;')));
  });

  it('resolves named, aliased, default and namespace imports', () => {
    const text = ['import { AzureOpenAI as AOAI } from "openai";', 'import OpenAI from "openai";', 'import * as oai from "openai";', 'new AOAI(); new OpenAI(); new oai.AzureOpenAI();'].join('\n');
    const f = facts('a.ts', text);
    assert.deepEqual(f.resolveImport(find(f, text, 'Identifier', 'AOAI')), { module: 'openai', name: 'AzureOpenAI' });
    assert.deepEqual(f.resolveImport(find(f, text, 'Identifier', 'OpenAI')), { module: 'openai', name: 'default' });
    assert.deepEqual(f.resolveImport(find(f, text, 'MemberExpression', 'oai.AzureOpenAI')), { module: 'openai', name: 'AzureOpenAI' });
  });

  it('resolves require() destructuring, aliases, whole modules and member access', () => {
    const text = ['const { AzureOpenAI: A } = require("openai");', 'const ai = require("@azure-rest/ai-inference");', 'const C = require("@azure/core-auth").AzureKeyCredential;', 'new A(); ai.default(); new C();'].join('\n');
    const f = facts('a.cjs', text);
    assert.deepEqual(f.resolveImport(find(f, text, 'Identifier', 'A')), { module: 'openai', name: 'AzureOpenAI' });
    assert.deepEqual(f.resolveImport(find(f, text, 'MemberExpression', 'ai.default')), { module: '@azure-rest/ai-inference', name: 'default' });
    assert.deepEqual(f.resolveImport(find(f, text, 'Identifier', 'C')), { module: '@azure/core-auth', name: 'AzureKeyCredential' });
  });

  it('does not resolve type-only imports or names declared twice', () => {
    const text = ['import type { AzureOpenAI } from "openai";', 'import { OpenAI } from "openai";', 'function f(OpenAI: unknown) { return OpenAI; }', 'new AzureOpenAI();'].join('\n');
    const f = facts('a.ts', text);
    assert.equal(f.resolveImport(find(f, text, 'Identifier', 'AzureOpenAI')), undefined);
    assert.equal(f.importOf('OpenAI'), undefined);
  });

  it('follows constants but not reassigned or shadowed variables', () => {
    const text = ['const a = "x";', 'const b = a;', 'let c = "y";', 'c = "z";', 'use(b, c);'].join('\n');
    const f = facts('a.ts', text);
    const call = f.parsed.nodes.find((n) => n.type === 'CallExpression');
    assert.ok(call?.type === 'CallExpression');
    assert.equal(f.staticString(call.arguments[0]), 'x');
    assert.equal(f.staticString(call.arguments[1]), undefined);
  });

  it('flattens same-file spreads (later keys win) and marks unknown spreads', () => {
    const text = ['const base = { apiKey: "a", endpoint: "e" };', 'use({ ...base, apiKey: "b" });', 'use({ ...other, x: 1 });'].join('\n');
    const f = facts('a.ts', text);
    const objects = f.parsed.nodes.filter((n) => n.type === 'ObjectExpression');
    const first = f.resolveObject(objects[1]);
    assert.deepEqual(first?.entries.map((e) => `${e.name}=${f.staticString(e.value)}`), ['endpoint=e', 'apiKey=b']);
    assert.equal(first?.incomplete, false);
    assert.equal(f.resolveObject(objects[2])?.incomplete, true);
  });

  it('finds environment reads through constants, fallbacks and destructuring', () => {
    const text = [
      'const k = process.env.AZURE_OPENAI_API_KEY ?? import.meta.env.VITE_KEY;',
      'const { AZURE_AI_KEY: other } = process.env;',
      'use(k, other, process.env["X"]);',
    ].join('\n');
    const f = facts('a.ts', text);
    const call = f.parsed.nodes.find((n) => n.type === 'CallExpression');
    assert.ok(call?.type === 'CallExpression');
    const names = call.arguments.map((a) => f.envReads(a).map((r) => r.name));
    assert.deepEqual(names, [['AZURE_OPENAI_API_KEY', 'VITE_KEY'], ['AZURE_AI_KEY'], ['X']]);
  });

  it('counts reads of a name, not its declaration, keys, member names or pattern bindings', () => {
    const text = ['const key = "k";', 'const { key: other } = obj;', 'use({ key }, obj.key, { key: 1 }, key);'].join('\n');
    const f = facts('a.ts', text);
    assert.deepEqual(f.references('key').map((n) => n.range[0]), [text.indexOf('{ key }') + 2, text.lastIndexOf('key')]);
    assert.equal(f.references('other').length, 0);
  });

  it('joins the string parts of templates and concatenations', () => {
    const text = ['const host = "https://contoso.openai.azure.com";', 'use(`${host}/openai/v1/`, host + "/x");'].join('\n');
    const f = facts('a.ts', text);
    const call = f.parsed.nodes.find((n) => n.type === 'CallExpression');
    assert.ok(call?.type === 'CallExpression');
    assert.equal(f.stringParts(call.arguments[0]).join(''), 'https://contoso.openai.azure.com/openai/v1/');
    assert.equal(f.staticString(call.arguments[1]), 'https://contoso.openai.azure.com/x');
  });
});
