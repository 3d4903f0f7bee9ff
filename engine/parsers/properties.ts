/**
 * Java `.properties` files (Spring `application.properties`), as `java.util.Properties.load` reads
 * them: `key=value`, `key: value` or `key value`; `#` and `!` comments; a backslash at the end of a
 * line continues the value; `\=`, `\:` and `\ ` escape separators in keys. Linear; never throws.
 */
import type { Parser } from '../rule';

/** One setting, with offsets into the file. */
export interface PropertyEntry {
  /** The key as the app sees it (escapes resolved). */
  key: string;
  /** The value as the app sees it (continuations joined, leading white space of each line dropped). */
  value: string;
  keyStart: number;
  keyEnd: number;
  /** Offsets of the value as written (empty: both at the end of the separator). */
  valueStart: number;
  valueEnd: number;
  /** The logical line: from its first character to past its last line break. */
  lineStart: number;
  lineEnd: number;
}

export interface PropertiesDocument {
  entries: PropertyEntry[];
}

export function parseProperties(text: string): PropertiesDocument {
  const entries: PropertyEntry[] = [];
  const n = text.length;
  let pos = 0;
  const lineEndAt = (from: number): { end: number; next: number } => {
    let i = from;
    while (i < n && text[i] !== '\n' && text[i] !== '\r') i++;
    const next = text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i < n ? i + 1 : i;
    return { end: i, next };
  };
  while (pos < n) {
    const lineStart = pos;
    let i = pos;
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i++;
    let { end, next } = lineEndAt(i);
    if (i >= end || text[i] === '#' || text[i] === '!') {
      pos = next;
      continue;
    }
    // Key: up to an unescaped separator (=, :, white space).
    const keyStart = i;
    let key = '';
    while (i < end && !'=: \t\f'.includes(text[i])) {
      if (text[i] === '\\' && i + 1 < end) {
        key += text[i + 1];
        i += 2;
      } else key += text[i++];
    }
    const keyEnd = i;
    while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i++;
    if (i < end && (text[i] === '=' || text[i] === ':')) i++;
    while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i++;
    const valueStart = i;
    let value = '';
    let valueEnd = i;
    // Value: continuation lines while the line ends in an odd number of backslashes.
    for (;;) {
      let raw = text.slice(i, end);
      let slashes = 0;
      for (let k = raw.length - 1; k >= 0 && raw[k] === '\\'; k--) slashes++;
      const continued = slashes % 2 === 1 && next > end;
      if (slashes % 2 === 1) raw = raw.slice(0, -1); // a continuation, or a dangling backslash at the end of the file
      value += raw.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r', f: '\f' })[c] ?? c);
      valueEnd = continued ? end - 1 : end;
      if (!continued) break;
      i = next;
      while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\f')) i++;
      ({ end, next } = lineEndAt(i));
    }
    entries.push({ key, value, keyStart, keyEnd, valueStart, valueEnd: Math.max(valueStart, valueEnd), lineStart, lineEnd: next });
    pos = next;
  }
  return { entries };
}

export const propertiesParser: Parser<PropertiesDocument> = {
  id: 'properties',
  parse: (file) => parseProperties(file.text),
};
