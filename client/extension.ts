/**
 * The VS Code extension: starts the language server (dist/server.js over node IPC) and adds what
 * only the editor can do: a status-bar count, a cancellable progress notification for the
 * workspace scan, and the quick pick + refactor preview of "Fix All in Workspace". Everything that
 * knows about findings lives in the server, so the editor and the CLI never disagree.
 */
import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest,
  LanguageClient,
  TransportKind,
  WorkDoneProgress,
  type DocumentSelector,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  ClientCommands,
  DIAGNOSTIC_SOURCE,
  ServerCommands,
  type ScanSummary,
  type WorkspaceFixesArgs,
  type WorkspaceFixesResult,
} from '../server/lsp/protocol';

/** Languages the engine reads (VS Code language ids). */
export const LANGUAGES = [
  'python',
  'typescript',
  'typescriptreact',
  'javascript',
  'javascriptreact',
  'csharp',
  'go',
  'java',
  'dockerfile',
  'properties',
  'powershell',
  'bicep',
  'json',
  'jsonc',
  'yaml',
  'xml',
  'dotenv',
  'terraform',
  'http',
  'shellscript',
  'helm',
  'plaintext',
];

/**
 * Every file on disk goes to the server, whatever its language: the engine decides by name
 * (engine/file-kinds.ts), as the CLI does, and reads files of no other kind (Terraform state, Go,
 * a template copy) for key literals. Unsaved buffers go by language.
 */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  { scheme: 'file' },
  ...LANGUAGES.map((language) => ({ scheme: 'untitled', language })),
  // Jupyter notebook cells: the server announces notebook document sync, so the client sends whole
  // notebooks (notebookDocument/*) and the server lints their Python cells as one module. This entry
  // routes the cells' code actions to the server.
  { scheme: 'vscode-notebook-cell', language: 'python' },
];

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('AOAI Lint', { log: true });
  // A test harness may point at a server bundle with extra (test-only) rules.
  const serverModule = process.env.AOAI_LINT_SERVER_MODULE || context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: DOCUMENT_SELECTOR,
    outputChannel: output,
    diagnosticCollectionName: DIAGNOSTIC_SOURCE,
    // The server answers every request itself; never pop up a dialog for a failed one.
    initializationFailedHandler: (e) => {
      output.error(`AOAI Lint server failed to start: ${String(e)}`);
      return false;
    },
  };
  client = new LanguageClient('aoaiLint', 'AOAI Lint', serverOptions, clientOptions);

  const status = vscode.window.createStatusBarItem('aoaiLint.status', vscode.StatusBarAlignment.Left, 10);
  status.name = 'AOAI Lint';
  status.command = 'workbench.actions.view.problems';
  context.subscriptions.push(status, output);
  let pending: NodeJS.Timeout | undefined;
  const refreshStatus = () => {
    let errors = 0;
    let others = 0;
    for (const [, diags] of vscode.languages.getDiagnostics()) {
      for (const d of diags) {
        if (d.source !== DIAGNOSTIC_SOURCE) continue;
        if (d.severity === vscode.DiagnosticSeverity.Error) errors++;
        else others++;
      }
    }
    const total = errors + others;
    status.text = total === 0 ? '$(shield) AOAI Lint' : `$(shield) AOAI Lint: ${total}`;
    status.tooltip =
      total === 0
        ? 'AOAI Lint: no API-key authentication found in open or scanned files'
        : `AOAI Lint: ${total} problem(s) (${errors} hard-coded secret(s)). Click to open Problems.`;
    status.show();
  };
  refreshStatus();
  context.subscriptions.push(
    vscode.languages.onDidChangeDiagnostics(() => {
      pending ??= setTimeout(() => {
        pending = undefined;
        refreshStatus();
      }, 250);
    }),
  );

  context.subscriptions.push(
    vscode.commands.registerCommand(ClientCommands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(ClientCommands.scanWorkspace, () => scanWorkspace()),
    vscode.commands.registerCommand(ClientCommands.fixAllWorkspace, (args?: Partial<WorkspaceFixesArgs>) => fixAllWorkspace(args)),
  );

  try {
    await client.start();
  } catch (e) {
    output.error(`AOAI Lint server failed to start: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Runs the server's scan under a cancellable notification fed by the server's work-done progress. */
async function scanWorkspace(): Promise<ScanSummary | undefined> {
  const c = client;
  if (!c) return undefined;
  const summary = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'AOAI Lint: scanning workspace', cancellable: true },
    async (progress, cancel) => {
      const workDoneToken = randomUUID();
      let last = 0;
      const sub = c.onProgress(WorkDoneProgress.type, workDoneToken, (v) => {
        if (v.kind === 'end') return;
        const pct = v.percentage ?? last;
        progress.report({ message: v.message, increment: Math.max(0, pct - last) });
        last = pct;
      });
      try {
        return await c.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.scanWorkspace, arguments: [], workDoneToken }, cancel);
      } catch (e) {
        if (!cancel.isCancellationRequested) c.error('Workspace scan failed', e, false);
        return undefined;
      } finally {
        sub.dispose();
      }
    },
  );
  const s = summary as ScanSummary | undefined;
  if (s) {
    void vscode.window.showInformationMessage(
      s.cancelled
        ? `AOAI Lint: scan cancelled after ${s.files} files.`
        : `AOAI Lint: scanned ${s.files} files; ${s.findings} problem(s) in ${s.filesWithFindings} closed file(s).`,
    );
  }
  return s;
}

/** Asks safe-only vs. unsafe, then applies the server's WorkspaceEdit through the refactor preview. */
async function fixAllWorkspace(args?: Partial<WorkspaceFixesArgs>): Promise<WorkspaceFixesResult | undefined> {
  const c = client;
  if (!c) return undefined;
  let mode = args?.mode;
  if (mode !== 'safe' && mode !== 'unsafe') {
    const picked = await vscode.window.showQuickPick(
      [
        { label: 'Safe fixes only', description: 'keep runtime behaviour', mode: 'safe' as const },
        {
          label: 'Include unsafe fixes',
          description: 'switch to Microsoft Entra ID',
          detail: 'Assign the "Cognitive Services OpenAI User" role to each identity and remove the key settings afterwards.',
          mode: 'unsafe' as const,
        },
      ],
      { title: 'AOAI Lint: Fix All in Workspace', placeHolder: 'Which fixes should be applied?' },
    );
    if (!picked) return undefined;
    mode = picked.mode;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'AOAI Lint: computing fixes', cancellable: true },
    (_p, cancel) =>
      c.sendRequest(ExecuteCommandRequest.type, { command: ServerCommands.workspaceFixes, arguments: [{ mode }] }, cancel) as Promise<WorkspaceFixesResult>,
  );
  if (!result?.edit) {
    void vscode.window.showInformationMessage('AOAI Lint: nothing to fix.');
    return result;
  }
  const edit = await c.protocol2CodeConverter.asWorkspaceEdit(result.edit as Parameters<typeof c.protocol2CodeConverter.asWorkspaceEdit>[0]);
  // The edits carry `needsConfirmation` annotations, so VS Code opens its refactor preview first.
  if (edit) await vscode.workspace.applyEdit(edit, { isRefactoring: true });
  return result;
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
