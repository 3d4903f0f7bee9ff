/**
 * The language server driven as any editor would: a plain LSP client over stdio, no VS Code.
 * The server runs with the TEST-ONLY rules (test-rules.ts) so the assertions are exact.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fingerprint, splitLines } from '../../server/baseline';
import { pathToFileURL } from 'node:url';
import { execFileSync } from 'node:child_process';
import { Engine } from '../../engine/engine';
import { applyFixes } from '../../engine/fixes';
import { Project } from '../../engine/project';
import { CLIENT_CAPABILITIES, LspClient } from './lsp-client';
import { engineWithTestRules } from './test-rules';

const root = path.resolve(__dirname, '../..');
const APP_PY = [
  'import os',
  'from openai import AzureOpenAI',
  '',
  'client = AzureOpenAI(',
  '    api_key=os.environ["AZURE_OPENAI_API_KEY"],',
  '    azure_endpoint="http://contoso.openai.azure.com",',
  '    api_version="2024-10-21",',
  ')',
  '',
].join('\n');

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
/** LSP DiagnosticSeverity by engine severity. */
const SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3 };

function startTestServer(settings: () => Json): LspClient {
  const client = new LspClient(process.execPath, ['--import', 'tsx', path.join(root, 'test/server/test-server.ts'), '--stdio'], {
    ...process.env,
    AOAI_LINT_DEBOUNCE_MS: '50',
    AOAI_LINT_TEST_RULES_ONLY: '1',
  }, root);
  client.handlers.set('workspace/configuration', (p: Json) =>
    p.items.map((i: Json) => (i.section === 'aoaiLint' ? settings() : i.section === 'files.exclude' ? { '**/excluded': true } : null)),
  );
  return client;
}

