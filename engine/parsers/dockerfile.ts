/**
 * The settings of a Dockerfile: `ENV` and `ARG` instructions, as BuildKit reads them: instructions
 * are case-insensitive, a line ending in the escape character (`\`, or the one named by a
 * `# escape=` directive) continues the instruction, comment lines inside a continued instruction
 * are dropped, `ENV a=1 b="2 3"` sets several variables and the legacy `ENV name value` one.
 * Linear; never throws.
 */
import type { Parser } from '../rule';

/** One variable an `ENV` or `ARG` instruction sets, with offsets into the file. */
export interface DockerSetting {
  instruction: 'ENV' | 'ARG';
  name: string;
  /** The value with quotes removed; undefined for an `ARG` without a default. */
  value: string | undefined;
  nameStart: number;
  /** End of the pair as written (`name=value`, quotes included). */
  end: number;
  /** The whole instruction (through its line break) and how many variables it sets. */
  instructionStart: number;
  instructionEnd: number;
  pairs: number;
}

export interface DockerfileDocument {
  settings: DockerSetting[];
}

export function parseDockerfile(text: string): DockerfileDocument {
  const settings: DockerSetting[] = [];
  const escape = /^\s*#\s*escape\s*=\s*`/im.test(text.slice(0, 512)) ? '`' : '\\';
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    // One logical line: physical lines joined while they end with the escape character.
    const start = pos;
    const pieces: { from: number; to: number }[] = [];
    let first = true;
    for (;;) {
      let eol = text.indexOf('\n', pos);
      if (eol < 0) eol = n;
      const lineEnd = eol > pos && text[eol - 1] === '\r' ? eol - 1 : eol;
      const line = text.slice(pos, lineEnd);
      const next = eol < n ? eol + 1 : n;
      if (!first && /^\s*#/.test(line)) {
        pos = next;
        if (pos >= n) break;
        continue;
      }
      // A comment (or parser directive) line ends where it ends.
      const continued = !(first && /^\s*#/.test(line)) && line.trimEnd().endsWith(escape) && next < n;
      first = false;
      pieces.push({ from: pos, to: continued ? pos + line.trimEnd().length - 1 : lineEnd });
      pos = next;
      if (!continued) break;
    }
    const instructionEnd = pos;
    // The logical text with a map back to file offsets.
    let logical = '';
    const map: number[] = [];
    for (const p of pieces) {
      for (let i = p.from; i < p.to; i++) {
        logical += text[i];
        map.push(i);
      }
      logical += ' ';
      map.push(p.to);
    }
    map.push(instructionEnd);
    const m = /^\s*(ENV|ARG)\s+/i.exec(logical);
    if (!m) continue;
    const instruction = m[1].toUpperCase() as 'ENV' | 'ARG';
    const body = logical.slice(m[0].length);
    const base = m[0].length;
    const found: Omit<DockerSetting, 'pairs'>[] = [];
    if (instruction === 'ENV' && /^[A-Za-z_][A-Za-z0-9_.-]*\s+[^=\s]/.test(body) && !/^[A-Za-z_][A-Za-z0-9_.-]*=/.test(body)) {
      // Legacy `ENV name value with spaces`.
      const name = /^[A-Za-z_][A-Za-z0-9_.-]*/.exec(body)![0];
      const valueText = body.slice(name.length).trim();
      found.push({ instruction, name, value: unquote(valueText), nameStart: map[base], end: map[base + body.trimEnd().length] ?? instructionEnd, instructionStart: start, instructionEnd });
    } else {
      const pair = /([A-Za-z_][A-Za-z0-9_.-]*)(?:=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s"']*))?/g;
      let i = 0;
      while (i < body.length) {
        while (i < body.length && /\s/.test(body[i])) i++;
        if (i >= body.length) break;
        pair.lastIndex = i;
        const p = pair.exec(body);
        if (!p || p.index !== i) {
          while (i < body.length && !/\s/.test(body[i])) i++; // not a pair: skip the word
          continue;
        }
        const value = p[2] === undefined ? (instruction === 'ARG' ? undefined : '') : unquote(p[2]);
        found.push({ instruction, name: p[1], value, nameStart: map[base + i], end: map[base + i + p[0].length], instructionStart: start, instructionEnd });
        i += Math.max(1, p[0].length);
      }
    }
    for (const f of found) settings.push({ ...f, pairs: found.length });
  }
  return { settings };
}

function unquote(v: string): string {
  if (v.length >= 2 && ((v[0] === '"' && v.endsWith('"')) || (v[0] === "'" && v.endsWith("'")))) return v.slice(1, -1).replace(/\\(.)/g, '$1');
  return v;
}

export const dockerfileParser: Parser<DockerfileDocument> = {
  id: 'dockerfile',
  parse: (file) => parseDockerfile(file.text),
};
