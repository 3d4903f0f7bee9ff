import {
  CodeActionKind,
  DiagnosticSeverity,
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type TextDocumentEdit,
  type TextEdit as LspTextEdit,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import type { Engine } from '../../engine/engine';
import { fixToFixpoint } from '../../engine/fixes';
import { commentSyntax } from '../../engine/suppressions';
import type { FileKind, Finding, Fix, Severity, TextEdit } from '../../engine/types';
import type { Projects } from './projects';
import { DIAGNOSTIC_SOURCE, FIX_ALL_KIND, ServerCommands, type ResourceSettings } from './protocol';
import { editsBetween } from './text-edits';

/** The latest lint of one open document: what code actions are computed from. */
export interface LintState {
  uri: string;
  version: number;
  kind: FileKind | undefined;
  filePath: string;
  /** The text that was linted (finding offsets point into it). */
  text: string;
  findings: Finding[];
  settings: ResourceSettings;
  /** A notebook cell linted with its whole notebook: its findings' fixes are in the notebook's
   * joined offsets and may edit several cells, so edits come from here. */
  notebook?: NotebookLink;
}

/** How the fixes of a notebook cell's findings become edits of the notebook's cells. */
export interface NotebookLink {
  /** One versioned edit per cell the fix touches; undefined when an edit cannot be split by cell. */
  fixEdits(fix: Fix): TextDocumentEdit[] | undefined;
  /** "Fix all safe problems" for this cell: the notebook's safe fixes, this cell's edits. */
  fixAllEdits(): TextDocumentEdit[];
}

/** What a code action carries to `codeAction/resolve`, where its edit is computed. */
export type ActionData =
  | { type: 'fix'; uri: string; version: number; code: string; start: number; end: number; fixIndex: number }
  | { type: 'disable'; uri: string; version: number; code: string; start: number; end: number }
  | { type: 'fixAll'; uri: string; version: number };

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    source: DIAGNOSTIC_SOURCE,
    code: f.code,
    codeDescription: { href: f.docsUrl },
    message: f.message,
    data: { start: f.start, end: f.end },
    ...(f.related?.length
      ? { relatedInformation: f.related.map((r) => ({ location: { uri: URI.file(r.path).toString(), range: r.range }, message: r.message })) }
      : {}),
  };
}

/** Quick-fix titles say first when a fix changes behaviour (long titles are cut at the end);
 * the rule's own title says what else must change. */
export function fixTitle(fix: Fix): string {
  if (fix.applicability === 'unsafe') return `Unsafe fix: ${fix.title}`;
  if (fix.applicability === 'display-only') return `Suggestion (edit the placeholders): ${fix.title}`;
  return fix.title;
}

