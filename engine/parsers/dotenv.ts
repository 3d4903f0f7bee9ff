import type { Parser } from '../rule';

/** One `NAME=value` assignment of a dotenv file, with offsets into the file. */
export interface DotenvEntry {
  name: string;
  /** Offset of the first character of the line the entry starts on. */
  lineStart: number;
  /** Offset just past the entry's last line break (or the end of the file). */
  lineEnd: number;
  nameStart: number;
  nameEnd: number;
  /** Whether the line starts with `export `. */
  exported: boolean;
  /** The value as the app sees it: quotes removed, inline comment dropped. */
  value: string;
  /** Offsets of the value as written (quotes included); equal when the value is empty. */
  rawStart: number;
  rawEnd: number;
  quote: '"' | "'" | '`' | '';
  /** Offset of the end of the assignment (the closing quote or the last value character). */
  end: number;
}

/** A dotenv file as a list of assignments; comments, blank and malformed lines are skipped. */
export interface DotenvDocument {
  entries: DotenvEntry[];
}

const ASSIGNMENT = /[ \t]*(export[ \t]+)?([A-Za-z_][A-Za-z0-9_.-]*)(?:[ \t]*=[ \t]*|:[ \t]+)/y;

/**
 * Parses dotenv syntax as motdotla/dotenv and python-dotenv read it: `export` prefixes, `=` (or
 * `: `) separators, single/double/backtick quotes that may span lines, and ` #` inline comments
 * after unquoted values. Linear in the text; never throws.
 */
export function parseDotenv(text: string): DotenvDocument {
  const entries: DotenvEntry[] = [];
  let pos = 0;
  const n = text.length;
  const nextLine = (from: number): number => {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? n : nl + 1;
  };
  while (pos < n) {
    const lineStart = pos;
    ASSIGNMENT.lastIndex = pos;
    const m = ASSIGNMENT.exec(text);
    if (!m) {
      pos = nextLine(pos);
      continue;
    }
    const indent = m[0].length - m[0].trimStart().length;
    const nameStart = pos + indent + (m[1]?.length ?? 0);
    const nameEnd = nameStart + m[2].length;
    let i = pos + m[0].length;
    const q = text[i];
    let value: string;
    let rawStart = i;
    let rawEnd: number;
    let quote: DotenvEntry['quote'] = '';
    let end: number;
    if (q === '"' || q === "'" || q === '`') {
      let j = i + 1;
      while (j < n && text[j] !== q) j += text[j] === '\\' && q !== "'" ? 2 : 1;
      if (j < n) {
        quote = q;
        rawEnd = j + 1;
        value = text.slice(i + 1, j);
        if (q === '"') value = value.replace(/\\n/g, '\n').replace(/\\(["\\])/g, '$1');
        end = rawEnd;
      } else {
        // Unterminated quote: dotenv reads the rest of the line as the value.
        rawEnd = lineEndOf(text, i);
        value = text.slice(i, rawEnd).trim();
        end = rawEnd;
      }
    } else {
      const lineEnd = lineEndOf(text, i);
      let j = i;
      while (j < lineEnd && !(text[j] === '#' && (j === i || text[j - 1] === ' ' || text[j - 1] === '\t'))) j++;
      let k = j;
      while (k > i && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
      rawStart = i;
      rawEnd = k;
      value = text.slice(i, k);
      end = k;
    }
    const lineEnd = nextLine(end);
    entries.push({ name: m[2], lineStart, lineEnd, nameStart, nameEnd, exported: !!m[1], value, rawStart, rawEnd, quote, end });
    pos = lineEnd;
  }
  return { entries };
}

function lineEndOf(text: string, from: number): number {
  let i = from;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** The dotenv parser, cached per file by the engine. */
export const dotenvParser: Parser<DotenvDocument> = {
  id: 'dotenv',
  parse: (file) => parseDotenv(file.text),
};
