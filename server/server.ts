/**
 * The language server: a thin front-end over the same engine the CLI runs, so the editor and CI
 * can never disagree. Speaks LSP over stdio (`--stdio`) or node IPC (`--node-ipc`, when the VS Code
 * extension forks dist/server.js).
 *
 * Design notes
 * - URIs become paths in exactly one place (lsp/projects.ts). Open notebooks (LSP notebook sync)
 *   are linted as the CLI lints an `.ipynb`: their Python cells as one module, findings split back
 *   per cell (lsp/notebooks.ts). A cell sent as a plain text document (a client without notebook
 *   sync) is linted on its own, as python.
 * - Settings are pulled per resource and cached per document (lsp/settings.ts), never kept in
 *   globals; a configuration change drops the cache and re-lints.
 * - Linting is synchronous and fast; what keeps the server responsive is the 150 ms per-document
 *   debounce, version checks (a result for an older version is never published), and the workspace
 *   scan yielding to the event loop between chunks of files.
 * - Nothing throws to the client: every handler is wrapped and errors go to the output channel.
 */
import * as path from 'node:path';
import {
  CodeAction,
  CodeActionKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  NotebookDocuments,
  ProposedFeatures,
  TextDocumentSyncKind,
  TextDocuments,
  WorkDoneProgressReporter,
  createConnection,
  type CancellationToken,
  type ChangeAnnotation,
  type Connection,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentEdit,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import picomatch from 'picomatch';
import { ALWAYS_EXCLUDED_DIRS, CONFIG_FILE_NAMES } from '../engine/config';
import type { Engine } from '../engine/engine';
import { forgetParses } from '../engine/parsers/incremental';
import { readFileForLint, withReadNotices } from '../engine/project';
import { kindOfPath } from '../engine/file-kinds';
import { fixToFixpoint } from '../engine/fixes';
import type { FileKind, Finding } from '../engine/types';
import { createEngine } from '../rules';
import { BaselineFiles, baselinedDiagnostics, baselinePath } from './lsp/baseline';
import { notebookModulePath } from '../rules/python/notebook-embedder';
import { buildCodeActions, resolveCodeAction, toDiagnostic, type ActionData, type LintState } from './lsp/code-actions';
import { lintNotebook, notebookKey, type NotebookLint } from './lsp/notebooks';
import { Projects, fsPathOf, kindOfDocument } from './lsp/projects';
import {
  AUTO_SCAN_FILE_LIMIT,
  FIX_ALL_KIND,
  ServerCommands,
  type ResourceSettings,
  type ScanSummary,
  type WorkspaceFixesArgs,
  type WorkspaceFixesResult,
} from './lsp/protocol';
import { FrameRepair } from './lsp/frame-repair';
import { SettingsCache } from './lsp/settings';
import { editsBetween } from './lsp/text-edits';
import { VERSION } from './version';

export interface ServerOptions {
  /** The engine to run; defaults to every rule ({@link createEngine}). Tests pass their own. */
  engine?: Engine;
  /** Delay between the last change and linting a document, in ms (default 150). */
  debounceMs?: number;
  /** An existing connection (tests); by default one is created from the process arguments. */
  connection?: Connection;
}

/** Files the scan lints per turn of the event loop before it lets other requests through. */
const SCAN_CHUNK = 25;
const CONFIG_FILES = new Set([...CONFIG_FILE_NAMES, '.gitignore']);
const ALWAYS_EXCLUDED = new Set(ALWAYS_EXCLUDED_DIRS);

/**
 * The connection `process.argv` asks for. On stdio the client's bytes pass through FrameRepair
 * (one malformed frame must not make the server deaf), and the console is sent to the client's
 * log, as the library does for stdio, so a stray console.log never corrupts the stream.
 */
function connectionFromArgv(): Connection {
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  let connection: Connection | undefined;
  const input = process.stdin.pipe(new FrameRepair((reason) => connection?.console.warn(`Skipped ${reason} from the client.`)));
  connection = createConnection(ProposedFeatures.all, input, process.stdout);
  const c = connection.console;
  console.log = (...a: unknown[]) => c.log(a.map(String).join(' '));
  console.info = (...a: unknown[]) => c.info(a.map(String).join(' '));
  console.warn = (...a: unknown[]) => c.warn(a.map(String).join(' '));
  console.error = (...a: unknown[]) => c.error(a.map(String).join(' '));
  return connection;
}

/** Starts the server on stdio or IPC (from `process.argv`) and returns its connection. */
export function startServer(options: ServerOptions = {}): Connection {
  const connection = options.connection ?? connectionFromArgv();
  const engine = options.engine ?? createEngine();
  const debounceMs = options.debounceMs ?? 150;
  const ready = engine.init();
  const documents = new TextDocuments(TextDocument);
  /** Notebooks synced with notebookDocument/*; their cells live in its own cell document store. */
  const notebooks = new NotebookDocuments(TextDocument);
  const cellDoc = (uri: string) => notebooks.cellTextDocuments.get(uri);

  const log = (msg: string) => connection.console.log(msg);
  const logError = (what: string, e: unknown) =>
    connection.console.error(`${what}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);

  let caps = {
    configuration: false,
    watchedFilesDynamic: false,
    configurationDynamic: false,
    workDoneProgress: false,
    changeAnnotations: false,
    resolveEdit: false,
    showDocument: false,
    workspaceFolders: false,
  };

  /** Open documents by file path, for rules that read other files (a Bicep module being edited). */
  const openByPath = new Map<string, TextDocument>();
  const projects = new Projects(engine, (p) => openByPath.get(p)?.getText());
  const settings = new SettingsCache(connection, () => caps.configuration, log);

  /** The latest lint of each open document (code actions read it). */
  const states = new Map<string, LintState>();
  /**
   * The workspace-fact keys each file's last lint consulted (open documents and published closed
   * files, by URI): when a file's facts change, the files that consulted them are linted again
   * (editing `config.py` re-lints the module that imports its key).
   */
  const consultedBy = new Map<string, ReadonlySet<string>>();

  function recordConsulted(uri: string, keys: readonly string[] | undefined): void {
    if (keys?.length) consultedBy.set(uri, new Set(keys));
    else consultedBy.delete(uri);
  }

  /** Recomputes one file's facts (from its buffer or its saved text) and re-lints the files that consulted what changed. */
  function updateFacts(filePath: string, text: string | undefined, kind: FileKind | undefined, except?: string): void {
    const facts = projects.indexedProjectFor(filePath).facts;
    const changed = text === undefined ? facts.remove(filePath) : facts.update(filePath, text, kind);
    if (!changed.length) return;
    for (const [uri, keys] of [...consultedBy]) {
      if (uri === except || !changed.some((k) => keys.has(k))) continue;
      if (documents.get(uri)) schedule(uri, 0);
      else if (URI.parse(uri).scheme === 'file') lintClosedFile(uri).catch((e) => logError(`lint ${uri}`, e));
    }
    // A notebook's module may import the changed file too.
    for (const nbUri of notebookCells.keys()) scheduleNotebook(nbUri, 0);
  }
  const timers = new Map<string, NodeJS.Timeout>();
  /** Closed files published by the workspace scan (kept until they change or are deleted). */
  const scanned = new Set<string>();
  let scanDone = false;
  let scanRunning: Promise<ScanSummary> | undefined;

  /** Wraps a handler so that nothing throws to the client. */
  function guard<A extends unknown[], R>(what: string, fallback: R, fn: (...a: A) => R | Promise<R>): (...a: A) => Promise<R> {
    return async (...a: A) => {
      try {
        return await fn(...a);
      } catch (e) {
        logError(what, e);
        return fallback;
      }
    };
  }

  // ---- linting open documents -------------------------------------------------------------------

  const baselines = new BaselineFiles(log);
  /** Diagnostics with the `aoaiLint.baseline` file applied; `text` undefined: read from disk if needed. */
  function diagnosticsOf(filePath: string, text: string | undefined, findings: Finding[], s: ResourceSettings) {
    const file = baselinePath(s.baseline, projects.folderOf(filePath)?.fsPath, filePath);
    const baseline = file ? baselines.get(file) : undefined;
    if (baseline && text === undefined && findings.length) text = readForLint(filePath);
    return baselinedDiagnostics(baseline, s.baselineFindings, filePath, text, findings);
  }

  function lintDocument(doc: TextDocument, s: ResourceSettings): LintState {
    const filePath = projects.pathOf(doc.uri);
    const kind = kindOfDocument(doc.uri, doc.languageId);
    const text = doc.getText();
    if (s.enable && kind && URI.parse(doc.uri).scheme !== 'vscode-notebook-cell') updateFacts(filePath, text, kind, doc.uri);
    const options = projects.optionsFor(filePath, s);
    const result = s.enable && kind ? withReadNotices(engine.lint(filePath, text, options, kind), options.workspace) : undefined;
    recordConsulted(doc.uri, result?.consultedFacts);
    for (const n of result?.notices ?? []) log(`${doc.uri}: ${n.message}`);
    return { uri: doc.uri, version: doc.version, kind, filePath, text, findings: result?.findings ?? [], settings: s };
  }

  async function validate(uri: string): Promise<void> {
    await ready;
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const s = await settings.get(uri);
    // The document may have changed or closed while settings were fetched: a newer run follows.
    const current = documents.get(uri);
    if (!current || current.version !== version) return;
    const state = lintDocument(current, s);
    states.set(uri, state);
    connection.sendDiagnostics({ uri, version, diagnostics: diagnosticsOf(state.filePath, state.text, state.findings, s) });
  }

  function schedule(uri: string, delay: number): void {
    clearTimeout(timers.get(uri));
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        validate(uri).catch((e) => logError(`lint ${uri}`, e));
      }, delay),
    );
  }

  function relintOpen(): void {
    for (const doc of documents.all()) schedule(doc.uri, 0);
    for (const nbUri of notebookCells.keys()) scheduleNotebook(nbUri, 0);
  }

  // ---- open notebooks (notebook document sync) --------------------------------------------------

  /** The latest lint of each synced notebook, and the cell URIs it published to. */
  const notebookLints = new Map<string, NotebookLint>();
  const notebookCells = new Map<string, Set<string>>();
  const notebookTimerKey = (nbUri: string) => `notebook:${nbUri}`;

  function lintNotebookNow(nbUri: string, s: ResourceSettings): NotebookLint | undefined {
    const nb = notebooks.getNotebookDocument(nbUri);
    if (!nb) return undefined;
    const lint = lintNotebook(nb, cellDoc, projects.pathOf(nbUri), s, { engine, projects, log });
    notebookLints.set(nbUri, lint);
    return lint;
  }

  async function validateNotebook(nbUri: string): Promise<void> {
    await ready;
    const nb = notebooks.getNotebookDocument(nbUri);
    if (!nb) return;
    const key = notebookKey(nb, cellDoc);
    const s = await settings.get(nbUri);
    // A cell changed or the notebook closed while settings were fetched: a newer run follows.
    const current = notebooks.getNotebookDocument(nbUri);
    if (!current || notebookKey(current, cellDoc) !== key) return;
    const lint = lintNotebookNow(nbUri, s);
    if (!lint) return;
    const before = notebookCells.get(nbUri) ?? new Set<string>();
    for (const [uri, state] of lint.states) {
      connection.sendDiagnostics({ uri, version: state.version, diagnostics: state.findings.map((f) => toDiagnostic(f)) });
      before.delete(uri);
    }
    // Cells deleted from the notebook lose what was published for them.
    for (const uri of before) connection.sendDiagnostics({ uri, diagnostics: [] });
    notebookCells.set(nbUri, new Set(lint.states.keys()));
  }

  function scheduleNotebook(nbUri: string, delay: number): void {
    const k = notebookTimerKey(nbUri);
    clearTimeout(timers.get(k));
    timers.set(
      k,
      setTimeout(() => {
        timers.delete(k);
        validateNotebook(nbUri).catch((e) => logError(`lint ${nbUri}`, e));
      }, delay),
    );
  }

  /** The current lint state of a synced notebook cell (linting the notebook now if it is stale). */
  async function notebookCellState(uri: string): Promise<LintState | undefined> {
    const nb = notebooks.findNotebookDocumentForCell(uri);
    if (!nb) return undefined;
    let lint = notebookLints.get(nb.uri);
    if (!lint || lint.key !== notebookKey(nb, cellDoc)) lint = lintNotebookNow(nb.uri, await settings.get(nb.uri));
    return lint?.states.get(uri);
  }

  notebooks.onDidOpen((nb) => {
    const filePath = projects.pathOf(nb.uri);
    openNotebooks.set(filePath, openNotebooks.get(filePath) ?? new Set<string>());
    if (URI.parse(nb.uri).scheme === 'file' && scanned.delete(nb.uri)) connection.sendDiagnostics({ uri: nb.uri, diagnostics: [] });
    scheduleNotebook(nb.uri, 0);
  });
  notebooks.onDidChange((e) => {
    // A cell edited, added, removed or moved: the whole notebook is one module, so all of it re-lints.
    if (!timers.has(notebookTimerKey(e.notebookDocument.uri)) || notebookLints.has(e.notebookDocument.uri)) {
      scheduleNotebook(e.notebookDocument.uri, debounceMs);
    }
  });
  notebooks.onDidClose((nb) => {
    const k = notebookTimerKey(nb.uri);
    clearTimeout(timers.get(k));
    timers.delete(k);
    notebookLints.delete(nb.uri);
    settings.evict(nb.uri);
    forgetParses(notebookModulePath(projects.pathOf(nb.uri)));
    const published = new Set([...(notebookCells.get(nb.uri) ?? []), ...nb.cells.map((c) => c.document)]);
    notebookCells.delete(nb.uri);
    for (const uri of published) connection.sendDiagnostics({ uri, diagnostics: [] });
    const filePath = projects.pathOf(nb.uri);
    if (openNotebooks.get(filePath)?.size === 0) openNotebooks.delete(filePath);
    // After a workspace scan a closed notebook keeps the findings of its saved file.
    if (scanDone && URI.parse(nb.uri).scheme === 'file') lintClosedFile(nb.uri).catch((err) => logError(`lint ${nb.uri}`, err));
  });

  /** Open notebooks (by file path) → their open cell URIs: the cells are linted live, so the scan
   * must not also publish the notebook file's findings (they would show twice). */
  const openNotebooks = new Map<string, Set<string>>();
  const notebookOf = (uri: string) => (URI.parse(uri).scheme === 'vscode-notebook-cell' ? fsPathOf(uri) : undefined);
  const isOpen = (uri: string, filePath: string) => !!documents.get(uri) || openNotebooks.has(filePath);

  documents.onDidOpen((e) => {
    const uri = e.document.uri;
    if (URI.parse(uri).scheme === 'file') openByPath.set(fsPathOf(uri), e.document);
    const nb = notebookOf(uri);
    if (nb) {
      const cells = openNotebooks.get(nb) ?? new Set<string>();
      cells.add(uri);
      openNotebooks.set(nb, cells);
      const fileUri = URI.file(nb).toString();
      if (scanned.delete(fileUri)) connection.sendDiagnostics({ uri: fileUri, diagnostics: [] });
    }
    scanned.delete(uri); // the live lint publishes over the scan's result
    schedule(uri, 0);
  });
  documents.onDidChangeContent((e) => {
    // onDidOpen also fires a content change; the zero-delay run scheduled there must not be delayed.
    if (!timers.has(e.document.uri) || states.has(e.document.uri)) schedule(e.document.uri, debounceMs);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    clearTimeout(timers.get(uri));
    timers.delete(uri);
    const closed = states.get(uri);
    states.delete(uri);
    consultedBy.delete(uri);
    settings.evict(uri);
    forgetParses(closed?.filePath ?? projects.pathOf(uri)); // its trees and text, kept for incremental re-parses
    if (URI.parse(uri).scheme === 'file') {
      const closedPath = fsPathOf(uri);
      openByPath.delete(closedPath);
      // The buffer's facts give way to the saved file's.
      const kind = kindOfPath(closedPath);
      if (projects.indexedProjectFor(closedPath).facts.reads(kind)) {
        const read = readFileForLint(closedPath);
        updateFacts(closedPath, 'text' in read ? read.text : undefined, kind, uri);
      }
    }
    const nb = notebookOf(uri);
    let closedNotebook: string | undefined;
    if (nb) {
      const cells = openNotebooks.get(nb);
      cells?.delete(uri);
      if (cells?.size === 0) {
        openNotebooks.delete(nb);
        closedNotebook = URI.file(nb).toString();
      }
    }
    // After a workspace scan a closed file keeps the findings of its saved text (a closed notebook,
    // those of its file); otherwise its diagnostics go.
    const keep = scanDone && URI.parse(uri).scheme === 'file';
    if (!keep) connection.sendDiagnostics({ uri, diagnostics: [] });
    for (const u of [keep ? uri : undefined, scanDone ? closedNotebook : undefined]) {
      if (u) lintClosedFile(u).catch((err) => logError(`lint ${u}`, err));
    }
  });

  // ---- closed files and the workspace scan ------------------------------------------------------

  async function lintClosedFile(uri: string): Promise<number> {
    await ready;
    const filePath = fsPathOf(uri);
    const s = await settings.get(projects.folderOf(filePath)?.uri ?? uri);
    if (isOpen(uri, filePath)) return 0; // opened meanwhile: the live lint owns it
    const findings = s.enable ? lintFromDisk(filePath, s) : [];
    connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(filePath, undefined, findings, s) });
    if (findings.length) scanned.add(uri);
    else scanned.delete(uri);
    return findings.length;
  }

  /**
   * A closed file's text for linting. Read past the shared disk cache: that cache is for the files
   * rules follow (modules, parameter files, parent policies); keeping the text of every scanned
   * file would hold a whole workspace in memory.
   */
  function readForLint(filePath: string): string | undefined {
    projects.disk.invalidate(filePath);
    const read = readFileForLint(filePath);
    return 'text' in read ? read.text : undefined;
  }

  function lintFromDisk(filePath: string, s: ResourceSettings): Finding[] {
    const text = readForLint(filePath);
    if (text === undefined) return [];
    const kind = kindOfPath(filePath);
    const options = projects.optionsFor(filePath, s);
    const result = withReadNotices(engine.lint(filePath, text, options, kind), options.workspace);
    recordConsulted(URI.file(filePath).toString(), result.consultedFacts);
    for (const n of result.notices) log(`${filePath}: ${n.message}`);
    return result.findings;
  }

  /** Every candidate file of every folder, minus VS Code's `files.exclude`. */
  async function* candidateFiles(): AsyncGenerator<{ path: string; folderUri: string }> {
    for (const folder of projects.all()) {
      const excludes = await settings.excludes(folder.uri);
      const excluded = excludes.length ? picomatch(excludes, { dot: true }) : undefined;
      for (const entry of folder.project.files([folder.fsPath])) {
        if ('notice' in entry) {
          log(`${entry.notice.path}: ${entry.notice.message}`);
          continue;
        }
        if (!engine.handles(kindOfPath(entry.path))) continue;
        if (excluded && isExcluded(excluded, path.relative(folder.fsPath, entry.path))) continue;
        yield { path: entry.path, folderUri: folder.uri };
      }
    }
  }

  async function scanWorkspace(token?: CancellationToken, attached?: WorkDoneProgressReporter): Promise<ScanSummary> {
    await ready;
    const summary: ScanSummary = { files: 0, filesWithFindings: 0, findings: 0, cancelled: false };
    // The client's token (its own cancellable notification: it cancels the request), else a server-created progress.
    const clientProgress = attached && !WorkDoneProgressReporter.isNullInstance(attached) ? attached : undefined;
    const created = !clientProgress && caps.workDoneProgress ? await connection.window.createWorkDoneProgress() : undefined;
    const progress = clientProgress ?? created;
    progress?.begin('AOAI Lint: scanning workspace', 0, 'Listing files…', true);
    const cancelled = () => !!token?.isCancellationRequested || !!created?.token.isCancellationRequested;
    try {
      const files: { path: string; folderUri: string }[] = [];
      let listed = 0;
      for await (const f of candidateFiles()) {
        files.push(f);
        if (++listed % 500 === 0) {
          await yieldToEventLoop();
          if (cancelled()) break;
        }
      }
      const seen = new Set<string>();
      for (let i = 0; i < files.length && !cancelled(); i += SCAN_CHUNK) {
        for (const f of files.slice(i, i + SCAN_CHUNK)) {
          const uri = URI.file(f.path).toString();
          seen.add(uri);
          summary.files++;
          if (isOpen(uri, f.path)) continue; // open: linted live from the buffer
          const s = await settings.get(f.folderUri);
          const findings = s.enable ? lintFromDisk(f.path, s) : [];
          if (findings.length) {
            summary.filesWithFindings++;
            summary.findings += findings.length;
            connection.sendDiagnostics({ uri, diagnostics: diagnosticsOf(f.path, undefined, findings, s) });
            scanned.add(uri);
          } else if (scanned.delete(uri)) {
            connection.sendDiagnostics({ uri, diagnostics: [] });
          }
        }
        const done = Math.min(i + SCAN_CHUNK, files.length);
        progress?.report(Math.round((100 * done) / Math.max(files.length, 1)), `${done}/${files.length} files`);
        await yieldToEventLoop();
      }
      summary.cancelled = cancelled();
      if (!summary.cancelled) {
        // Files that no longer exist or no longer match: drop what an earlier scan published.
        for (const uri of [...scanned]) {
          if (!seen.has(uri)) {
            scanned.delete(uri);
            connection.sendDiagnostics({ uri, diagnostics: [] });
          }
        }
        scanDone = true;
      }
      log(
        `Workspace scan ${summary.cancelled ? 'cancelled' : 'finished'}: ${summary.files} files, ` +
          `${summary.findings} findings in ${summary.filesWithFindings} closed files.`,
      );
      return summary;
    } finally {
      progress?.done();
    }
  }

  function runScan(token?: CancellationToken, progress?: WorkDoneProgressReporter): Promise<ScanSummary> {
    // One scan at a time: a second request waits for the running one.
    scanRunning ??= scanWorkspace(token, progress).finally(() => {
      scanRunning = undefined;
    });
    return scanRunning;
  }

  async function scanOnStartup(): Promise<void> {
    const folders = projects.all();
    if (folders.length === 0) return;
    const modes = await Promise.all(folders.map((f) => settings.get(f.uri).then((s) => s.scanOnStartup)));
    if (modes.every((m) => m === 'off')) return;
    if (!modes.some((m) => m === 'on')) {
      let n = 0;
      for await (const _ of candidateFiles()) {
        if (++n >= AUTO_SCAN_FILE_LIMIT) {
          log(`Not scanning on startup: ${AUTO_SCAN_FILE_LIMIT}+ candidate files (set aoaiLint.scanOnStartup to "on" to force).`);
          return;
        }
      }
    }
    await runScan();
  }

  // ---- fix all in the workspace -----------------------------------------------------------------

  async function workspaceFixes(args: WorkspaceFixesArgs, token?: CancellationToken): Promise<WorkspaceFixesResult> {
    await ready;
    const mode = args?.mode === 'unsafe' ? 'unsafe' : 'safe';
    const annotationId = mode === 'unsafe' ? 'aoai-lint.unsafe' : 'aoai-lint.safe';
    const documentChanges: TextDocumentEdit[] = [];
    let fixes = 0;
    /** Cell edits beyond the first of each notebook: a notebook counts as one file. */
    let extraCellChanges = 0;
    const fixFile = (uri: string, filePath: string, text: string, kind: FileKind | undefined, s: ResourceSettings, version: number | null) => {
      if (!s.enable || !kind) return;
      const outcome = fixToFixpoint(engine, filePath, text, projects.optionsFor(filePath, s), mode, kind);
      if (outcome.fixedCount === 0 || outcome.text === text) return;
      const doc = TextDocument.create(uri, '', 0, text);
      const edits: LspTextEdit[] = editsBetween(text, outcome.text).map((e) => ({
        range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
        newText: e.newText,
        ...(caps.changeAnnotations ? { annotationId } : {}),
      }));
      documentChanges.push({ textDocument: { uri, version }, edits });
      fixes += outcome.fixedCount;
    };
    /** An open notebook is fixed in its cells (the editor's buffers), not in the file on disk. */
    const fixNotebook = async (nbUri: string) => {
      const s = await settings.get(nbUri);
      if (!s.enable) return;
      const lint = lintNotebookNow(nbUri, s);
      if (!lint) return;
      const { changes, fixed } = lint.fixAll(mode);
      if (changes.length === 0) return;
      for (const c of changes) {
        documentChanges.push(caps.changeAnnotations ? { ...c, edits: c.edits.map((e) => ({ ...e, annotationId })) } : c);
      }
      extraCellChanges += changes.length - 1;
      fixes += fixed;
    };
    const fixedNotebooks = new Set<string>();
    let n = 0;
    for await (const f of candidateFiles()) {
      if (token?.isCancellationRequested) break;
      const uri = URI.file(f.path).toString();
      if (notebooks.getNotebookDocument(uri)) {
        fixedNotebooks.add(uri);
        await fixNotebook(uri);
        continue;
      }
      const open = documents.get(uri);
      if (open) fixFile(uri, f.path, open.getText(), kindOfDocument(uri, open.languageId), await settings.get(uri), open.version);
      else {
        const text = readForLint(f.path);
        if (text !== undefined) fixFile(uri, f.path, text, kindOfPath(f.path), await settings.get(f.folderUri), null);
      }
      if (++n % SCAN_CHUNK === 0) await yieldToEventLoop();
    }
    // Open documents outside every folder (loose files, notebook cells) are part of the workspace too.
    for (const doc of documents.all()) {
      if (documentChanges.some((c) => c.textDocument.uri === doc.uri)) continue;
      const filePath = projects.pathOf(doc.uri);
      if (URI.parse(doc.uri).scheme === 'file' && projects.folderOf(filePath)) continue;
      fixFile(doc.uri, filePath, doc.getText(), kindOfDocument(doc.uri, doc.languageId), await settings.get(doc.uri), doc.version);
    }
    for (const nbUri of notebookCells.keys()) if (!fixedNotebooks.has(nbUri)) await fixNotebook(nbUri);
    if (documentChanges.length === 0) return { edit: null, files: 0, fixes: 0 };
    const edit: WorkspaceEdit = { documentChanges };
    if (caps.changeAnnotations) {
      const annotation: ChangeAnnotation = {
        label: mode === 'unsafe' ? 'AOAI Lint: safe and unsafe fixes' : 'AOAI Lint: safe fixes',
        needsConfirmation: true,
        description:
          mode === 'unsafe'
            ? 'Unsafe fixes switch authentication: assign the "Cognitive Services OpenAI User" role to the identity and remove the key settings.'
            : 'Fixes that keep runtime behaviour.',
      };
      edit.changeAnnotations = { [annotationId]: annotation };
    }
    return { edit, files: documentChanges.length - extraCellChanges, fixes };
  }

  // ---- protocol wiring --------------------------------------------------------------------------

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const c = params.capabilities;
    caps = {
      configuration: !!c.workspace?.configuration,
      watchedFilesDynamic: !!c.workspace?.didChangeWatchedFiles?.dynamicRegistration,
      configurationDynamic: !!c.workspace?.didChangeConfiguration?.dynamicRegistration,
      workDoneProgress: !!c.window?.workDoneProgress,
      changeAnnotations: !!c.workspace?.workspaceEdit?.changeAnnotationSupport,
      resolveEdit: !!c.textDocument?.codeAction?.resolveSupport?.properties?.includes('edit'),
      showDocument: !!c.window?.showDocument?.support,
      workspaceFolders: !!c.workspace?.workspaceFolders,
    };
    // Clients without the workspaceFolders capability (older Neovim setups, Sublime LSP, Emacs)
    // name the workspace by rootUri, or by the deprecated rootPath.
    const root = params.rootUri ?? (params.rootPath ? URI.file(params.rootPath).toString() : null);
    const folders = params.workspaceFolders ?? (root ? [{ uri: root, name: '' }] : []);
    projects.setFolders(folders);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        // Jupyter notebooks: the client sends the notebook and its cells in order (Python cells only).
        notebookDocumentSync: { notebookSelector: [{ notebook: { notebookType: 'jupyter-notebook' }, cells: [{ language: 'python' }] }] },
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND],
          resolveProvider: true,
        },
        executeCommandProvider: { commands: ServerCommands.all },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'aoai-lint', version: VERSION },
    };
  });

  connection.onInitialized(
    guard('initialized', undefined, async () => {
      if (caps.configurationDynamic) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: ['aoaiLint', 'files.exclude'] });
      }
      if (caps.watchedFilesDynamic) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
      }
      // The library throws here for a client without the capability, which ended this handler
      // before the start-up scan.
      if (caps.workspaceFolders && projects.all().length > 0) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard('workspace folders', undefined, (e) => {
            const keep = projects.all().filter((f) => !e.removed.some((r) => r.uri === f.uri));
            projects.setFolders([...keep, ...e.added]);
            relintOpen();
          }),
        );
      }
      log(`aoai-lint ${VERSION} language server on Node ${process.version}: ${engine.rules.length} rules, ${projects.all().length} folder(s).`);
      await scanOnStartup();
    }),
  );

  connection.onDidChangeConfiguration(
    guard('configuration', undefined, () => {
      settings.clear();
      relintOpen();
    }),
  );

  /** Whether a file that appeared or changed after a scan is one the scan would have linted. */
  function isScanCandidate(filePath: string): boolean {
    const folder = projects.folderOf(filePath);
    if (!folder || !engine.handles(kindOfPath(filePath))) return false;
    const dirs = path.relative(folder.fsPath, filePath).split(path.sep).slice(0, -1);
    if (dirs.some((d) => ALWAYS_EXCLUDED.has(d))) return false;
    return folder.project.configs.forFile(filePath).isIncluded(filePath);
  }

  connection.onDidChangeWatchedFiles(
    guard('file events', undefined, async (params) => {
      let configChanged = false;
      let otherChanged = false;
      const relint = new Set<string>();
      for (const change of params.changes) {
        const filePath = fsPathOf(change.uri);
        projects.disk.invalidate(filePath);
        if (CONFIG_FILES.has(path.basename(filePath))) configChanged = true;
        if (isOpen(change.uri, filePath)) continue;
        const changedKind = kindOfPath(filePath);
        if (projects.indexedProjectFor(filePath).facts.reads(changedKind)) {
          const read = change.type === FileChangeType.Deleted ? undefined : readFileForLint(filePath);
          updateFacts(filePath, read && 'text' in read ? read.text : undefined, changedKind, change.uri);
        }
        otherChanged = true;
        if (change.type === FileChangeType.Deleted) {
          // A deleted folder arrives as one event: drop everything published under it.
          for (const uri of [...scanned]) {
            if (uri === change.uri || uri.startsWith(change.uri + '/')) {
              scanned.delete(uri);
              connection.sendDiagnostics({ uri, diagnostics: [] });
            }
          }
        } else if (scanned.has(change.uri) || (scanDone && isScanCandidate(filePath))) {
          relint.add(change.uri);
        }
      }
      if (configChanged) {
        projects.invalidateConfigs();
        projects.disk.invalidate();
        for (const uri of scanned) relint.add(uri);
      }
      // Other files feed cross-file rules (Bicep modules, parameter files): re-lint open documents,
      // debounced so that a burst of events (a checkout) costs one run.
      if (configChanged || otherChanged) {
        for (const doc of documents.all()) schedule(doc.uri, configChanged ? 0 : debounceMs);
        for (const nbUri of notebookCells.keys()) scheduleNotebook(nbUri, configChanged ? 0 : debounceMs);
      }
      for (const uri of relint) await lintClosedFile(uri);
    }),
  );

  connection.onCodeAction(
    guard('code actions', [] as CodeAction[], async (params, token) => {
      await ready;
      const cell = !documents.get(params.textDocument.uri) ? cellDoc(params.textDocument.uri) : undefined;
      if (cell) {
        const cellState = await notebookCellState(cell.uri);
        if (!cellState || token.isCancellationRequested) return [];
        return buildCodeActions(cellState, cell, params, { engine, projects, resolveEdits: caps.resolveEdit });
      }
      const doc = documents.get(params.textDocument.uri);
      if (!doc || token.isCancellationRequested) return [];
      let state = states.get(doc.uri);
      if (!state || state.version !== doc.version) {
        // The debounced lint has not run yet for this version: lint now, synchronously.
        state = lintDocument(doc, await settings.get(doc.uri));
        if (token.isCancellationRequested) return [];
        states.set(doc.uri, state);
      }
      return buildCodeActions(state, doc, params, { engine, projects, resolveEdits: caps.resolveEdit });
    }),
  );

  connection.onCodeActionResolve(async (action: CodeAction, token) => {
    try {
      await ready;
      const data = action.data as ActionData | undefined;
      const cell = data && !documents.get(data.uri) ? cellDoc(data.uri) : undefined;
      if (data && cell) {
        const cellState = await notebookCellState(cell.uri);
        return cellState && !token.isCancellationRequested ? resolveCodeAction(action, data, cellState, cell, { engine, projects }) : action;
      }
      const doc = data && documents.get(data.uri);
      if (!data || !doc || token.isCancellationRequested) return action;
      let state = states.get(doc.uri);
      if (!state || state.version !== doc.version) {
        state = lintDocument(doc, await settings.get(doc.uri));
        states.set(doc.uri, state);
      }
      return resolveCodeAction(action, data, state, doc, { engine, projects });
    } catch (e) {
      logError('resolve code action', e); // the action comes back unresolved (no edit), never an error
      return action;
    }
  });

  connection.onExecuteCommand(
    guard('command', null as unknown, async (params, token, workDone) => {
      switch (params.command) {
        case ServerCommands.scanWorkspace:
          return runScan(token, workDone);
        case ServerCommands.workspaceFixes:
          return workspaceFixes(params.arguments?.[0] as WorkspaceFixesArgs, token);
        case ServerCommands.applyWorkspaceFixes: {
          const r = await workspaceFixes(params.arguments?.[0] as WorkspaceFixesArgs, token);
          if (r.edit) await connection.workspace.applyEdit({ label: 'AOAI Lint: fix all in workspace', edit: r.edit as WorkspaceEdit });
          return r;
        }
        case ServerCommands.showDocumentation: {
          const url = params.arguments?.[0];
          if (typeof url !== 'string' || !/^https:\/\//.test(url)) return null;
          if (caps.showDocument) await connection.window.showDocument({ uri: url, external: true });
          else connection.window.showInformationMessage(`Documentation: ${url}`);
          return null;
        }
        default:
          log(`Unknown command ${params.command}`);
          return null;
      }
    }),
  );

  connection.onShutdown(() => {
    for (const t of timers.values()) clearTimeout(t);
    timers.clear();
  });

  ready.catch((e) => logError('engine init', e));
  documents.listen(connection);
  notebooks.listen(connection);
  connection.listen();
  return connection;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((r) => setImmediate(r));
}

/** VS Code `files.exclude` semantics: a glob matches the file or any folder above it. */
function isExcluded(match: (p: string) => boolean, rel: string): boolean {
  const parts = rel.split(path.sep);
  for (let i = 1; i <= parts.length; i++) if (match(parts.slice(0, i).join('/'))) return true;
  return false;
}
