/**
 * End-to-end tests inside a real VS Code extension host (code-server 4.139.1 = VS Code 1.139.1):
 * the extension starts the real language server and everything below goes through VS Code's own
 * APIs. The server runs every product rule (AOAI101 typescript, AOAI201 python, ...) plus the
 * TEST-ONLY rules of test/server/test-rules.ts: AOAI990/991 mirror the key-auth findings with a
 * one-edit unsafe fix, and AOAI992 has the only SAFE fix (http → https) for fix-all on save, as
 * no product rule has a safe fix yet.
 */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as vscode from 'vscode';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function wsUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the harness opens a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

/** Our diagnostics for a file once `pred` holds (polling: the server publishes asynchronously). */
async function diagnostics(uri: vscode.Uri, pred: (d: vscode.Diagnostic[]) => boolean = (d) => d.length > 0, ms = 30000): Promise<vscode.Diagnostic[]> {
  const end = Date.now() + ms;
  let d: vscode.Diagnostic[] = [];
  while (Date.now() < end) {
    d = vscode.languages.getDiagnostics(uri).filter((x) => x.source === 'aoai-lint');
    if (pred(d)) return d;
    await sleep(100);
  }
  assert.fail(`timed out waiting for diagnostics on ${uri.path}; last: ${JSON.stringify(d.map(summary))}`);
}

function summary(d: vscode.Diagnostic): [string, number, number, number, number, number] {
  const code = typeof d.code === 'object' ? String(d.code.value) : String(d.code);
  return [code, d.severity, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character];
}

async function open(name: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(wsUri(name));
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function codeActions(doc: vscode.TextDocument, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  // The fourth argument asks VS Code to resolve that many actions (our edits come from codeAction/resolve).
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, kind, 50)) ?? [];
}

