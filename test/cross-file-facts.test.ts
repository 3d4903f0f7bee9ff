/**
 * Workspace facts through the CLI and the language server: a key read in `config.py` and the
 * client in `app.py` that imports it point at each other, in SARIF and in LSP diagnostics, and
 * editing `config.py` in the editor re-lints `app.py`.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { main } from '../server/cli';
import { createEngine } from '../rules';
import { CLIENT_CAPABILITIES, LspClient } from './server/lsp-client';

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
const root = path.resolve(__dirname, '..');

const CONFIG_PY = 'import os\n\nAZURE_OPENAI_KEY = os.environ["AZURE_OPENAI_KEY"]\nENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]\n';
const APP_PY = [
  'from openai import AzureOpenAI',
  'from config import AZURE_OPENAI_KEY, ENDPOINT',
  '',
  'client = AzureOpenAI(',
  '    azure_endpoint=ENDPOINT,',
  '    api_key=AZURE_OPENAI_KEY,',
  '    api_version="2024-10-21",',
  ')',
  '',
].join('\n');
const LOCAL_PY = 'import os\nfrom openai import AzureOpenAI\nkey = os.getenv("AZURE_OPENAI_API_KEY")\nc = AzureOpenAI(api_key=key)\n';

function workspace(): string {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-facts-'));
  fs.writeFileSync(path.join(ws, 'config.py'), CONFIG_PY);
  fs.writeFileSync(path.join(ws, 'app.py'), APP_PY);
  fs.writeFileSync(path.join(ws, 'local.py'), LOCAL_PY);
  return ws;
}

async function sarifOf(ws: string): Promise<Json> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => (out += d));
  await main(['--format', 'sarif', '.'], { stdout, stderr: new PassThrough(), cwd: ws }, createEngine());
  return JSON.parse(out);
}

describe('workspace facts in the CLI', () => {
  let ws: string;
  before(() => (ws = workspace()));
  after(() => fs.rmSync(ws, { recursive: true, force: true }));

  it('reports the read in config.py and the client in app.py, each a related location of the other', async () => {
    const results: Json[] = (await sarifOf(ws)).runs[0].results;
    const at = (file: string, rule: string) => results.filter((r) => r.ruleId === rule && r.locations[0].physicalLocation.artifactLocation.uri.endsWith(file));
    const [client] = at('app.py', 'AOAI201');
    const [read] = at('config.py', 'AOAI207');
    assert.ok(client && read, JSON.stringify(results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri])));
    assert.equal(read.locations[0].physicalLocation.region.startLine, 3);
    assert.equal(client.locations[0].physicalLocation.region.startLine, 6);
    const rel = (r: Json) => r.relatedLocations.map((l: Json) => [path.basename(l.physicalLocation.artifactLocation.uri), l.physicalLocation.region.startLine]);
    assert.deepEqual(rel(client), [['config.py', 3]]);
    assert.deepEqual(rel(read), [['app.py', 6]]);
    assert.equal(at('config.py', 'AOAI207').length, 1, 'the endpoint read is not a key');
  });

  it('in one file: the read and its client point at each other', async () => {
    const results: Json[] = (await sarifOf(ws)).runs[0].results.filter((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri.endsWith('local.py'));
    const line = (r: Json) => r.locations[0].physicalLocation.region.startLine;
    const rel = (r: Json) => r.relatedLocations.map((l: Json) => l.physicalLocation.region.startLine);
    assert.deepEqual(results.map((r) => [r.ruleId, line(r), rel(r)]), [['AOAI207', 3, [4]], ['AOAI201', 4, [3]]]);
  });
});

describe('workspace facts in the language server (stdio)', () => {
  let ws: string;
  let client: LspClient;
  const uri = (name: string) => pathToFileURL(path.join(ws, name)).toString();

  before(async () => {
    ws = workspace();
    client = new LspClient(process.execPath, ['--import', 'tsx', path.join(root, 'test/server/test-server.ts'), '--stdio'], { ...process.env, AOAI_LINT_DEBOUNCE_MS: '50' }, root);
    client.handlers.set('workspace/configuration', (p: Json) => p.items.map((i: Json) => (i.section === 'aoaiLint' ? { scanOnStartup: 'off' } : null)));
    client.handlers.set('client/registerCapability', () => null);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ws).toString(),
      workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
      capabilities: CLIENT_CAPABILITIES,
    });
    client.notify('initialized', {});
  });

  after(async () => {
    await client?.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  const related = (d: Json) => (d.relatedInformation ?? []).map((r: Json) => [path.basename(URI(r.location.uri)), r.location.range.start.line]);
  const URI = (u: string) => new URL(u).pathname;

  it('gives the CLI\'s related locations: the client in app.py points at config.py, the read in config.py at app.py', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('app.py'), languageId: 'python', version: 1, text: APP_PY } });
    const app = await client.diagnosticsFor(uri('app.py'));
    const appClient = app.params.diagnostics.find((d: Json) => d.code === 'AOAI201');
    assert.deepEqual([appClient.range.start.line, related(appClient)], [5, [['config.py', 2]]]);
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('config.py'), languageId: 'python', version: 1, text: CONFIG_PY } });
    const config = await client.diagnosticsFor(uri('config.py'));
    assert.deepEqual(config.params.diagnostics.map((d: Json) => [d.code, d.range.start.line, related(d)]), [['AOAI207', 2, [['app.py', 5]]]]);
  });

  it('editing config.py re-lints app.py, which imports its key', async () => {
    const since = client.notifications.length;
    // The key now comes from a token call: config.py reads no key, and app.py's client has no read to point at.
    client.notify('textDocument/didChange', {
      textDocument: { uri: uri('config.py'), version: 2 },
      contentChanges: [{ range: { start: { line: 2, character: 19 }, end: { line: 2, character: 49 } }, text: 'fetch_token()' }],
    });
    const app = await client.diagnosticsFor(uri('app.py'), since);
    const appClient = app.params.diagnostics.find((d: Json) => d.code === 'AOAI201');
    assert.deepEqual(related(appClient), []);
    const config = await client.diagnosticsFor(uri('config.py'), since);
    assert.deepEqual(config.params.diagnostics, []);
    // And back: the read is there again, and app.py points at it again.
    const again = client.notifications.length;
    client.notify('textDocument/didChange', {
      textDocument: { uri: uri('config.py'), version: 3 },
      contentChanges: [{ range: { start: { line: 2, character: 19 }, end: { line: 2, character: 32 } }, text: 'os.environ["AZURE_OPENAI_KEY"]' }],
    });
    const back = await client.diagnosticsFor(uri('app.py'), again);
    assert.deepEqual(related(back.params.diagnostics.find((d: Json) => d.code === 'AOAI201')), [['config.py', 2]]);
  });
});