function applyLspEdits(text: string, edits: Json[]): string {
  const lines = text.split('\n');
  const offset = (p: Json) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe('language server over stdio (any editor)', () => {
  let ws: string;
  let client: LspClient;
  let settings: Json = {};
  const uri = (name: string) => pathToFileURL(path.join(ws, name)).toString();

  before(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lsp-'));
    fs.writeFileSync(path.join(ws, 'app.py'), APP_PY);
    fs.writeFileSync(path.join(ws, 'closed.py'), 'c = AzureOpenAI(api_key=key)\n');
    fs.mkdirSync(path.join(ws, 'excluded'));
    fs.writeFileSync(path.join(ws, 'excluded', 'hidden.py'), 'c = AzureOpenAI(api_key=key)\n');
    fs.writeFileSync(path.join(ws, '.gitignore'), 'ignored.py\n');
    fs.writeFileSync(path.join(ws, 'ignored.py'), 'c = AzureOpenAI(api_key=key)\n');
    client = startTestServer(() => settings);
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ws).toString(),
      workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
      capabilities: CLIENT_CAPABILITIES,
      initializationOptions: {},
    });
    assert.equal(init.serverInfo.name, 'aoai-lint');
    assert.equal(init.capabilities.textDocumentSync.change, 2, 'incremental sync');
    assert.equal(init.capabilities.codeActionProvider.resolveProvider, true);
    assert.ok(init.capabilities.codeActionProvider.codeActionKinds.includes('source.fixAll.aoai-lint'));
    settings = { scanOnStartup: 'off' };
    client.handlers.set('client/registerCapability', () => null);
    client.handlers.set('window/workDoneProgress/create', () => null);
    client.notify('initialized', {});
  });

  after(async () => {
    await client?.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  test('publishes diagnostics on open with code, docs link, severity and exact range', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('app.py'), languageId: 'python', version: 1, text: APP_PY } });
    const n = await client.diagnosticsFor(uri('app.py'));
    assert.equal(n.params.version, 1);
    const diags = n.params.diagnostics;
    assert.deepEqual(
      diags.map((d: Json) => [d.code, d.severity, d.source, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]),
      [
        ['AOAI990', 2, 'aoai-lint', 4, 4, 4, 46],
        ['AOAI992', 3, 'aoai-lint', 5, 20, 5, 51],
      ],
    );
    assert.match(diags[0].codeDescription.href, /^https:\/\/.+test-python-api-key-argument\.md$/);
  });

  test('offers the fixes, a suppression and the docs for a diagnostic, edits resolved lazily', async () => {
    const diag = (await client.diagnosticsFor(uri('app.py'))).params.diagnostics[0];
    const actions: Json[] = await client.request('textDocument/codeAction', {
      textDocument: { uri: uri('app.py') },
      range: diag.range,
      context: { diagnostics: [diag], triggerKind: 1 },
    });
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles.slice(0, 4), [
      'Unsafe fix: Use azure_ad_token_provider (assign the "Cognitive Services OpenAI User" role; remove the key)',
      'Suggestion (edit the placeholders): Use a bearer token provider for <your credential>',
      'Disable AOAI990 for this line',
      'Show documentation for AOAI990',
    ]);
    assert.equal(actions[1].isPreferred, undefined, 'a display-only suggestion is never preferred');
    assert.equal(actions[0].kind, 'quickfix');
    assert.equal(actions[0].isPreferred, undefined, 'an unsafe fix is never preferred');
    assert.equal(actions[0].edit, undefined, 'edits are computed in codeAction/resolve');
    assert.equal(actions[3].command.command, 'aoaiLint.server.showDocumentation');
    assert.match(actions[3].command.arguments[0], /^https:\/\/.+test-python-api-key-argument\.md$/);

    const fix = await client.request('codeAction/resolve', actions[0]);
    const edits = fix.edit.documentChanges[0].edits;
    assert.equal(fix.edit.documentChanges[0].textDocument.version, 1);
    assert.match(applyLspEdits(APP_PY, edits), /\n {4}azure_ad_token_provider=token_provider,\n/);

    const disable = await client.request('codeAction/resolve', actions[2]);
    const fixed = applyLspEdits(APP_PY, disable.edit.documentChanges[0].edits);
    assert.match(fixed, /\n {4}# aoai-lint-disable-next-line AOAI990 -- <reason>\n {4}api_key=/);
  });

  test('"Fix all safe problems" applies the safe fix and never the unsafe one', async () => {
    const actions: Json[] = await client.request('textDocument/codeAction', {
      textDocument: { uri: uri('app.py') },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.aoai-lint'], triggerKind: 2 },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].title, 'Fix all safe problems in this file');
    assert.ok(actions[0].edit, 'computed up front when asked for by kind (on save)');
    const out = applyLspEdits(APP_PY, actions[0].edit.documentChanges[0].edits);
    assert.match(out, /azure_endpoint="https:\/\/contoso/);
    assert.match(out, /api_key=os\.environ/);
  });

  test('re-lints after incremental changes, debounced, publishing only the newest version', async () => {
    const since = client.notifications.length;
    // line 4 `    api_key=…` → `    api_key=None` in two quick edits
    client.notify('textDocument/didChange', {
      textDocument: { uri: uri('app.py'), version: 2 },
      contentChanges: [{ range: { start: { line: 4, character: 12 }, end: { line: 4, character: 46 } }, text: 'Non' }],
    });
    client.notify('textDocument/didChange', {
      textDocument: { uri: uri('app.py'), version: 3 },
      contentChanges: [{ range: { start: { line: 4, character: 15 }, end: { line: 4, character: 15 } }, text: 'e' }],
    });
    const n = await client.diagnosticsFor(uri('app.py'), since);
    assert.equal(n.params.version, 3);
    assert.deepEqual(n.params.diagnostics[0].range, { start: { line: 4, character: 4 }, end: { line: 4, character: 16 } });
    await new Promise((r) => setTimeout(r, 300));
    const published = client.notifications.slice(since).filter((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === uri('app.py'));
    assert.deepEqual(published.map((p) => p.params.version), [3]);
  });

  test('an action resolved after the document changed edits the new version, not the old one', async () => {
    const u = uri('stale.py');
    const v1 = 'c = AzureOpenAI(api_key=k)\n';
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'python', version: 1, text: v1 } });
    const [diag] = (await client.diagnosticsFor(u)).params.diagnostics;
    const actions: Json[] = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: diag.range, context: { diagnostics: [diag] } });
    // Two lines are inserted above before the user picks the fix.
    client.notify('textDocument/didChange', {
      textDocument: { uri: u, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'import os\n\n' }],
    });
    const fix = await client.request('codeAction/resolve', actions[0]);
    const change = fix.edit.documentChanges[0];
    assert.equal(change.textDocument.version, 2);
    assert.equal(applyLspEdits('import os\n\n' + v1, change.edits), 'import os\n\nc = AzureOpenAI(azure_ad_token_provider=token_provider)\n');
    client.notify('textDocument/didClose', { textDocument: { uri: u } });
  });

  test('lints a python notebook cell as python', async () => {
    const cell = pathToFileURL(path.join(ws, 'nb.ipynb')).toString().replace(/^file:/, 'vscode-notebook-cell:') + '#W0sZmlsZQ%3D%3D';
    client.notify('textDocument/didOpen', { textDocument: { uri: cell, languageId: 'python', version: 1, text: 'c = AzureOpenAI(api_key=k)\n' } });
    const n = await client.diagnosticsFor(cell);
    assert.deepEqual(n.params.diagnostics.map((d: Json) => [d.code, d.range.start.character, d.range.end.character]), [['AOAI990', 16, 25]]);
    client.notify('textDocument/didClose', { textDocument: { uri: cell } });
  });

  test('workspace scan publishes closed files, honouring .gitignore and files.exclude', async () => {
    // A notebook with an open cell is linted live, per cell: the scan must not add its file's findings.
    const nbText = JSON.stringify({ cells: [{ cell_type: 'code', metadata: {}, source: ['c = AzureOpenAI(api_key=k)\n'] }], metadata: {}, nbformat: 4, nbformat_minor: 5 });
    fs.writeFileSync(path.join(ws, 'open.ipynb'), nbText);
    fs.writeFileSync(path.join(ws, 'closed.ipynb'), nbText);
    const cell = pathToFileURL(path.join(ws, 'open.ipynb')).toString().replace(/^file:/, 'vscode-notebook-cell:') + '#W0';
    client.notify('textDocument/didOpen', { textDocument: { uri: cell, languageId: 'python', version: 1, text: 'c = AzureOpenAI(api_key=k)\n' } });
    await client.diagnosticsFor(cell);
    const since = client.notifications.length;
    const summary = await client.request('workspace/executeCommand', { command: 'aoaiLint.server.scanWorkspace', arguments: [] });
    assert.equal(summary.cancelled, false);
    const n = await client.diagnosticsFor(uri('closed.py'), since);
    assert.deepEqual(n.params.diagnostics.map((d: Json) => d.code), ['AOAI990']);
    const uris = client.notifications.slice(since).filter((x) => x.method === 'textDocument/publishDiagnostics').map((x) => x.params.uri);
    assert.ok(!uris.includes(uri('ignored.py')), '.gitignore respected');
    assert.ok(!uris.includes(uri('excluded/hidden.py')), 'files.exclude respected');
    assert.ok(!uris.includes(uri('app.py')), 'open documents are linted from the buffer, not re-published from disk');
    assert.ok(!uris.includes(uri('open.ipynb')), 'an open notebook is linted per cell');
    // A closed notebook's cells are reported on the file (the python family's notebook embedder).
    const closedNb = await client.diagnosticsFor(uri('closed.ipynb'), since);
    assert.deepEqual(closedNb.params.diagnostics.map((d: Json) => [d.code, d.range.start.line]), [['AOAI990', 0]]);
    // Closing the notebook's last cell hands it back to the scan.
    client.notify('textDocument/didClose', { textDocument: { uri: cell } });
    const reopened = await client.diagnosticsFor(uri('open.ipynb'), since);
    assert.deepEqual(reopened.params.diagnostics.map((d: Json) => d.code), ['AOAI990']);
    const progress = client.notifications.slice(since).filter((x) => x.method === '$/progress').map((x) => x.params.value.kind);
    assert.deepEqual([progress[0], progress.at(-1)], ['begin', 'end']);
  });

  test('a deleted scanned file loses its diagnostics', async () => {
    const since = client.notifications.length;
    fs.rmSync(path.join(ws, 'closed.py'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('closed.py'), type: 3 }] });
    const n = await client.diagnosticsFor(uri('closed.py'), since);
    assert.deepEqual(n.params.diagnostics, []);
  });

  test('after a scan, a new candidate file is linted when created; one under node_modules is not', async () => {
    fs.mkdirSync(path.join(ws, 'node_modules', 'pkg'), { recursive: true });
    fs.mkdirSync(path.join(ws, 'sub'));
    for (const f of ['node_modules/pkg/x.py', 'sub/new.py']) fs.writeFileSync(path.join(ws, f), 'c = AzureOpenAI(api_key=key)\n');
    const since = client.notifications.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('node_modules/pkg/x.py'), type: 1 }, { uri: uri('sub/new.py'), type: 1 }] });
    const n = await client.diagnosticsFor(uri('sub/new.py'), since);
    assert.deepEqual(n.params.diagnostics.map((d: Json) => d.code), ['AOAI990']);
    assert.ok(!client.notifications.slice(since).some((x) => x.params?.uri === uri('node_modules/pkg/x.py')));
    // Deleting the folder clears what was published under it.
    fs.rmSync(path.join(ws, 'sub'), { recursive: true });
    const since2 = client.notifications.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('sub'), type: 3 }] });
    assert.deepEqual((await client.diagnosticsFor(uri('sub/new.py'), since2)).params.diagnostics, []);
    fs.rmSync(path.join(ws, 'node_modules'), { recursive: true });
  });

  test('a Terraform state file opened as JSON is read as text, as the CLI reads it', async () => {
    const u = uri('terraform.tfstate');
    const text = '{\n  "primary_access_key": "LEAKED-KEY"\n}\n';
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'json', version: 1, text } });
    const n = await client.diagnosticsFor(u);
    assert.deepEqual(
      n.params.diagnostics.map((d: Json) => [d.code, d.range.start.line, d.range.start.character, d.range.end.character]),
      [['AOAI994', 1, 25, 35]],
    );
    client.notify('textDocument/didClose', { textDocument: { uri: u } });
  });

  test('an untitled buffer is linted by its language', async () => {
    client.notify('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'python', version: 1, text: 'AzureOpenAI(api_key=k)\n' } });
    const n = await client.diagnosticsFor('untitled:Untitled-1');
    assert.deepEqual(n.params.diagnostics.map((d: Json) => d.code), ['AOAI990']);
    client.notify('textDocument/didClose', { textDocument: { uri: 'untitled:Untitled-1' } });
  });

  test('workspace fixes come back as one WorkspaceEdit needing confirmation', async () => {
    fs.writeFileSync(path.join(ws, 'closed2.py'), 'c = AzureOpenAI(api_key=key, azure_endpoint="http://x.openai.azure.com")\n');
    const safe = await client.request('workspace/executeCommand', { command: 'aoaiLint.server.workspaceFixes', arguments: [{ mode: 'safe' }] });
    assert.equal(safe.edit.changeAnnotations['aoai-lint.safe'].needsConfirmation, true);
    const byUri = Object.fromEntries(safe.edit.documentChanges.map((c: Json) => [c.textDocument.uri, c]));
    assert.equal(byUri[uri('closed2.py')].textDocument.version, null);
    assert.equal(
      applyLspEdits(fs.readFileSync(path.join(ws, 'closed2.py'), 'utf8'), byUri[uri('closed2.py')].edits),
      'c = AzureOpenAI(api_key=key, azure_endpoint="https://x.openai.azure.com")\n',
    );
    const unsafe = await client.request('workspace/executeCommand', { command: 'aoaiLint.server.workspaceFixes', arguments: [{ mode: 'unsafe' }] });
    const u = unsafe.edit.documentChanges.find((c: Json) => c.textDocument.uri === uri('closed2.py'));
    assert.equal(u.edits[0].annotationId, 'aoai-lint.unsafe');
    assert.equal(
      applyLspEdits(fs.readFileSync(path.join(ws, 'closed2.py'), 'utf8'), u.edits),
      'c = AzureOpenAI(azure_ad_token_provider=token_provider, azure_endpoint="https://x.openai.azure.com")\n',
    );
  });

  test('per-resource settings: a rule turned off in aoaiLint.rules disappears after a configuration change', async () => {
    settings = { scanOnStartup: 'off', rules: { AOAI990: 'off' } };
    const since = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const n = await client.diagnosticsFor(uri('app.py'), since);
    assert.deepEqual(n.params.diagnostics.map((d: Json) => d.code), ['AOAI992']);
    settings = { scanOnStartup: 'off' };
    const since2 = client.notifications.length;
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const n2 = await client.diagnosticsFor(uri('app.py'), since2);
    assert.deepEqual(n2.params.diagnostics.map((d: Json) => d.code), ['AOAI990', 'AOAI992']);
  });

  test('aoaiLint.baseline: findings the CLI baseline records are shown as hints, or hidden', async () => {
    settings = { scanOnStartup: 'off' };
    fs.writeFileSync(path.join(ws, 'old.py'), APP_PY);
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('old.py'), languageId: 'python', version: 1, text: APP_PY } });
    const first = (await client.diagnosticsFor(uri('old.py'))).params.diagnostics[0];
    const fp = fingerprint({ code: first.code, range: first.range }, splitLines(APP_PY));
    fs.writeFileSync(path.join(ws, 'bl.json'), JSON.stringify({ version: 1, entries: [{ rule: first.code, path: 'old.py', fingerprint: fp, line: 5 }] }));
    const published = async (s: Json) => {
      settings = s;
      const since = client.notifications.length;
      client.notify('workspace/didChangeConfiguration', { settings: null });
      return (await client.diagnosticsFor(uri('old.py'), since)).params.diagnostics;
    };
    const hints = await published({ scanOnStartup: 'off', baseline: 'bl.json' });
    assert.deepEqual(hints.map((d: Json) => [d.code, d.severity]), [['AOAI990', 4], ['AOAI992', 3]]);
    assert.match(hints[0].message, /\(in the baseline\)$/);
    const hidden = await published({ scanOnStartup: 'off', baseline: 'bl.json', baselineFindings: 'hide' });
    assert.deepEqual(hidden.map((d: Json) => d.code), ['AOAI992']);
    assert.deepEqual((await published({ scanOnStartup: 'off' })).map((d: Json) => [d.code, d.severity]), [['AOAI990', 2], ['AOAI992', 3]]);
    client.notify('textDocument/didClose', { textDocument: { uri: uri('old.py') } });
    fs.rmSync(path.join(ws, 'bl.json'));
    fs.rmSync(path.join(ws, 'old.py'));
  });

  test('a new config file is picked up when the client reports it', async () => {
    fs.writeFileSync(path.join(ws, '.aoai-lint.json'), JSON.stringify({ rules: { 'test-plain-http-endpoint': 'off' } }));
    const since = client.notifications.length;
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.aoai-lint.json'), type: 1 }] });
    const n = await client.diagnosticsFor(uri('app.py'), since);
    assert.deepEqual(n.params.diagnostics.map((d: Json) => d.code), ['AOAI990']);
  });

  test('a suppression keeps the file\'s CRLF line endings and the token scope comes from aoaiLint.tokenScope', async () => {
    settings = { scanOnStartup: 'off', tokenScope: 'https://ai.azure.com/.default' };
    client.notify('workspace/didChangeConfiguration', { settings: null });
    const text = 'if True:\r\n\tc = AzureOpenAI(api_key=k)\r\n';
    client.notify('textDocument/didOpen', { textDocument: { uri: uri('crlf.py'), languageId: 'python', version: 1, text } });
    const [diag] = (await client.diagnosticsFor(uri('crlf.py'))).params.diagnostics;
    const actions: Json[] = await client.request('textDocument/codeAction', {
      textDocument: { uri: uri('crlf.py') },
      range: diag.range,
      context: { diagnostics: [diag] },
    });
    const disable = await client.request('codeAction/resolve', actions.find((a) => a.title === 'Disable AOAI990 for this line'));
    assert.deepEqual(disable.edit.documentChanges[0].edits[0], {
      range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } },
      newText: '\t# aoai-lint-disable-next-line AOAI990 -- <reason>\r\n',
    });
    const suggestion = await client.request('codeAction/resolve', actions.find((a) => a.title.startsWith('Suggestion')));
    assert.match(suggestion.edit.documentChanges[0].edits[0].newText, /"https:\/\/ai\.azure\.com\/\.default"\)$/);
    client.notify('textDocument/didClose', { textDocument: { uri: uri('crlf.py') } });
    settings = { scanOnStartup: 'off' };
    client.notify('workspace/didChangeConfiguration', { settings: null });
  });

  test('in XML the suppression is a valid XML comment (no "--" reason) and silences the finding', async () => {
    const u = uri('policy.xml');
    const text = '<policies>\n  <inbound>\n    <set-header name="api-key" exists-action="override" />\n  </inbound>\n</policies>\n';
    client.notify('textDocument/didOpen', { textDocument: { uri: u, languageId: 'xml', version: 1, text } });
    const [diag] = (await client.diagnosticsFor(u)).params.diagnostics;
    assert.equal(diag.code, 'AOAI993');
    const actions: Json[] = await client.request('textDocument/codeAction', { textDocument: { uri: u }, range: diag.range, context: { diagnostics: [diag] } });
    assert.deepEqual(actions.map((a) => a.title), ['Disable AOAI993 for this line', 'Show documentation for AOAI993']);
    const disable = await client.request('codeAction/resolve', actions[0]);
    const fixed = applyLspEdits(text, disable.edit.documentChanges[0].edits);
    assert.equal(fixed.split('\n')[2], '    <!-- aoai-lint-disable-next-line AOAI993 -->');
    const since = client.notifications.length;
    client.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: fixed }] });
    assert.deepEqual((await client.diagnosticsFor(u, since)).params.diagnostics, []);
    client.notify('textDocument/didClose', { textDocument: { uri: u } });
  });

  test('a code action for an unknown document is an empty list, not an error', async () => {
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: uri('nope.py') },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    assert.deepEqual(actions, []);
  });
});