suite('AOAI Lint in VS Code', () => {
  const { Warning: W, Information: I } = vscode.DiagnosticSeverity;

  test('diagnostics from the language server carry code, docs link, severity and exact range', async () => {
    const doc = await open('app.py');
    assert.equal(doc.languageId, 'python');
    const d = await diagnostics(doc.uri, (x) => x.length >= 4);
    assert.deepEqual(d.map(summary), [
      ['AOAI201', W, 5, 4, 5, 46],
      ['AOAI990', W, 5, 4, 5, 46],
      ['AOAI207', W, 5, 12, 5, 46],
      ['AOAI992', I, 6, 20, 6, 51],
    ]);
    // The client and the read of its key point at each other (DiagnosticRelatedInformation).
    const related = (x: vscode.Diagnostic) => (x.relatedInformation ?? []).map((r) => [r.location.range.start.line, r.location.range.start.character]);
    assert.deepEqual(related(d[0]), [[5, 12]]);
    assert.deepEqual(related(d[2]), [[5, 4]]);
    const code = d[0].code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /docs\/rules\/py-azure-openai-client-key-auth\.md$/);

    const ts = await open('web.ts');
    // The client, the test rule on its key argument, and the key read as a finding of its own.
    assert.deepEqual((await diagnostics(ts.uri, (x) => x.length >= 3)).map(summary), [
      ['AOAI101', W, 4, 40, 4, 80],
      ['AOAI991', W, 4, 40, 4, 80],
      ['AOAI105', W, 4, 48, 4, 80],
    ]);
  });

  test('the quick fix of a diagnostic is applied, saved to disk, and the diagnostic goes away', async () => {
    const doc = await open('app.py');
    const d = (await diagnostics(doc.uri, (x) => x.some((y) => summary(y)[0] === 'AOAI201'))).find((y) => summary(y)[0] === 'AOAI201')!;
    const actions = await codeActions(doc, d.range);
    const titles = actions.map((a) => a.title);
    const fix = actions.find((a) => a.title.startsWith('Unsafe fix: Use Microsoft Entra ID'));
    assert.ok(fix, JSON.stringify(titles));
    assert.match(fix.title, /Cognitive Services OpenAI User/, 'the title says what else must change');
    assert.ok(titles.includes('Disable AOAI201 for this line'));
    assert.ok(titles.includes('Show documentation for AOAI201'));
    assert.equal(fix.kind?.value, 'quickfix');
    assert.ok(!fix.isPreferred, 'an unsafe fix is never preferred');
    assert.ok(fix.edit, 'resolved through codeAction/resolve');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(await doc.save());
    const disk = fs.readFileSync(doc.uri.fsPath, 'utf8');
    assert.match(disk, /\nfrom azure\.identity import DefaultAzureCredential, get_bearer_token_provider\n/);
    assert.match(disk, /\n {4}azure_ad_token_provider=get_bearer_token_provider\(DefaultAzureCredential\(\), "https:\/\/cognitiveservices\.azure\.com\/\.default"\),\n/);
    assert.doesNotMatch(disk, /api_key/);
    // The fixture turns on fix-all on save for python, so the save also applied the safe AOAI992 fix.
    assert.match(disk, /azure_endpoint="https:\/\/contoso/);
    execFileSync('python3', ['-m', 'py_compile', doc.uri.fsPath]);
    await diagnostics(doc.uri, (x) => x.length === 0);
  });

  test('"Disable for this line" inserts an indented suppression that silences that rule only', async () => {
    const doc = await open('suppress.py');
    const d = await diagnostics(doc.uri, (x) => x.length === 2);
    assert.deepEqual(d.map(summary), [
      ['AOAI201', W, 4, 23, 4, 34],
      ['AOAI990', W, 4, 23, 4, 34],
    ]);
    const disable = (await codeActions(doc, d[0].range)).find((a) => a.title === 'Disable AOAI201 for this line');
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.ok(await doc.save());
    assert.equal(
      fs.readFileSync(doc.uri.fsPath, 'utf8'),
      'from openai import AzureOpenAI\n\n\ndef make(key):\n    # aoai-lint-disable-next-line AOAI201 -- <reason>\n    return AzureOpenAI(api_key=key, api_version="2024-10-21")\n',
    );
    const left = await diagnostics(doc.uri, (x) => x.length === 1);
    assert.deepEqual(left.map(summary), [['AOAI990', W, 5, 23, 5, 34]]);
  });

  test('fix-all on save (editor.codeActionsOnSave) applies the safe fix and leaves the unsafe ones', async () => {
    const doc = await open('fixall.py');
    assert.deepEqual((await diagnostics(doc.uri, (x) => x.length === 3)).map((x) => summary(x)[0]), ['AOAI201', 'AOAI990', 'AOAI992']);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), doc.uri.toString());
    // A real edit, then an explicit save: VS Code runs source.fixAll.aoai-lint before writing.
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# client\n')));
    assert.ok(await doc.save());
    assert.equal(
      fs.readFileSync(doc.uri.fsPath, 'utf8'),
      '# client\nfrom openai import AzureOpenAI\n\nclient = AzureOpenAI(\n    api_key=key,\n    azure_endpoint="https://fabrikam.openai.azure.com",\n    api_version="2024-10-21",\n)\n',
    );
    const left = await diagnostics(doc.uri, (x) => x.length === 2);
    assert.deepEqual(left.map((x) => summary(x)[0]), ['AOAI201', 'AOAI990'], 'unsafe fixes are never applied on save');
  });

  test('a python notebook cell is linted as python, on the cell', async () => {
    const nb = await vscode.workspace.openNotebookDocument(wsUri('chat.ipynb'));
    await vscode.window.showNotebookDocument(nb);
    const cell = nb.cellAt(1);
    assert.equal(cell.document.languageId, 'python');
    assert.equal(cell.document.uri.scheme, 'vscode-notebook-cell');
    const d = await diagnostics(cell.document.uri, (x) => x.some((y) => summary(y)[0] === 'AOAI201'));
    const line = cell.document.lineAt(3).text;
    const start = line.indexOf('api_key=');
    assert.deepEqual(summary(d.find((y) => summary(y)[0] === 'AOAI201')!), ['AOAI201', W, 3, start, 3, line.indexOf(', api_version')]);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('a notebook is linted as one module: cell 3 sees the import of cell 1 and the key of cell 2', async () => {
    const nb = await vscode.workspace.openNotebookDocument(wsUri('gateway.ipynb'));
    await vscode.window.showNotebookDocument(nb);
    const cell = nb.cellAt(2);
    // As the CLI reports it: an API Management subscription key (info), known only from cell 2's assignment.
    const d = await diagnostics(cell.document.uri, (x) => x.some((y) => summary(y)[0] === 'AOAI201'));
    const found = d.find((y) => summary(y)[0] === 'AOAI201')!;
    assert.deepEqual(summary(found), ['AOAI201', I, 1, 4, 1, 33]);
    assert.match(found.message, /API Management subscription key/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('"Scan Workspace" publishes findings of a file that is not open', async () => {
    const closed = wsUri('closed.py');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()));
    assert.deepEqual(vscode.languages.getDiagnostics(closed), [], 'scanOnStartup is off in the fixture');
    const result = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('aoaiLint.scanWorkspace');
    assert.ok(result && !result.cancelled && result.files >= 5, JSON.stringify(result));
    const d = await diagnostics(closed, (x) => x.length === 2);
    assert.deepEqual(d.map(summary), [
      ['AOAI201', W, 2, 21, 2, 32],
      ['AOAI990', W, 2, 21, 2, 32],
    ]);
  });

  test('workspace fixes come back as one edit that needs confirmation (refactor preview)', async () => {
    const r = await vscode.commands.executeCommand<{ edit: any; files: number; fixes: number }>('aoaiLint.server.workspaceFixes', { mode: 'unsafe' });
    assert.ok(r?.edit, 'there is something to fix');
    const annotation = r.edit.changeAnnotations['aoai-lint.unsafe'];
    assert.equal(annotation.needsConfirmation, true);
    assert.match(annotation.description, /Cognitive Services OpenAI User/);
    const uris: string[] = r.edit.documentChanges.map((c: any) => c.textDocument.uri);
    assert.ok(uris.includes(wsUri('closed.py').toString()), JSON.stringify(uris));
    assert.ok(uris.includes(wsUri('web.ts').toString()));
    const safe = await vscode.commands.executeCommand<{ edit: any }>('aoaiLint.server.workspaceFixes', { mode: 'safe' });
    assert.equal(safe?.edit, null, 'every safe fix was already applied on save');
  });
});
