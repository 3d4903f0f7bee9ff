import type { Parser } from '../rule';

/** A `Name: value` header line of a request, with offsets into the file. */
export interface HttpHeader {
  name: string;
  value: string;
  nameStart: number;
  valueStart: number;
  valueEnd: number;
  /** Offset of the line's first character and just past its line break. */
  lineStart: number;
  lineEnd: number;
}

/** One request of a `.http`/`.rest` file: request line, headers (body not kept). */
export interface HttpRequest {
  method: string | undefined;
  /** The URL as written, query continuation lines (`?a=1`, `&b=2`) appended. */
  url: string;
  urlStart: number;
  urlEnd: number;
  headers: HttpHeader[];
}

/** One `@name = value` file variable definition, with offsets into the file. */
export interface HttpVariable {
  name: string;
  value: string;
  /** Offset of the `@`. */
  start: number;
  valueStart: number;
  valueEnd: number;
}

/** A VS Code REST Client / JetBrains HTTP Client file. */
export interface HttpDocument {
  /** File variables `@name = value` (the last definition wins, as in REST Client). */
  variables: Map<string, string>;
  /** Every file variable definition, in document order. */
  definitions: HttpVariable[];
  requests: HttpRequest[];
}

const METHOD = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|CONNECT|TRACE|LOCK|UNLOCK|PROPFIND|PROPPATCH|COPY|MOVE|MKCOL|MKCALENDAR|ACL|SEARCH)\s+/i;
// The values are trimmed in code: a lazy `(.*?)` before `\s*$` is quadratic on a long run of blanks.
const VARIABLE = /^@([A-Za-z_][\w-]*)\s*=(.*)$/;
const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+)[ \t]*:(.*)$/;

/**
 * Parses the request structure REST Client uses: `###` separates requests; `#`/`//` lines are
 * comments; `@x = y` defines a file variable; the first other line is the request line, then
 * header lines until the first blank line, then the body. Line-oriented; never throws.
 */
export function parseHttp(text: string): HttpDocument {
  const variables = new Map<string, string>();
  const definitions: HttpVariable[] = [];
  const requests: HttpRequest[] = [];
  let state: 'idle' | 'headers' | 'body' = 'idle';
  let current: HttpRequest | undefined;
  let pos = 0;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl + 1;
    const raw = text.slice(pos, nl < 0 ? text.length : nl).replace(/\r$/, '');
    const trimmed = raw.trim();
    const indent = raw.length - raw.trimStart().length;
    if (/^###/.test(trimmed)) {
      state = 'idle';
      current = undefined;
    } else if (state === 'body') {
      // Body text is opaque here.
    } else if (trimmed === '') {
      if (state === 'headers') state = 'body';
    } else if (trimmed.startsWith('#') || trimmed.startsWith('//')) {
      // Comment, or `# @name` request metadata.
    } else if (state === 'idle' && VARIABLE.test(trimmed)) {
      const m = VARIABLE.exec(trimmed)!;
      const value = m[2].trim();
      variables.set(m[1], value);
      const start = pos + indent;
      const valueStart = start + trimmed.length - value.length; // the value is what ends the trimmed line
      definitions.push({ name: m[1], value, start, valueStart, valueEnd: valueStart + value.length });
    } else if (state === 'idle') {
      const m = METHOD.exec(trimmed);
      const afterMethod = m ? m[0].length : 0;
      const urlText = trimmed.slice(afterMethod).replace(/\s+HTTP\/[\d.]+$/i, '');
      const urlStart = pos + indent + afterMethod;
      current = { method: m?.[1].toUpperCase(), url: urlText, urlStart, urlEnd: urlStart + urlText.length, headers: [] };
      requests.push(current);
      state = 'headers';
    } else if (current && (trimmed.startsWith('?') || trimmed.startsWith('&')) && current.headers.length === 0) {
      current.url += trimmed;
    } else if (current) {
      const m = HEADER.exec(raw.trimStart());
      if (m) m[2] = trimBlanks(m[2]);
      if (m) {
        const nameStart = pos + indent;
        const valueStart = nameStart + raw.trimStart().indexOf(m[2], m[1].length + 1);
        const value = m[2];
        current.headers.push({
          name: m[1],
          value,
          nameStart,
          valueStart: value ? valueStart : nameStart + raw.trimEnd().length - indent,
          valueEnd: value ? valueStart + value.length : nameStart + raw.trimEnd().length - indent,
          lineStart: pos,
          lineEnd,
        });
      }
    }
    if (nl < 0) break;
    pos = lineEnd;
  }
  return { variables, definitions, requests };
}

/** Replaces `{{name}}` with file variables (two rounds, for variables built from variables). */
export function resolveVariables(text: string, variables: Map<string, string>): string {
  let out = text;
  for (let round = 0; round < 2; round++) out = out.replace(/\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g, (m, name: string) => variables.get(name) ?? m);
  return out;
}

export const httpParser: Parser<HttpDocument> = {
  id: 'http',
  parse: (file) => parseHttp(file.text),
};

/** `s` without leading and trailing spaces and tabs. */
function trimBlanks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ' ' || s[a] === '\t')) a++;
  while (b > a && (s[b - 1] === ' ' || s[b - 1] === '\t')) b--;
  return s.slice(a, b);
}
