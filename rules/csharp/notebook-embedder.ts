import type { Embedder, EmbeddedRegion } from '../../engine/engine';
import { jsonParser, propertyValue, valueOf, type JsonNode } from '../../engine/parsers/json';

/**
 * C# cells of .NET Interactive / Polyglot notebooks (`.ipynb` with a C# kernel or cells whose
 * metadata says `csharp`). All C# cells of a notebook become ONE `csharp` region, joined by line
 * breaks, because a notebook's cells share one submission state: the key read in one cell and
 * the client built in the next are followed like locals of one script. Each decoded character
 * maps back to its raw offset in the `.ipynb` JSON; the separators map to the end of their cell.
 * Directive lines (`#r "nuget: ..."`, `#!csharp`, `#!import`) are blanked to spaces, so offsets stay put.
 */

const CSHARP_NAMES = new Set(['csharp', 'c#', 'dotnet-interactive.csharp']);

/** Decodes one JSON string node, appending its characters and their raw offsets. */
function decodeInto(raw: string, node: JsonNode, chars: string[], offsets: number[]): void {
  const end = node.offset + node.length - 1; // the closing quote
  const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f' };
  for (let i = node.offset + 1; i < end; ) {
    const c = raw[i];
    offsets.push(i);
    if (c !== '\\') {
      chars.push(c);
      i++;
      continue;
    }
    const e = raw[i + 1] ?? '';
    const hex = raw.slice(i + 2, i + 6);
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(hex)) {
      chars.push(String.fromCharCode(parseInt(hex, 16)));
      i += 6;
    } else {
      chars.push(simple[e] ?? e); // \" \\ \/
      i += 2;
    }
  }
}

function lower(v: unknown): string | undefined {
  return typeof v === 'string' ? v.toLowerCase() : undefined;
}

/** The notebook's kernel language, lower-cased. */
function kernelLanguage(root: JsonNode): string | undefined {
  const metadata = propertyValue(root, 'metadata');
  return lower(valueOf(propertyValue(propertyValue(metadata, 'kernelspec'), 'language'))) ?? lower(valueOf(propertyValue(propertyValue(metadata, 'language_info'), 'name')));
}

/** The language a code cell's own metadata names, if any. */
function cellLanguage(cell: JsonNode): string | undefined {
  const metadata = propertyValue(cell, 'metadata');
  return (
    lower(valueOf(propertyValue(propertyValue(metadata, 'dotnet_interactive'), 'language'))) ??
    lower(valueOf(propertyValue(propertyValue(metadata, 'polyglot_notebook'), 'kernelName'))) ??
    lower(valueOf(propertyValue(propertyValue(metadata, 'vscode'), 'languageId')))
  );
}

/** Blanks directive lines (`#r`, `#i`, `#!magic`) to spaces, keeping every offset. */
function blankDirectives(text: string): string {
  return text.replace(/^[ \t]*#(?:!|r\s|i\s)[^\r\n]*/gm, (line) => ' '.repeat(line.length));
}

export const csharpNotebookEmbedder: Embedder = {
  id: 'csharp-notebook-cells',
  hostKinds: ['notebook'],
  // The kernel or a cell names the language as a JSON string ("csharp", "C#"); a plain literal keeps the scan linear.
  prefilter: /"(?:csharp|C#)"/i,
  regionKinds: ['csharp'],
  extract(host, parse): EmbeddedRegion[] {
    const { root } = parse(jsonParser);
    if (!root || root.type !== 'object') return [];
    const notebookCSharp = CSHARP_NAMES.has(kernelLanguage(root) ?? '');
    const chars: string[] = [];
    const offsets: number[] = [];
    for (const cell of propertyValue(root, 'cells')?.children ?? []) {
      if (valueOf(propertyValue(cell, 'cell_type')) !== 'code') continue;
      const language = cellLanguage(cell);
      // A cell says its language, or inherits the notebook's (`polyglot-notebook` is the VS Code wrapper id, not a language).
      const isCSharp = language !== undefined && language !== 'polyglot-notebook' ? CSHARP_NAMES.has(language) : notebookCSharp;
      if (!isCSharp) continue;
      const source = propertyValue(cell, 'source');
      const parts = source?.type === 'string' ? [source] : source?.type === 'array' ? (source.children ?? []) : [];
      if (parts.length === 0 || parts.some((p) => p.type !== 'string')) continue;
      const start = chars.length;
      for (const p of parts) decodeInto(host.text, p, chars, offsets);
      // `#!pwsh`, `#!fsharp`, ...: a cell in another kernel.
      if (/^\s*#!(?!csharp\b|c#)[a-z]/i.test(chars.slice(start, start + 40).join(''))) {
        chars.length = start;
        offsets.length = start;
        continue;
      }
      const last = parts[parts.length - 1];
      chars.push('\n');
      offsets.push(last.offset + last.length - 1);
    }
    if (chars.length === 0) return [];
    offsets.push(offsets[offsets.length - 1]);
    return [
      {
        kind: 'csharp',
        text: blankDirectives(chars.join('')),
        toOuter: (offset) => offsets[Math.max(0, Math.min(offset, offsets.length - 1))],
        encode: (text) => JSON.stringify(text).slice(1, -1),
      },
    ];
  },
};
