/**
 * The product language server over stdio: a key read and the client it feeds are two diagnostics
 * that point at each other with DiagnosticRelatedInformation, in TypeScript and in C#.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const root = path.resolve(__dirname, '../..');

const TS = [
  'import { AzureOpenAI } from "openai";',
  'const apiKey = process.env.AZURE_OPENAI_API_KEY;',
  'export const client = new AzureOpenAI({ apiKey, endpoint: "https://contoso.openai.azure.com", apiVersion: "2024-10-21" });',
  '',
].join('\n');

const CS = [
  'using Azure;',
  'using Azure.AI.OpenAI;',
  'var key = builder.Configuration["AzureOpenAI:ApiKey"];',
  'var client = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential(key));',
  '',
].join('\n');

/** `code line:character` of a diagnostic and of each of its related locations. */
function shape(d: Json): string[] {
  return [`${d.code} ${d.range.start.line}:${d.range.start.character}`, ...(d.relatedInformation ?? []).map((r: Json) => `  -> ${r.location.uri.split('/').pop()} ${r.location.range.start.line}:${r.location.range.start.character}`)];
}

describe('language server: key reads and clients carry each other as related information', () => {
  test('TypeScript (AOAI105 and AOAI101) and C# (AOAI303 and AOAI301)', async () => {
    const client = new LspClient(process.execPath, ['--import', 'tsx', path.join(root, 'server/server-main.ts'), '--stdio'], process.env, root);
    try {
      client.handlers.set('workspace/configuration', (p: Json) => p.items.map(() => null));
      await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true } } } });
      client.notify('initialized', {});
      const dir = os.tmpdir();
      const tsUri = pathToFileURL(path.join(dir, 'aoai-related-check.ts')).toString();
      client.notify('textDocument/didOpen', { textDocument: { uri: tsUri, languageId: 'typescript', version: 1, text: TS } });
      const ts = (await client.diagnosticsFor(tsUri)).params.diagnostics;
      assert.deepEqual(ts.flatMap(shape), ['AOAI105 1:15', '  -> aoai-related-check.ts 2:40', 'AOAI101 2:40', '  -> aoai-related-check.ts 1:15']);
      assert.equal(ts[0].relatedInformation[0].message, '`AzureOpenAI` authenticates with this key.');
      assert.equal(ts[1].relatedInformation[0].message, 'The key is read here from AZURE_OPENAI_API_KEY.');

      const csUri = pathToFileURL(path.join(dir, 'AoaiRelatedCheck.cs')).toString();
      client.notify('textDocument/didOpen', { textDocument: { uri: csUri, languageId: 'csharp', version: 1, text: CS } });
      const cs = (await client.diagnosticsFor(csUri)).params.diagnostics;
      assert.deepEqual(cs.flatMap(shape), ['AOAI303 2:10', '  -> AoaiRelatedCheck.cs 3:81', 'AOAI301 3:81', '  -> AoaiRelatedCheck.cs 2:10']);
      assert.equal(cs[1].relatedInformation[0].location.uri, csUri);
    } finally {
      await client.shutdown();
    }
  });
});
