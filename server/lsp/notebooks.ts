import type { NotebookDocument, TextDocumentEdit, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Engine } from '../../engine/engine';
import { fixToFixpoint } from '../../engine/fixes';
import type { Finding, Fix, TextEdit } from '../../engine/types';
import { joinNotebookCells, notebookModulePath, pythonCellText } from '../../rules/python/notebook-embedder';
import type { LintState, NotebookLink } from './code-actions';
import type { Projects } from './projects';
import type { ResourceSettings } from './protocol';
import { editsBetween } from './text-edits';

/**
 * Open notebooks (LSP notebook document sync) are linted as the CLI lints an `.ipynb`: the Python
 * code cells in notebook order, joined into ONE module by the notebook embedder's own helper (a
 * notebook runs in one namespace, so an import or key assigned in cell 1 is resolved in cell 3).
 * Findings are split back onto the cells (offsets and ranges rebased); a fix's edits are mapped
 * to the cells they fall in, so one fix may edit several cells (the `azure.identity` import added
 * at the top of the first cell while the call in cell 3 is rewritten).
 */

/** NotebookCellKind.Code in LSP. */
const CODE_CELL = 2;

interface Cell {
  doc: TextDocument;
  /** Offset of the cell in the joined module. */
  start: number;
  length: number;
}

/** One lint of one open notebook. */
export interface NotebookLint {
  /** The notebook version and every cell's URI and version it was computed from. */
  key: string;
  /** Per cell URI (every cell of the notebook, Python or not): what code actions read. */
  states: Map<string, LintState>;
  /** The notebook's fixes of `mode` to a fixpoint (as the CLI's --fix), as versioned edits of its cells. */
  fixAll(mode: 'safe' | 'unsafe'): { changes: TextDocumentEdit[]; fixed: number };
}

/** Identifies the content a lint was computed from: stale when a cell, the order or the notebook changed. */
export function notebookKey(nb: NotebookDocument, cellDoc: (uri: string) => TextDocument | undefined): string {
  return `${nb.version}|${nb.cells.map((c) => `${c.document}@${cellDoc(c.document)?.version ?? '-'}`).join('|')}`;
}

