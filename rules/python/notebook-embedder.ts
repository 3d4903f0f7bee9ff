import type { Embedder } from '../../engine/engine';
import { jsonParser, propertyValue, valueOf, type JsonNode } from '../../engine/parsers/json';
import type { SourceFile } from '../../engine/source';

/**
 * Jupyter notebooks: the Python code cells become ONE `python` region, in order, because a
 * notebook runs top to bottom in one namespace: the key assigned in cell 2 is the `api_key=api_key`
 * of cell 5, and the imports of cell 1 bind the clients of cell 3. A cell's `source` is a JSON
 * string or an array of them; the region text is their decoded concatenation, each cell followed by
 * a newline, and a per-character table maps every offset back to the raw `.ipynb` text (an escape
 * like `\n`, `\"` or `\u00e9` is several raw characters for one decoded one; the newline after a
 * cell maps to its closing quote, so text inserted there lands at the end of that cell). IPython
 * lines (`!pip ...`, `%matplotlib ...`) are blanked to spaces so the cells parse as Python while
 * every offset stays where it was.
 */

/** Cell magics whose body is still Python (everything else, `%%bash`, `%%sql`, ..., is skipped). */
const PYTHON_CELL_MAGICS = new Set(['python', 'python3', 'time', 'timeit', 'capture', 'prun']);

/** Decodes one JSON string node, appending its characters and their raw offsets. */
function decodeInto(raw: string, node: JsonNode, chars: string[], offsets: number[]): void {
  const end = node.offset + node.length - 1; // the closing quote
  for (let i = node.offset + 1; i < end; ) {
    const c = raw[i];
    if (c !== '\\') {
      chars.push(c);
      offsets.push(i);
      i++;
      continue;
    }
    const e = raw[i + 1];
    let decoded: string;
    let width = 2;
    switch (e) {
      case 'n': decoded = '\n'; break;
      case 't': decoded = '\t'; break;
      case 'r': decoded = '\r'; break;
      case 'b': decoded = '\b'; break;
      case 'f': decoded = '\f'; break;
      case 'u': {
        const hex = raw.slice(i + 2, i + 6);
        decoded = /^[0-9a-fA-F]{4}$/.test(hex) ? String.fromCharCode(parseInt(hex, 16)) : 'u';
        width = /^[0-9a-fA-F]{4}$/.test(hex) ? 6 : 2;
        break;
      }
      default: decoded = e ?? ''; // \" \\ \/
    }
    chars.push(decoded);
    offsets.push(i);
    i += width;
  }
}

/** Replaces IPython-only lines (`!cmd`, `%magic`, the `%%magic` header) with spaces, keeping length. */
function blankIPythonLines(text: string): string {
  return text.replace(/^[ \t]*[!%][^\r\n]*/gm, (line) => ' '.repeat(line.length));
}

/** The language of the notebook's kernel, lower-cased (undefined when the metadata says nothing). */
function kernelLanguage(root: JsonNode): string | undefined {
  const metadata = propertyValue(root, 'metadata');
  const lang = valueOf(propertyValue(propertyValue(metadata, 'kernelspec'), 'language')) ?? valueOf(propertyValue(propertyValue(metadata, 'language_info'), 'name'));
  return typeof lang === 'string' ? lang.toLowerCase() : undefined;
}

/** One code cell's decoded text and raw offsets (one more offset than characters: the end), or undefined when it is not Python. */
function decodeCell(host: SourceFile, cell: JsonNode): { text: string; offsets: number[] } | undefined {
  if (valueOf(propertyValue(cell, 'cell_type')) !== 'code') return undefined;
  const cellLanguage = valueOf(propertyValue(propertyValue(propertyValue(cell, 'metadata'), 'vscode'), 'languageId'));
  if (typeof cellLanguage === 'string' && cellLanguage !== 'python') return undefined;
  const source = propertyValue(cell, 'source');
  const parts = source?.type === 'string' ? [source] : source?.type === 'array' ? (source.children ?? []) : [];
  if (parts.length === 0 || parts.some((p) => p.type !== 'string')) return undefined;
  const chars: string[] = [];
  const offsets: number[] = [];
  for (const p of parts) decodeInto(host.text, p, chars, offsets);
  const last = parts[parts.length - 1];
  offsets.push(last.offset + last.length - 1);
  const text = pythonCellText(chars.join(''));
  return text === undefined ? undefined : { text, offsets };
}

/**
 * A code cell's source as the notebook's Python module sees it: IPython lines blanked to spaces
 * (same length, so offsets stay put), or undefined when a cell magic (`%%bash`) makes it another
 * language. Shared with the language server, which lints open notebooks cell by cell from the editor.
 */
export function pythonCellText(source: string): string | undefined {
  const magic = /^[ \t]*%%([A-Za-z0-9_]+)/.exec(source);
  if (magic && !PYTHON_CELL_MAGICS.has(magic[1].toLowerCase())) return undefined;
  return blankIPythonLines(source);
}

/**
 * The one Python module of a notebook: its cells' texts (from {@link pythonCellText}) in order,
 * each followed by a newline. `starts[i]` is where cell i begins in `text`.
 */
export function joinNotebookCells(cells: readonly string[]): { text: string; starts: number[] } {
  const starts: number[] = [];
  let offset = 0;
  for (const c of cells) {
    starts.push(offset);
    offset += c.length + 1;
  }
  return { text: cells.map((c) => c + '\n').join(''), starts };
}

/**
 * The path the notebook's Python module is linted under (`nb.ipynb#cells`): rules read it to know
 * they are in a notebook, where a bare `AzureOpenAI` may come from a kernel set up elsewhere.
 */
export function notebookModulePath(notebookPath: string): string {
  return `${notebookPath}#cells`;
}

/** Python code cells of `.ipynb` notebooks, as one region. */
export const notebookEmbedder: Embedder = {
  id: 'python-notebook-cells',
  hostKinds: ['notebook'],
  regionKinds: ['python'],
  prefilter: /"cell_type"/,
  extract(host, parse) {
    const { root } = parse(jsonParser);
    if (!root || root.type !== 'object') return [];
    const language = kernelLanguage(root);
    if (language !== undefined && language !== 'python') return [];
    const cells = propertyValue(root, 'cells');
    const texts: string[] = [];
    const offsets: number[] = [];
    for (const cell of cells?.children ?? []) {
      const decoded = decodeCell(host, cell);
      if (!decoded) continue;
      texts.push(decoded.text);
      // The cell's characters, then its end (the closing quote) for the newline that ends it.
      for (const o of decoded.offsets) offsets.push(o);
    }
    if (texts.length === 0) return [];
    const end = offsets[offsets.length - 1];
    return [
      {
        kind: 'python',
        text: joinNotebookCells(texts).text,
        toOuter: (offset) => (offset >= offsets.length ? end : offsets[Math.max(0, offset)]),
        encode: (text) => JSON.stringify(text).slice(1, -1),
        label: notebookModulePath(host.path),
      },
    ];
  },
};