describe('language server with two workspace folders', () => {
  let base: string;
  let client: LspClient;
  const file = (p: string) => pathToFileURL(path.join(base, p)).toString();

  before(async () => {
    base = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lsp-multi-'));
    for (const f of ['a', 'b']) {
      fs.mkdirSync(path.join(base, f));
      fs.writeFileSync(path.join(base, f, 'closed.py'), 'c = AzureOpenAI(api_key=key)\n');
    }
    // Folder b turns the rule off in its own config file.
    fs.writeFileSync(path.join(base, 'b', '.aoai-lint.json'), '{ "rules": { "AOAI990": "off" } }');
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(base, 'a', `m${i}.py`), 'x = 1\n');
    client = startTestServer(() => ({ scanOnStartup: 'auto' }));
    client.handlers.set('client/registerCapability', () => null);
    client.handlers.set('window/workDoneProgress/create', () => null);
    await client.request('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: ['a', 'b'].map((f) => ({ uri: pathToFileURL(path.join(base, f)).toString(), name: f })),
      capabilities: CLIENT_CAPABILITIES,
    });
    client.notify('initialized', {});
  });

  after(async () => {
    await client?.shutdown();
    fs.rmSync(base, { recursive: true, force: true });
  });

  test('scanOnStartup "auto" scans a small workspace without being asked', async () => {
    const n = await client.diagnosticsFor(file('a/closed.py'));
    assert.deepEqual(n.params.diagnostics.map((d: Json) => d.code), ['AOAI990']);
    assert.ok(!client.notifications.some((x) => x.method === 'textDocument/publishDiagnostics' && x.params.uri === file('b/closed.py')));
    await client.waitFor((x) => x.method === '$/progress' && x.params.value.kind === 'end');
  });

  test('each folder uses its own config file', async () => {
    const text = 'c = AzureOpenAI(api_key=key)\n';
    client.notify('textDocument/didOpen', { textDocument: { uri: file('b/open.py'), languageId: 'python', version: 1, text } });
    client.notify('textDocument/didOpen', { textDocument: { uri: file('a/open.py'), languageId: 'python', version: 1, text } });
    assert.deepEqual((await client.diagnosticsFor(file('b/open.py'))).params.diagnostics, []);
    assert.equal((await client.diagnosticsFor(file('a/open.py'))).params.diagnostics.length, 1);
  });

  test('a cancelled scan stops and says so', async () => {
    const since = client.notifications.length;
    const scan = client.start('workspace/executeCommand', { command: 'aoaiLint.server.scanWorkspace', arguments: [], workDoneToken: 'scan-1' });
    client.notify('$/cancelRequest', { id: scan.id });
    const summary = await scan.result;
    assert.equal(summary.cancelled, true);
    assert.ok(summary.files < 304, `stopped early (${summary.files} files)`);
    // The client's own progress token is used, and the progress ends.
    const progress = client.notifications.slice(since).filter((n) => n.method === '$/progress' && n.params.token === 'scan-1');
    assert.deepEqual([progress[0]?.params.value.kind, progress.at(-1)?.params.value.kind], ['begin', 'end']);
  });
});