/** Lints an open notebook as one Python module and splits the result by cell. */
export function lintNotebook(
  nb: NotebookDocument,
  cellDoc: (uri: string) => TextDocument | undefined,
  filePath: string,
  s: ResourceSettings,
  deps: { engine: Engine; projects: Projects; log: (msg: string) => void },
): NotebookLint {
  const cells: Cell[] = [];
  const texts: string[] = [];
  for (const c of nb.cells) {
    const doc = cellDoc(c.document);
    if (!doc || c.kind !== CODE_CELL || doc.languageId !== 'python') continue;
    const text = pythonCellText(doc.getText());
    if (text === undefined) continue; // %%bash and other cell magics: not Python, as in the CLI
    texts.push(text);
    cells.push({ doc, start: 0, length: text.length });
  }
  const { text, starts } = joinNotebookCells(texts);
  cells.forEach((c, i) => (c.start = starts[i]));
  const options = deps.projects.optionsFor(filePath, s);
  // Under the path the CLI's notebook embedder gives the module (config still comes from the file's path).
  const modulePath = notebookModulePath(filePath);
  const result = s.enable && cells.length ? deps.engine.lint(modulePath, text, options, 'python') : undefined;
  for (const n of result?.notices ?? []) deps.log(`${nb.uri}: ${n.message}`);

  /** The cell an offset of the joined text is in: the newline after a cell belongs to that cell. */
  const cellAt = (offset: number): number => {
    let lo = 0;
    let hi = cells.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cells[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  /** A joined-text range as a cell and offsets in it; undefined when it spans cells. */
  const locate = (start: number, end: number): { cell: number; start: number; end: number } | undefined => {
    const i = cellAt(start);
    const c = cells[i];
    const localEnd = end - c.start;
    if (localEnd > c.length + 1) return undefined;
    return { cell: i, start: Math.min(start - c.start, c.length), end: Math.min(localEnd, c.length) };
  };
  /** A joined-text edit in one cell. An edit through the newline that ends a cell (a line diff's)
   * must put that newline back, else it would merge two cells: then it has no per-cell form. */
  const locateEdit = (e: TextEdit): { cell: number; edit: TextEdit } | undefined => {
    const at = locate(e.start, e.end);
    if (!at) return undefined;
    if (e.end - cells[at.cell].start <= cells[at.cell].length) return { cell: at.cell, edit: { start: at.start, end: at.end, newText: e.newText } };
    if (!e.newText.endsWith('\n')) return undefined;
    return { cell: at.cell, edit: { start: at.start, end: at.end, newText: e.newText.slice(0, -1) } };
  };
  const toLsp = (doc: TextDocument, e: TextEdit): LspTextEdit => ({
    range: { start: doc.positionAt(e.start), end: doc.positionAt(e.end) },
    newText: e.newText,
  });
  /** Joined-text edits as one versioned text document edit per cell; undefined if one spans cells.
   * With `only`, the edits of that cell (-1: of every cell), leaving out any that span cells. */
  const perCell = (edits: readonly TextEdit[], only?: number): TextDocumentEdit[] | undefined => {
    const byCell = new Map<number, LspTextEdit[]>();
    for (const e of edits) {
      const at = locateEdit(e);
      if (!at) {
        if (only === undefined) return undefined;
        continue;
      }
      if (only !== undefined && only !== -1 && at.cell !== only) continue;
      const list = byCell.get(at.cell) ?? [];
      list.push(toLsp(cells[at.cell].doc, at.edit));
      byCell.set(at.cell, list);
    }
    return [...byCell.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([i, list]) => ({ textDocument: { uri: cells[i].doc.uri, version: cells[i].doc.version }, edits: list }));
  };

  const findingsByCell = cells.map((): Finding[] => []);
  for (const f of result?.findings ?? []) {
    const at = locate(f.start, f.end) ?? locate(f.start, f.start);
    if (!at) continue;
    const doc = cells[at.cell].doc;
    // Offsets and range rebased onto the cell; the fixes stay in joined offsets (the link maps them).
    findingsByCell[at.cell].push({ ...f, start: at.start, end: at.end, range: { start: doc.positionAt(at.start), end: doc.positionAt(at.end) } });
  }

  const fixAll = (mode: 'safe' | 'unsafe', cell?: number) => {
    if (!result) return { changes: [], fixed: 0 };
    const outcome = fixToFixpoint(deps.engine, modulePath, text, options, mode, 'python');
    return { changes: perCell(editsBetween(text, outcome.text), cell ?? -1) ?? [], fixed: outcome.fixedCount };
  };
  const key = notebookKey(nb, cellDoc);
  const states = new Map<string, LintState>();
  cells.forEach((c, i) => {
    const link: NotebookLink = {
      fixEdits: (fix: Fix) => perCell(fix.edits),
      // The notebook's safe fixes to a fixpoint, as the CLI's --fix would; this cell's share of them.
      fixAllEdits: () => fixAll('safe', i).changes,
    };
    states.set(c.doc.uri, {
      uri: c.doc.uri,
      version: c.doc.version,
      kind: 'python',
      filePath,
      text: c.doc.getText(),
      findings: findingsByCell[i],
      settings: s,
      notebook: link,
    });
  });
  // Cells that are not linted (markdown, other languages) publish nothing.
  for (const c of nb.cells) {
    const doc = cellDoc(c.document);
    if (doc && !states.has(doc.uri)) {
      states.set(doc.uri, { uri: doc.uri, version: doc.version, kind: undefined, filePath, text: doc.getText(), findings: [], settings: s });
    }
  }
  return { key, states, fixAll: (mode) => fixAll(mode) };
}
