/**
 * The language server given the inputs that once broke the engine (test/fixtures/robustness/),
 * opened and then edited as a developer would (a bracket inserted, one deleted, a quote typed):
 * it answers every change with diagnostics and still answers a normal document afterwards.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLIENT_CAPABILITIES, LspClient } from './lsp-client';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const root = path.resolve(__dirname, '../..');
const fixtures = path.join(root, 'test/fixtures/robustness');
/** Generous: catches a server that stopped answering, not a slow one. */
const ANSWER_MS = 90_000;

const LANGUAGE: Record<string, string> = {
  '.py': 'python', '.ipynb': 'json', '.bicep': 'bicep', '.json': 'json', '.tf': 'terraform', '.yml': 'yaml',
  '.cs': 'csharp', '.env': 'dotenv', '.js': 'javascript', '.ts': 'typescript', '.http': 'http',
};

describe('language server over stdio survives broken inputs opened and edited', () => {
  let ws: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(path.join(ws, name)).toString();

  before(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lsp-robust-'));
    client = new LspClient(process.execPath, ['--import', 'tsx', path.join(root, 'test/server/test-server.ts'), '--stdio'], { ...process.env, AOAI_LINT_DEBOUNCE_MS: '20' }, root);
    client.handlers.set('workspace/configuration', (p: Json) => p.items.map((i: Json) => (i.section === 'aoaiLint' ? { scanOnStartup: 'off' } : null)));
    client.handlers.set('client/registerCapability', () => null);
    client.handlers.set('window/workDoneProgress/create', () => null);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ws).toString(),
      workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
      capabilities: CLIENT_CAPABILITIES,
      initializationOptions: {},
    });
    client.notify('initialized', {});
  });

  after(async () => {
    await client?.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  for (const name of fs.readdirSync(fixtures).sort()) {
    test(name, async () => {
      const text = fs.readFileSync(path.join(fixtures, name), 'utf8');
      const u = uri(name);
      const language = LANGUAGE[path.extname(name)] ?? 'plaintext';
      const versionSeen = (version: number) => (n: { method: string; params: Json }) =>
        n.method === 'textDocument/publishDiagnostics' && n.params.uri === u && n.params.version === version;
      client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: language, version: 1, text } });
      await client.waitFor(versionSeen(1), ANSWER_MS);
      // Edits typed mid-word: a bracket in the middle, a quote at the end, the first character deleted.
      const lines = text.split('\n');
      const mid = Math.floor(lines.length / 2);
      const edits = [
        { range: { start: { line: mid, character: 0 }, end: { line: mid, character: 0 } }, text: ']' },
        { range: { start: { line: lines.length - 1, character: lines[lines.length - 1].length }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } }, text: '"(' },
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: Math.min(1, lines[0].length) } }, text: '' },
      ];
      let version = 1;
      for (const e of edits) {
        version++;
        client.notify('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [e] });
      }
      const last = await client.waitFor(versionSeen(version), ANSWER_MS);
      assert.ok(Array.isArray(last.params.diagnostics));
      // Quick fixes are computed on the broken text too, and answered.
      const actions = await client.request('textDocument/codeAction', {
        textDocument: { uri: u },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: last.params.diagnostics.slice(0, 3), triggerKind: 1 },
      });
      assert.ok(Array.isArray(actions));
      client.notify('textDocument/didClose', { textDocument: { uri: u } });

      // And a normal document still gets its diagnostics.
      const probe = uri(`probe-${name}.py`);
      client.notify('textDocument/didOpen', { textDocument: { uri: probe, languageId: 'python', version: 1, text: 'from openai import AzureOpenAI\nc = AzureOpenAI(api_key="k")\n' } });
      const n = await client.diagnosticsFor(probe, 0, ANSWER_MS);
      assert.ok(n.params.diagnostics.length > 0, 'the server still lints');
      client.notify('textDocument/didClose', { textDocument: { uri: probe } });
    });
  }
});