describe('the product server entry (server/server-main.ts)', () => {
  test('starts over stdio, answers initialize and lints with the product rules', async () => {
    const client = new LspClient(process.execPath, ['--import', 'tsx', path.join(root, 'server/server-main.ts'), '--stdio'], process.env, root);
    try {
      client.handlers.set('workspace/configuration', (p: Json) => p.items.map(() => null));
      const init = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
      assert.equal(init.serverInfo.name, 'aoai-lint');
      assert.deepEqual(init.capabilities.executeCommandProvider.commands, [
        'aoaiLint.server.scanWorkspace',
        'aoaiLint.server.workspaceFixes',
        'aoaiLint.server.applyWorkspaceFixes',
        'aoaiLint.server.showDocumentation',
      ]);
      client.notify('initialized', {});
      // AOAI201 (python family): AzureOpenAI(api_key=...). Asserted loosely: the rule's own tests own its details.
      const uri = pathToFileURL(path.join(os.tmpdir(), 'aoai-product-check.py')).toString();
      const text = 'from openai import AzureOpenAI\n\nclient = AzureOpenAI(api_key=key, api_version="2024-10-21")\n';
      client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'python', version: 1, text } });
      const n = await client.diagnosticsFor(uri);
      assert.ok(n.params.diagnostics.some((d: Json) => d.code === 'AOAI201' && d.range.start.line === 2), JSON.stringify(n.params.diagnostics));
      assert.ok(n.params.diagnostics.every((d: Json) => !String(d.code).startsWith('AOAI99')), 'no test-only rules in the product');
    } finally {
      await client.shutdown();
    }
  });
});

