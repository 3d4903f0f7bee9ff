import type { Embedder, EmbeddedRegion } from '../../engine/engine';
import { jsonParser, propertyValue, valueOf, type JsonNode } from '../../engine/parsers/json';
import type { SourceFile } from '../../engine/source';

/**
 * Jupyter notebooks: each Python code cell becomes a `python` region. A cell's `source` is a JSON
 * string or an array of them; the region text is their decoded concatenation, and a per-character
 * table maps every offset back to the raw `.ipynb` text (an escape like `\n`, `\"` or `\u00e9` is
 * several raw characters for one decoded one). IPython lines (`!pip ...`, `%matplotlib ...`) are
 * blanked to spaces so the cell parses as Python while every offset stays where it was.
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

/** One code cell as a region, or undefined when it is not Python. */
function cellRegion(host: SourceFile, cell: JsonNode, index: number): EmbeddedRegion | undefined {
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
  const decoded = chars.join('');
  const magic = /^[ \t]*%%([A-Za-z0-9_]+)/.exec(decoded);
  if (magic && !PYTHON_CELL_MAGICS.has(magic[1].toLowerCase())) return undefined;
  return {
    kind: 'python',
    text: blankIPythonLines(decoded),
    toOuter: (offset) => offsets[Math.max(0, Math.min(offset, offsets.length - 1))],
    encode: (text) => JSON.stringify(text).slice(1, -1),
    label: `${host.path}#cell${index + 1}`,
  };
}

/** Python code cells of `.ipynb` notebooks. */
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
    const out: EmbeddedRegion[] = [];
    (cells?.children ?? []).forEach((cell, i) => {
      const region = cellRegion(host, cell, i);
      if (region) out.push(region);
    });
    return out;
  },
};