interface Deps {
  engine: Engine;
  projects: Projects;
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

function sameRange(d: Diagnostic, f: Finding): boolean {
  const a = d.range;
  const b = f.range;
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The findings a code-action request is about: its context's diagnostics, else the requested range. */
function findingsFor(state: LintState, params: CodeActionParams): { finding: Finding; diagnostic: Diagnostic }[] {
  const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
  if (ours.length) {
    const out: { finding: Finding; diagnostic: Diagnostic }[] = [];
    for (const d of ours) {
      const f = state.findings.find((x) => x.code === d.code && sameRange(d, x));
      if (f) out.push({ finding: f, diagnostic: d });
    }
    return out;
  }
  const r = params.range;
  return state.findings
    .filter((f) => {
      const endsBefore = f.range.end.line < r.start.line || (f.range.end.line === r.start.line && f.range.end.character < r.start.character);
      const startsAfter = f.range.start.line > r.end.line || (f.range.start.line === r.end.line && f.range.start.character > r.end.character);
      return !endsBefore && !startsAfter;
    })
    .map((f) => ({ finding: f, diagnostic: toDiagnostic(f) }));
}

/** The code actions for a request. Edits are left to `codeAction/resolve` when the client supports it. */
export function buildCodeActions(
  state: LintState,
  doc: TextDocument,
  params: CodeActionParams,
  deps: Deps & { resolveEdits: boolean },
): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  const base = { uri: state.uri, version: state.version };
  const finish = (action: CodeAction): CodeAction =>
    deps.resolveEdits ? action : resolveCodeAction(action, action.data as ActionData, state, doc, deps);

  if (wants(only, CodeActionKind.QuickFix)) {
    const docsShown = new Set<string>();
    const disableShown = new Set<string>();
    for (const { finding, diagnostic } of findingsFor(state, params)) {
      finding.fixes.forEach((fix, fixIndex) => {
        actions.push(
          finish({
            title: fixTitle(fix),
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            isPreferred: fix.applicability === 'safe' && fixIndex === 0 ? true : undefined,
            data: { ...base, type: 'fix', code: finding.code, start: finding.start, end: finding.end, fixIndex } satisfies ActionData,
          }),
        );
      });
      const line = finding.range.start.line;
      if (canSuppress(doc) && !disableShown.has(`${finding.code}:${line}`)) {
        disableShown.add(`${finding.code}:${line}`);
        actions.push(
          finish({
            title: `Disable ${finding.code} for this line`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            data: { ...base, type: 'disable', code: finding.code, start: finding.start, end: finding.end } satisfies ActionData,
          }),
        );
      }
      if (!docsShown.has(finding.code)) {
        docsShown.add(finding.code);
        actions.push({
          title: `Show documentation for ${finding.code}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          command: { title: `Show documentation for ${finding.code}`, command: ServerCommands.showDocumentation, arguments: [finding.docsUrl] },
        });
      }
    }
  }

  if (wants(only, FIX_ALL_KIND) && state.findings.some((f) => f.fixes.some((x) => x.applicability === 'safe'))) {
    const action: CodeAction = {
      title: 'Fix all safe problems in this file',
      kind: FIX_ALL_KIND,
      data: { ...base, type: 'fixAll' } satisfies ActionData,
    };
    // On save (`only` names the kind) the edit is computed now: one round trip less while saving.
    actions.push(only || !deps.resolveEdits ? resolveCodeAction(action, action.data as ActionData, state, doc, deps) : action);
  }
  return actions;
}

/** Suppression comments cannot go into strict JSON (VS Code's `json` language), only JSON with comments. */
function canSuppress(doc: TextDocument): boolean {
  return doc.languageId !== 'json';
}

function toLspEdits(doc: TextDocument, edits: TextEdit[]): LspTextEdit[] {
  return edits.map((e) => ({ range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) }, newText: e.newText }));
}

/** Fills in a code action's edit for the document as it is now (`state` is its latest lint). */
export function resolveCodeAction(action: CodeAction, data: ActionData, state: LintState, doc: TextDocument, deps: Deps): CodeAction {
  if (!data || state.version !== doc.version) return action;
  const changes = (edits: LspTextEdit[]) => ({ documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] });

  if (data.type === 'fixAll') {
    if (!state.kind) return action;
    if (state.notebook) return { ...action, edit: { documentChanges: state.notebook.fixAllEdits() } };
    const options = deps.projects.optionsFor(state.filePath, state.settings);
    const outcome = fixToFixpoint(deps.engine, state.filePath, state.text, options, 'safe', state.kind);
    return { ...action, edit: changes(toLspEdits(doc, editsBetween(state.text, outcome.text))) };
  }

  // The finding the action was made for; after an edit (a newer version) the nearest one of the same rule.
  const exact = state.findings.find((f) => f.code === data.code && f.start === data.start && f.end === data.end);
  const finding =
    exact ??
    (data.version !== state.version
      ? state.findings
          .filter((f) => f.code === data.code)
          .sort((a, b) => Math.abs(a.start - data.start) - Math.abs(b.start - data.start))[0]
      : undefined);
  if (!finding) return action;

  if (data.type === 'fix') {
    const fix = finding.fixes[data.fixIndex];
    if (!fix) return action;
    if (state.notebook) {
      const documentChanges = state.notebook.fixEdits(fix);
      return documentChanges ? { ...action, edit: { documentChanges } } : action;
    }
    return { ...action, edit: changes(toLspEdits(doc, fix.edits)) };
  }

  // Disable for this line: a directive above the finding's line, indented like it.
  const line = finding.range.start.line;
  const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  const eol = state.text.includes('\r\n') ? '\r\n' : '\n';
  const { open, close } = commentSyntax(state.kind ?? 'python');
  // An XML comment may not contain `--`, so there the reason is left out.
  const reason = close.includes('-->') ? '' : ' -- <reason>';
  const newText = `${indent}${open}aoai-lint-disable-next-line ${finding.code}${reason}${close}${eol}`;
  return { ...action, edit: changes([{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText }]) };
}
