import type { Parser } from '../rule';

/** A shell word: its text with quotes removed (substitutions kept as written) and its offsets. */
export interface ShellWord {
  text: string;
  start: number;
  end: number;
  /** The quote the word starts with (`"`, `'`), or '' when it starts unquoted. */
  quote: '"' | "'" | '';
}

/** A simple command: words up to `;`, `&&`, `||`, `|`, `&` or an unescaped newline. */
export interface ShellCommand {
  words: ShellWord[];
  start: number;
  end: number;
}

/** A POSIX-ish shell script (bash/zsh/sh) split into simple commands. */
export interface ShellDocument {
  commands: ShellCommand[];
  /** `[start, end)` of every comment. */
  comments: [number, number][];
}

/**
 * A small POSIX shell lexer: quotes (`'`, `"`, `$'…'`), backslash escapes and `\`-newline
 * continuations, `$(…)` / backtick substitutions (kept inside their word, nesting counted),
 * comments, command separators and here-document bodies (skipped). It does not expand anything.
 * Linear in the text; never throws.
 */
/** Deeper `"$("$(…` nesting than this is not real shell; the rest of the text is one word. */
const MAX_NESTING = 200;

export function parseShell(text: string): ShellDocument {
  const commands: ShellCommand[] = [];
  const comments: [number, number][] = [];
  const n = text.length;
  let words: ShellWord[] = [];
  let heredocs: { delim: string; strip: boolean }[] = [];
  let i = 0;

  const endCommand = () => {
    if (words.length) commands.push({ words, start: words[0].start, end: words[words.length - 1].end });
    words = [];
  };
  /** Index just past the `)` matching the `(` at `open`, skipping quoted text. */
  const skipParens = (open: number, nesting = 0): number => {
    if (nesting > MAX_NESTING) return n;
    let depth = 0;
    let j = open;
    while (j < n) {
      const c = text[j];
      if (c === '\\') j += 2;
      else if (c === "'") j = skipTo(j + 1, "'");
      else if (c === '"') j = skipDouble(j + 1, nesting + 1);
      else if (c === '(') {
        depth++;
        j++;
      } else if (c === ')') {
        depth--;
        j++;
        if (depth === 0) return j;
      } else j++;
    }
    return n;
  };
  const skipTo = (from: number, ch: string): number => {
    const k = text.indexOf(ch, from);
    return k < 0 ? n : k + 1;
  };
  /** Index just past the closing `"` of a double-quoted string whose body starts at `from`. */
  const skipDouble = (from: number, nesting = 0): number => {
    if (nesting > MAX_NESTING) return n;
    let j = from;
    while (j < n && text[j] !== '"') {
      if (text[j] === '\\') j += 2;
      else if (text[j] === '$' && text[j + 1] === '(') j = skipParens(j + 1, nesting + 1);
      else if (text[j] === '`') j = skipTo(j + 1, '`');
      else j++;
    }
    return Math.min(j + 1, n);
  };
  const skipHeredocs = (from: number): number => {
    let pos = from;
    for (const h of heredocs) {
      while (pos < n) {
        const nl = text.indexOf('\n', pos);
        const lineEnd = nl < 0 ? n : nl;
        let line = text.slice(pos, lineEnd).replace(/\r$/, '');
        if (h.strip) line = line.replace(/^\t+/, '');
        pos = nl < 0 ? n : nl + 1;
        if (line === h.delim) break;
      }
    }
    heredocs = [];
    return pos;
  };

  while (i < n) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
    } else if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\r' ? 3 : 2;
    } else if (c === '\n') {
      endCommand();
      i = heredocs.length ? skipHeredocs(i + 1) : i + 1;
    } else if (c === '#') {
      const nl = text.indexOf('\n', i);
      const end = nl < 0 ? n : nl;
      comments.push([i, end]);
      i = end;
    } else if (c === ';' || c === '&' || c === '|') {
      endCommand();
      i += text[i + 1] === c ? 2 : 1;
    } else if (c === '(' || c === ')' || c === '{' && /\s/.test(text[i + 1] ?? ' ') || c === '}' && words.length === 0) {
      endCommand();
      i++;
    } else {
      // A word: runs until unquoted whitespace or an operator.
      const start = i;
      let value = '';
      const quote: ShellWord['quote'] = c === '"' || c === "'" ? c : '';
      while (i < n) {
        const d = text[i];
        if (d === ' ' || d === '\t' || d === '\n' || d === '\r' || d === ';' || d === '&' || d === '|' || d === ')' || d === '(' && !value.endsWith('$')) break;
        if (d === '\\') {
          if (text[i + 1] === '\n') {
            i += 2;
            break;
          }
          value += text[i + 1] ?? '';
          i += 2;
        } else if (d === "'") {
          const end = skipTo(i + 1, "'");
          value += text.slice(i + 1, end - 1);
          i = end;
        } else if (d === '$' && text[i + 1] === "'") {
          const end = skipTo(i + 2, "'");
          value += text.slice(i + 2, end - 1);
          i = end;
        } else if (d === '"') {
          const end = skipDouble(i + 1);
          value += text.slice(i + 1, end - 1).replace(/\\(["\\$`])/g, '$1');
          i = end;
        } else if (d === '$' && text[i + 1] === '(') {
          const end = skipParens(i + 1);
          value += text.slice(i, end);
          i = end;
        } else if (d === '`') {
          const end = skipTo(i + 1, '`');
          value += text.slice(i, end);
          i = end;
        } else {
          value += d;
          i++;
        }
      }
      if (i === start) {
        i++;
        continue;
      }
      words.push({ text: value, start, end: i, quote });
      const here = /^<<(-?)\s*['"]?([A-Za-z_][\w-]*)['"]?$/.exec(value);
      if (here) heredocs.push({ delim: here[2], strip: here[1] === '-' });
      else if ((value === '<<' || value === '<<-') && i < n) {
        // `<< EOF`: the delimiter is the next word; handled when it arrives.
      } else if (words.length >= 2 && /^<<-?$/.test(words[words.length - 2].text)) {
        heredocs.push({ delim: value, strip: words[words.length - 2].text === '<<-' });
      }
    }
  }
  endCommand();
  return { commands, comments };
}

/** True when `offset` falls inside a comment of `doc`. */
export function inComment(doc: ShellDocument, offset: number): boolean {
  return doc.comments.some(([s, e]) => offset >= s && offset < e);
}

export const shellParser: Parser<ShellDocument> = {
  id: 'shell',
  parse: (file) => parseShell(file.text),
};
