/**
 * End-to-end tests inside a real VS Code extension host (code-server 4.139.1 = VS Code 1.139.1):
 * the extension starts the real language server (with the TEST-ONLY rules, see
 * test/server/test-rules.ts) and everything below goes through VS Code's own APIs.
 */
import * as assert from 'node:assert/strict';
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
  test('diagnostics from the language server carry code, docs link, severity and exact range', async () => {
    const doc = await open('app.py');
    assert.equal(doc.languageId, 'python');
    const d = await diagnostics(doc.uri, (x) => x.length >= 2);
    assert.deepEqual(d.map(summary), [
      ['AOAI990', vscode.DiagnosticSeverity.Warning, 5, 4, 5, 46],
      ['AOAI992', vscode.DiagnosticSeverity.Information, 6, 20, 6, 51],
    ]);
    const code = d[0].code as { value: string; target: vscode.Uri };
    assert.match(code.target.toString(), /test-python-api-key-argument\.md$/);

    const ts = await open('web.ts');
    assert.deepEqual((await diagnostics(ts.uri)).map(summary), [['AOAI991', vscode.DiagnosticSeverity.Warning, 4, 40, 4, 80]]);
  });

  test('the quick fix of a diagnostic is applied, saved to disk, and the diagnostic goes away', async () => {
    const doc = await open('app.py');
    const [d] = await diagnostics(doc.uri, (x) => x.some((y) => summary(y)[0] === 'AOAI990'));
    const actions = await codeActions(doc, d.range);
    const titles = actions.map((a) => a.title);
    const fixTitle = 'Unsafe fix: Use azure_ad_token_provider (assign the "Cognitive Services OpenAI User" role; remove the key)';
    assert.ok(titles.includes(fixTitle), JSON.stringify(titles));
    assert.ok(titles.includes('Disable AOAI990 for this line'));
    assert.ok(titles.includes('Show documentation for AOAI990'));
    const fix = actions.find((a) => a.title === fixTitle)!;
    assert.equal(fix.kind?.value, 'quickfix');
    assert.ok(fix.edit, 'resolved through codeAction/resolve');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(await doc.save());
    const disk = fs.readFileSync(doc.uri.fsPath, 'utf8');
    assert.match(disk, /\n {4}azure_ad_token_provider=token_provider,\n/);
    assert.doesNotMatch(disk, /api_key/);
    // The fixture turns on fix-all on save for python, so the save also fixed the safe AOAI992.
    assert.match(disk, /azure_endpoint="https:\/\/contoso/);
    await diagnostics(doc.uri, (x) => x.length === 0);
  });

  test('"Disable for this line" inserts an indented suppression that silences the finding', async () => {
    const doc = await open('suppress.py');
    const [d] = await diagnostics(doc.uri);
    assert.deepEqual(summary(d), ['AOAI990', vscode.DiagnosticSeverity.Warning, 1, 23, 1, 34]);
    const disable = (await codeActions(doc, d.range)).find((a) => a.title === 'Disable AOAI990 for this line');
    assert.ok(disable?.edit);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    assert.ok(await doc.save());
    assert.equal(
      fs.readFileSync(doc.uri.fsPath, 'utf8'),
      'def make():\n    # aoai-lint-disable-next-line AOAI990 -- <reason>\n    return AzureOpenAI(api_key=key, api_version="2024-10-21")\n',
    );
    await diagnostics(doc.uri, (x) => x.length === 0);
  });

  test('fix-all on save (editor.codeActionsOnSave) applies the safe fix and leaves the unsafe one', async () => {
    const doc = await open('fixall.py');
    await diagnostics(doc.uri, (x) => x.length === 2);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.toString(), doc.uri.toString());
    // A real edit, then an explicit save: VS Code runs source.fixAll.aoai-lint before writing.
    assert.ok(await editor.edit((b) => b.insert(new vscode.Position(0, 0), '# client\n')));
    assert.ok(await doc.save());
    const disk = fs.readFileSync(doc.uri.fsPath, 'utf8');
    assert.equal(
      disk,
      '# client\nfrom openai import AzureOpenAI\n\nclient = AzureOpenAI(\n    api_key=key,\n    azure_endpoint="https://fabrikam.openai.azure.com",\n    api_version="2024-10-21",\n)\n',
    );
    const left = await diagnostics(doc.uri, (x) => x.length === 1);
    assert.equal(summary(left[0])[0], 'AOAI990', 'the unsafe fix is never applied on save');
  });

  test('"Scan Workspace" publishes findings of a file that is not open', async () => {
    const closed = wsUri('closed.py');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === closed.toString()));
    assert.deepEqual(vscode.languages.getDiagnostics(closed), [], 'scanOnStartup is off in the fixture');
    const result = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('aoaiLint.scanWorkspace');
    assert.ok(result && !result.cancelled && result.files >= 4, JSON.stringify(result));
    const d = await diagnostics(closed);
    assert.deepEqual(d.map(summary), [['AOAI990', vscode.DiagnosticSeverity.Warning, 2, 21, 2, 32]]);
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
  });
});
