import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { describe, it } from 'node:test';
import { Engine } from '../../engine/engine';
import { csharpParser, locateWasm, nodeText, walk, type CsTree } from '../../engine/parsers/csharp';
import { SourceFile } from '../../engine/source';
import { csharpRules } from '../../rules/csharp';
import { MemoryWorkspace } from '../helpers/rule-tester';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';

const cs = (text: string) => new SourceFile('/ws/Program.cs', text, 'csharp');
const lintOptions = { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace: new MemoryWorkspace() };

// Tests run in order in one process: the first ones see the parser before `init`.
describe('C# parser (tree-sitter-c-sharp on web-tree-sitter)', () => {
  it('before init, parse throws a clear error and the engine turns it into a notice, not a crash', () => {
    assert.throws(() => csharpParser.parse(cs('class A {}')), /C# grammar is not loaded/);
    const result = new Engine(csharpRules).lint('/ws/Program.cs', 'var c = new AzureOpenAIClient(u, new AzureKeyCredential(k));', lintOptions);
    assert.deepEqual(result.findings, []);
    assert.equal(result.notices.length, 1);
    assert.match(result.notices[0].message, /^Cannot parse: csharp: the C# grammar is not loaded/);
  });

  it('finds both WebAssembly files (next to the bundle, else in node_modules)', () => {
    for (const [file, request] of [
      ['tree-sitter.wasm', 'web-tree-sitter/tree-sitter.wasm'],
      ['tree-sitter-c_sharp.wasm', 'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm'],
    ]) {
      const found = locateWasm(file, request);
      assert.ok(found && fs.existsSync(found), `${file} not found`);
    }
    assert.equal(locateWasm('missing.wasm', 'no-such-package/missing.wasm'), undefined);
  });

  it('init is idempotent and loads the grammar (ABI compatible with web-tree-sitter 0.25)', async () => {
    const first = csharpParser.init!();
    assert.equal(csharpParser.init!(), first);
    await first;
    const tree = csharpParser.parse(cs('namespace A;\npublic class B { void M() { var x = new C(1); } }\n'));
    assert.equal(tree.root.type, 'compilation_unit');
    assert.equal(tree.hasError, false);
    const types = [...walk(tree.root)].map((n) => n.type);
    for (const t of ['file_scoped_namespace_declaration', 'class_declaration', 'method_declaration', 'object_creation_expression']) assert.ok(types.includes(t), t);
  });

  it('keeps field names and UTF-16 offsets (non-ASCII text before the node)', () => {
    const text = 'var s = "é😀"; var c = new AzureKeyCredential(k);';
    const file = cs(text);
    const tree = csharpParser.parse(file);
    const creation = [...walk(tree.root)].find((n) => n.type === 'object_creation_expression')!;
    assert.equal(nodeText(file, creation), 'new AzureKeyCredential(k)');
    assert.equal(creation.start, text.indexOf('new AzureKeyCredential'));
    const type = creation.children.find((c) => c.field === 'type')!;
    assert.equal(nodeText(file, type), 'AzureKeyCredential');
    assert.equal(type.parent, creation);
  });

  it('recovers from a broken file: marks the error and still yields the valid parts', () => {
    const file = cs('class A {\n  void M( {\n    var c = new AzureOpenAIClient(u, new AzureKeyCredential(k));\n');
    let tree: CsTree | undefined;
    assert.doesNotThrow(() => (tree = csharpParser.parse(file)));
    assert.equal(tree!.hasError, true);
    assert.ok([...walk(tree!.root)].some((n) => n.type === 'object_creation_expression'));
  });

  it('parses empty text and text that is not C#', () => {
    assert.equal(csharpParser.parse(cs('')).root.children.length, 0);
    assert.doesNotThrow(() => csharpParser.parse(cs('\u0000{{{{ ]]]] """ @" <xml/>')));
  });

  it('walks a deeply nested expression without recursion limits', () => {
    const depth = 5000;
    const tree = csharpParser.parse(cs(`var x = ${'('.repeat(depth)}1${')'.repeat(depth)};`));
    let count = 0;
    for (const _ of walk(tree.root)) count++;
    assert.ok(count > depth);
  });

  it('frees each tree: hundreds of parses of a large file do not grow memory', () => {
    // Without tree.delete() this loop grows the WebAssembly heap by ~80 MB.
    const body = Array.from({ length: 300 }, (_, i) => `x${i} = a + b * c;`).join('\n');
    const file = cs(`class A { void M() { ${body} } }`);
    for (let i = 0; i < 10; i++) csharpParser.parse(file);
    const before = process.memoryUsage().rss;
    for (let i = 0; i < 100; i++) csharpParser.parse(file);
    const grown = process.memoryUsage().rss - before;
    assert.ok(grown < 32 * 1024 * 1024, `rss grew by ${Math.round(grown / 1024 / 1024)} MB`);
  });
});
