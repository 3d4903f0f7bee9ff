import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { DEFAULT_TOKEN_SCOPE } from '../../../engine/config';
import { Engine } from '../../../engine/engine';
import { applyFixes, applicableFixes } from '../../../engine/fixes';
import { csharpParser } from '../../../engine/parsers/csharp';
import { SourceFile } from '../../../engine/source';
import { csharpRules } from '../../../rules/csharp';
import { MemoryWorkspace } from '../../helpers/rule-tester';

const dir = path.resolve(__dirname, '../../../examples/csharp');
const engine = new Engine(csharpRules);
const options = { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace: new MemoryWorkspace() };
const lint = (name: string, text: string) => engine.lint(path.join(dir, name), text, options);

/** What the demo workspace must show: `code line:column` per finding, per file. */
const EXPECTED: Record<string, string[]> = {
  // Each key read is a finding of its own (AOAI303), beside the client or header it feeds.
  'ChatService.cs': ['AOAI303 16:49', 'AOAI301 17:54'],
  'InferenceClients.cs': ['AOAI301 7:5', 'AOAI303 7:28'],
  'KeylessChat.cs': [],
  'RestChat.cs': ['AOAI303 6:14', 'AOAI305 10:21'],
  'SemanticKernelProgram.cs': ['AOAI303 9:17', 'AOAI302 15:5'],
  'V1Endpoint.cs': ['AOAI303 6:11', 'AOAI301 8:5'],
  'WebApiStartup.cs': ['AOAI303 10:15', 'AOAI301 11:54'],
};

describe('C# examples (all C# rules together)', () => {
  before(() => engine.init());

  it('covers every example file', () => {
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.cs')).sort(), Object.keys(EXPECTED).sort());
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: reports exactly the expected findings, each once, with no notices`, () => {
      const result = lint(name, fs.readFileSync(path.join(dir, name), 'utf8'));
      assert.deepEqual(result.notices, []);
      assert.deepEqual(result.findings.map((f) => `${f.code} ${f.range.start.line + 1}:${f.range.start.character + 1}`), expected);
    });

    it(`${name}: unsafe fixes reach a fixpoint that still parses without syntax errors`, () => {
      let text = fs.readFileSync(path.join(dir, name), 'utf8');
      for (let pass = 0; pass < 5; pass++) {
        const next = applyFixes(text, applicableFixes(lint(name, text).findings, 'unsafe')).text;
        if (next === text) break;
        text = next;
      }
      assert.equal(applyFixes(text, applicableFixes(lint(name, text).findings, 'unsafe')).text, text, 'fixpoint');
      assert.equal(csharpParser.parse(new SourceFile(name, text, 'csharp')).hasError, false, text);
      assert.ok((text.match(/using Azure\.Identity;/g) ?? []).length <= 1, 'one using Azure.Identity');
    });

    it(`${name}: truncated anywhere, never throws and offers only in-range fixes`, () => {
      const full = fs.readFileSync(path.join(dir, name), 'utf8');
      for (let cut = 0; cut < full.length; cut += 53) {
        const text = full.slice(0, cut);
        const result = lint(name, text);
        assert.deepEqual(result.notices.filter((n) => /Internal error/.test(n.message)), [], `cut at ${cut}`);
        for (const f of result.findings) for (const x of f.fixes) for (const e of x.edits) assert.ok(e.start >= 0 && e.end <= text.length && e.start <= e.end);
      }
    });
  }
});