describe('notebook document sync: an open notebook gives the findings the CLI gives', () => {
  // Cell 1 imports, cell 2 assigns (after an IPython line), cell 3 calls: the call is only understood with cells 1-2.
  const CELLS = [
    'import os\nfrom openai import AzureOpenAI',
    '%pip install openai\nendpoint = "https://contoso.openai.azure.com"\napim_subscription_key = os.environ["APIM_SUBSCRIPTION_KEY"]',
    'client = AzureOpenAI(\n    api_key=apim_subscription_key,\n    azure_endpoint=endpoint,\n    api_version="2024-10-21",\n)',
  ];
  const KEY_CELLS = CELLS.map((c) => c.replace(/apim_subscription_key/g, 'api_key').replace('APIM_SUBSCRIPTION_KEY', 'AZURE_OPENAI_API_KEY'));
  let ws: string;
  let client: LspClient;
  let engine: Engine;

  const ipynb = (cells: string[]) =>
    JSON.stringify(
      {
        cells: cells.map((source) => ({ cell_type: 'code', execution_count: null, metadata: {}, outputs: [], source })),
        metadata: { kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' } },
        nbformat: 4,
        nbformat_minor: 5,
      },
      null,
      1,
    ) + '\n';
  const nbUri = (name: string) => pathToFileURL(path.join(ws, name)).toString();
  const cellUri = (name: string, i: number) => nbUri(name).replace(/^file:/, 'vscode-notebook-cell:') + `#W${i}sZmlsZQ%3D%3D`;

  function openNotebook(name: string, cells: string[]): void {
    client.notify('notebookDocument/didOpen', {
      notebookDocument: { uri: nbUri(name), notebookType: 'jupyter-notebook', version: 1, cells: cells.map((_, i) => ({ kind: 2, document: cellUri(name, i) })) },
      cellTextDocuments: cells.map((text, i) => ({ uri: cellUri(name, i), languageId: 'python', version: 1, text })),
    });
  }

  /** What the CLI reports for the `.ipynb` on disk, each finding moved onto its cell (index, 0-based line/character). */
  function cliFindingsByCell(name: string): Json[] {
    const file = path.join(ws, name);
    const raw = fs.readFileSync(file, 'utf8');
    const result = new Project(engine, ws).lintText(file, raw);
    const sources: { open: number; close: number }[] = [];
    for (let at = raw.indexOf('"source": "'); at >= 0; at = raw.indexOf('"source": "', at + 1)) {
      const open = at + '"source": '.length;
      let close = open + 1;
      while (raw[close] !== '"') close += raw[close] === '\\' ? 2 : 1;
      sources.push({ open, close });
    }
    const pos = (offset: number) => {
      const cell = sources.findIndex((s) => s.open < offset && offset <= s.close);
      const before: string = JSON.parse(`"${raw.slice(sources[cell].open + 1, offset)}"`);
      const lines = before.split('\n');
      return { cell, line: lines.length - 1, character: lines[lines.length - 1].length };
    };
    return result.findings.map((f) => {
      const s = pos(f.start);
      const e = pos(f.end);
      assert.equal(s.cell, e.cell);
      return [s.cell, f.code, SEVERITY[f.severity], f.message, s.line, s.character, e.line, e.character];
    });
  }

  async function lspFindingsByCell(name: string, count: number, since: number): Promise<Json[]> {
    const out: Json[] = [];
    for (let i = 0; i < count; i++) {
      const n = await client.diagnosticsFor(cellUri(name, i), since);
      for (const d of n.params.diagnostics) {
        out.push([i, d.code, d.severity, d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
      }
    }
    return out;
  }

  before(async () => {
    ws = fs.mkdtempSync(path.join(os.tmpdir(), 'aoai-lsp-nb-'));
    fs.writeFileSync(path.join(ws, 'apim.ipynb'), ipynb(CELLS));
    fs.writeFileSync(path.join(ws, 'key.ipynb'), ipynb(KEY_CELLS));
    engine = engineWithTestRules(false);
    await engine.init();
    // The product rules (the cross-cell resolution is theirs), plus the test rules.
    client = new LspClient(process.execPath, ['--import', 'tsx', path.join(root, 'test/server/test-server.ts'), '--stdio'], { ...process.env, AOAI_LINT_DEBOUNCE_MS: '50' }, root);
    client.handlers.set('workspace/configuration', (p: Json) => p.items.map((i: Json) => (i.section === 'aoaiLint' ? { scanOnStartup: 'off' } : null)));
    client.handlers.set('client/registerCapability', () => null);
    const init = await client.request('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(ws).toString(),
      workspaceFolders: [{ uri: pathToFileURL(ws).toString(), name: 'ws' }],
      capabilities: { ...CLIENT_CAPABILITIES, notebookDocument: { synchronization: { dynamicRegistration: false } } },
    });
    assert.deepEqual(init.capabilities.notebookDocumentSync.notebookSelector, [{ notebook: { notebookType: 'jupyter-notebook' }, cells: [{ language: 'python' }] }]);
    client.notify('initialized', {});
  });

  after(async () => {
    await client?.shutdown();
    fs.rmSync(ws, { recursive: true, force: true });
  });

  test('findings land on the right cells with the ranges, severities and messages of the CLI', async () => {
    const since = client.notifications.length;
    openNotebook('apim.ipynb', CELLS);
    const lsp = await lspFindingsByCell('apim.ipynb', 3, since);
    const cli = cliFindingsByCell('apim.ipynb');
    assert.ok(cli.length > 0, 'the CLI finds the key in cell 3');
    // The client in cell 3, and the read of its key in cell 2 (each a finding of its own).
    assert.deepEqual([...new Set(cli.map((f) => f[0]))].sort(), [1, 2]);
    assert.deepEqual(lsp, cli);
    // Cell 3 on its own (no import, no assignment in sight) is judged differently: the notebook context matters.
    const alone = new Project(engine, ws).lintText(path.join(ws, 'alone.py'), CELLS[2] + '\n');
    assert.notDeepEqual(
      alone.findings.map((f) => [f.code, SEVERITY[f.severity], f.message]),
      cli.map((f) => [f[1], f[2], f[3]]),
    );
  });

  test('a change in cell 1 re-lints cell 3', async () => {
    const since = client.notifications.length;
    // Cell 1 no longer imports AzureOpenAI from openai: cell 3's call is no longer known to be the SDK's.
    const edited = 'import os\nfrom mylib import AzureOpenAI';
    client.notify('notebookDocument/didChange', {
      notebookDocument: { uri: nbUri('apim.ipynb'), version: 2 },
      change: {
        cells: {
          textContent: [
            {
              document: { uri: cellUri('apim.ipynb', 0), version: 2 },
              changes: [{ range: { start: { line: 1, character: 5 }, end: { line: 1, character: 11 } }, text: 'mylib' }],
            },
          ],
        },
      },
    });
    const n = await client.diagnosticsFor(cellUri('apim.ipynb', 2), since);
    fs.writeFileSync(path.join(ws, 'apim-edited.ipynb'), ipynb([edited, CELLS[1], CELLS[2]]));
    const cli = cliFindingsByCell('apim-edited.ipynb').filter((f) => f[0] === 2);
    assert.deepEqual(
      n.params.diagnostics.map((d: Json) => [2, d.code, d.severity, d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]),
      cli,
    );
    assert.notDeepEqual(cli, cliFindingsByCell('apim.ipynb'), 'the edit in cell 1 changes what cell 3 reports');
    client.notify('notebookDocument/didClose', {
      notebookDocument: { uri: nbUri('apim.ipynb') },
      cellTextDocuments: CELLS.map((_, i) => ({ uri: cellUri('apim.ipynb', i) })),
    });
  });

  test('a fix that adds the azure.identity import in cell 1 and removes the key read in cell 2 edits three cells, each at its version', async () => {
    const since = client.notifications.length;
    openNotebook('key.ipynb', KEY_CELLS);
    const lsp = await lspFindingsByCell('key.ipynb', 3, since);
    assert.deepEqual(lsp, cliFindingsByCell('key.ipynb'));
    const diag = (await client.diagnosticsFor(cellUri('key.ipynb', 2), since)).params.diagnostics.find((d: Json) => d.code === 'AOAI201');
    assert.ok(diag, 'AOAI201 on cell 3');
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: cellUri('key.ipynb', 2) },
      range: diag.range,
      context: { diagnostics: [diag] },
    });
    const fix = actions.find((a: Json) => /^Unsafe fix:/.test(a.title));
    assert.ok(fix, JSON.stringify(actions.map((a: Json) => a.title)));
    const resolved = await client.request('codeAction/resolve', fix);
    const changes = resolved.edit.documentChanges;
    assert.deepEqual(
      changes.map((c: Json) => c.textDocument),
      [
        { uri: cellUri('key.ipynb', 0), version: 1 },
        { uri: cellUri('key.ipynb', 1), version: 1 },
        { uri: cellUri('key.ipynb', 2), version: 1 },
      ],
    );
    // Applied to the cells, the notebook reads as the CLI's fix of the .ipynb file, and compiles.
    const fixedCells = KEY_CELLS.map((text, i) => {
      const c = changes.find((x: Json) => x.textDocument.uri === cellUri('key.ipynb', i));
      return c ? applyLspEdits(text, c.edits) : text;
    });
    const file = path.join(ws, 'key.ipynb');
    const raw = fs.readFileSync(file, 'utf8');
    const cliFix = new Project(engine, ws)
      .lintText(file, raw)
      .findings.find((f) => f.code === 'AOAI201')
      ?.fixes.find((x) => `Unsafe fix: ${x.title}` === fix.title);
    assert.ok(cliFix, 'the CLI offers the same fix');
    assert.deepEqual(fixedCells, JSON.parse(applyFixes(raw, [cliFix]).text).cells.map((c: Json) => c.source));
    assert.match(fixedCells[0], /^from azure\.identity import DefaultAzureCredential, get_bearer_token_provider$/m);
    const py = path.join(ws, 'fixed.py');
    fs.writeFileSync(py, fixedCells.join('\n').replace(/^%pip.*$/m, '') + '\n');
    execFileSync('python3', ['-m', 'py_compile', py]);
  });

  test('a suppression on a cell silences the finding in the notebook, and leaves the other cells alone', async () => {
    const cell3 = cellUri('key.ipynb', 2);
    const diag = (await client.diagnosticsFor(cell3)).params.diagnostics.find((d: Json) => d.code === 'AOAI201');
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri: cell3 }, range: diag.range, context: { diagnostics: [diag] } });
    const disable = await client.request('codeAction/resolve', actions.find((a: Json) => a.title === 'Disable AOAI201 for this line'));
    assert.deepEqual(disable.edit.documentChanges, [
      {
        textDocument: { uri: cell3, version: 1 },
        edits: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: '    # aoai-lint-disable-next-line AOAI201 -- <reason>\n' }],
      },
    ]);
    const since = client.notifications.length;
    client.notify('notebookDocument/didChange', {
      notebookDocument: { uri: nbUri('key.ipynb'), version: 2 },
      change: { cells: { textContent: [{ document: { uri: cell3, version: 2 }, changes: disable.edit.documentChanges[0].edits.map((e: Json) => ({ range: e.range, text: e.newText })) }] } },
    });
    const after = await client.diagnosticsFor(cell3, since);
    assert.equal(after.params.version, 2);
    assert.deepEqual(after.params.diagnostics.filter((d: Json) => d.code === 'AOAI201'), []);
    client.notify('notebookDocument/didClose', { notebookDocument: { uri: nbUri('key.ipynb') }, cellTextDocuments: KEY_CELLS.map((_, i) => ({ uri: cellUri('key.ipynb', i) })) });
  });

  test('an open notebook is re-linted when a config file appears, and a closed one loses its cells\' findings', async () => {
    let since = client.notifications.length;
    openNotebook('cfg.ipynb', CELLS);
    const before = await lspFindingsByCell('cfg.ipynb', 3, since);
    assert.ok(before.some((f) => f[1] === 'AOAI201'));
    since = client.notifications.length;
    fs.writeFileSync(path.join(ws, '.aoai-lint.json'), JSON.stringify({ rules: { AOAI201: 'off' } }));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(ws, '.aoai-lint.json')).toString(), type: 1 }] });
    const n = await client.diagnosticsFor(cellUri('cfg.ipynb', 2), since);
    assert.deepEqual(n.params.diagnostics.map((d: Json) => d.code), ['AOAI990']);
    since = client.notifications.length;
    fs.rmSync(path.join(ws, '.aoai-lint.json'));
    client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(ws, '.aoai-lint.json')).toString(), type: 3 }] });
    const back = await client.diagnosticsFor(cellUri('cfg.ipynb', 2), since);
    assert.ok(back.params.diagnostics.some((d: Json) => d.code === 'AOAI201'), 'the config file is gone: AOAI201 is back');
    since = client.notifications.length;
    client.notify('notebookDocument/didClose', { notebookDocument: { uri: nbUri('cfg.ipynb') }, cellTextDocuments: CELLS.map((_, i) => ({ uri: cellUri('cfg.ipynb', i) })) });
    assert.deepEqual((await client.diagnosticsFor(cellUri('cfg.ipynb', 2), since)).params.diagnostics, []);
  });

  test('deleting a cell clears its diagnostics and re-lints the cells after it without it', async () => {
    let since = client.notifications.length;
    openNotebook('del.ipynb', KEY_CELLS);
    const before = await lspFindingsByCell('del.ipynb', 3, since);
    since = client.notifications.length;
    // Cell 2 (the key read from the environment) is removed: cell 3 no longer knows where its key comes from.
    client.notify('notebookDocument/didChange', {
      notebookDocument: { uri: nbUri('del.ipynb'), version: 2 },
      change: { cells: { structure: { array: { start: 1, deleteCount: 1 }, didClose: [{ uri: cellUri('del.ipynb', 1) }] } } },
    });
    const n = await client.diagnosticsFor(cellUri('del.ipynb', 2), since);
    fs.writeFileSync(path.join(ws, 'del-after.ipynb'), ipynb([KEY_CELLS[0], KEY_CELLS[2]]));
    const cli = cliFindingsByCell('del-after.ipynb');
    const after = n.params.diagnostics.map((d: Json) => [1, d.code, d.severity, d.message, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character]);
    assert.deepEqual(after, cli);
    assert.notDeepEqual(after.map((f: Json) => f[3]), before.map((f) => f[3]), 'the deleted cell mattered');
    assert.deepEqual((await client.diagnosticsFor(cellUri('del.ipynb', 1), since)).params.diagnostics, []);
    client.notify('notebookDocument/didClose', { notebookDocument: { uri: nbUri('del.ipynb') }, cellTextDocuments: [0, 2].map((k) => ({ uri: cellUri('del.ipynb', k) })) });
  });

  test('fix-all on a cell and workspace fixes edit the open notebook\'s cells, not its file on disk', async () => {
    const cells = [CELLS[0], 'endpoint = "https://contoso.openai.azure.com"', 'client = AzureOpenAI(api_key=k, azure_endpoint="http://contoso.openai.azure.com")'];
    fs.writeFileSync(path.join(ws, 'safe.ipynb'), ipynb(cells));
    const since = client.notifications.length;
    openNotebook('safe.ipynb', cells);
    await lspFindingsByCell('safe.ipynb', 3, since);
    const cell3 = cellUri('safe.ipynb', 2);
    const [fixAll] = await client.request('textDocument/codeAction', {
      textDocument: { uri: cell3 },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.aoai-lint'] },
    });
    assert.equal(fixAll.edit.documentChanges.length, 1);
    assert.deepEqual(fixAll.edit.documentChanges[0].textDocument, { uri: cell3, version: 1 });
    assert.equal(applyLspEdits(cells[2], fixAll.edit.documentChanges[0].edits), cells[2].replace('http://', 'https://'));
    const ws1 = await client.request('workspace/executeCommand', { command: 'aoaiLint.server.workspaceFixes', arguments: [{ mode: 'safe' }] });
    const uris = ws1.edit.documentChanges.map((c: Json) => c.textDocument.uri);
    assert.ok(uris.includes(cell3), JSON.stringify(uris));
    assert.ok(!uris.includes(nbUri('safe.ipynb')), 'the open notebook is not also edited on disk');
    assert.equal(ws1.files, new Set(uris.map((u: string) => u.replace(/^vscode-notebook-cell:/, 'file:').replace(/#.*$/, ''))).size, 'a notebook counts as one file');
    client.notify('notebookDocument/didClose', { notebookDocument: { uri: nbUri('safe.ipynb') }, cellTextDocuments: cells.map((_, i) => ({ uri: cellUri('safe.ipynb', i) })) });
  });
});
