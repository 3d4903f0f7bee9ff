/**
 * Balanced scanning of APIM policy expressions (`@(...)` single expressions, `@{...}` statement
 * blocks). They are C# 7 and may hold raw `"`, `<`, `&&` and line breaks inside an XML attribute,
 * so the end of an expression is found by bracket balance, skipping C# string, char and comment
 * content, before anyone looks for the attribute's closing quote (iac-apim-rules.md §3.6).
 *
 * Well-formed ("xml" format) policies write the same code with entities (`&quot;`, `&lt;`,
 * `&amp;&amp;`), so the scanner reads the five predefined entities as the characters they stand
 * for. Every loop advances; nesting depth is capped, so the scan is linear and cannot overflow.
 */

/** Deepest nesting of interpolated strings inside interpolation holes the scanner follows. */
const MAX_DEPTH = 64;

const ENTITIES: [string, string][] = [
  ['&quot;', '"'],
  ['&apos;', "'"],
  ['&lt;', '<'],
  ['&gt;', '>'],
  ['&amp;', '&'],
];

/** The character at `i`, reading a predefined entity as one character; `len` is its width in the text. */
function charAt(text: string, i: number): { ch: string; len: number } {
  const c = text[i];
  if (c === '&') {
    for (const [entity, ch] of ENTITIES) if (text.startsWith(entity, i)) return { ch, len: entity.length };
  }
  return { ch: c, len: 1 };
}

const CLOSER: Record<string, string> = { '(': ')', '{': '}', '[': ']' };

/**
 * Scans a policy expression starting at `start` (the `@` of `@(` or `@{`). Returns the offset just
 * after its closing bracket, or -1 when the text ends before the brackets balance.
 */
export function scanPolicyExpression(text: string, start: number): number {
  const open = text[start + 1];
  if (text[start] !== '@' || (open !== '(' && open !== '{')) return -1;
  return scanBalanced(text, start + 2, [CLOSER[open]], 0);
}

/** Scans C# code until the brackets in `stack` are closed. Returns the offset after the last closer, or -1. */
function scanBalanced(text: string, i: number, stack: string[], depth: number): number {
  const n = text.length;
  while (i < n) {
    const { ch, len } = charAt(text, i);
    const next = charAt(text, i + len).ch;
    if (ch === '"') {
      i = scanString(text, i + len, false, false, depth);
    } else if ((ch === '@' && next === '"') || (ch === '$' && next === '"')) {
      const verbatim = ch === '@';
      i = scanString(text, i + len + charAt(text, i + len).len, verbatim, !verbatim, depth);
    } else if ((ch === '$' && next === '@') || (ch === '@' && next === '$')) {
      const second = i + len + charAt(text, i + len).len;
      const quote = charAt(text, second);
      i = quote.ch === '"' ? scanString(text, second + quote.len, true, true, depth) : i + len;
    } else if (ch === "'") {
      i = scanChar(text, i, len);
    } else if (ch === '/' && next === '/') {
      const eol = text.indexOf('\n', i);
      i = eol < 0 ? n : eol;
    } else if (ch === '/' && next === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
    } else if (ch === '(' || ch === '{' || ch === '[') {
      stack.push(CLOSER[ch]);
      i += len;
    } else if (ch === ')' || ch === '}' || ch === ']') {
      i += len;
      const at = stack.lastIndexOf(ch);
      if (at >= 0) {
        stack.length = at;
        if (stack.length === 0) return i;
      }
    } else {
      i += len;
    }
    if (i < 0) return -1;
  }
  return -1;
}

/**
 * Scans a C# string body from `i` (just after the opening quote). Regular strings end at an
 * unescaped `"` (or, tolerantly, at the end of the line); verbatim ones at a `"` not doubled;
 * interpolated ones skip `{{`/`}}` and scan `{...}` holes as code. Returns the offset after the
 * closing quote, or -1 at the end of the text.
 */
function scanString(text: string, i: number, verbatim: boolean, interpolated: boolean, depth: number): number {
  const n = text.length;
  while (i < n) {
    const { ch, len } = charAt(text, i);
    if (ch === '"') {
      if (verbatim && charAt(text, i + len).ch === '"') {
        i += len + charAt(text, i + len).len;
        continue;
      }
      return i + len;
    }
    if (!verbatim && ch === '\\') {
      i += len + charAt(text, i + len).len;
      continue;
    }
    if (!verbatim && (ch === '\n' || ch === '\r')) return i; // unterminated regular string: stop at the line end
    if (interpolated && ch === '{') {
      if (charAt(text, i + len).ch === '{') {
        i += len + 1;
        continue;
      }
      if (depth >= MAX_DEPTH) return -1;
      i = scanBalanced(text, i + len, ['}'], depth + 1);
      if (i < 0) return -1;
      continue;
    }
    i += len;
  }
  return -1;
}

/** Skips a C# char literal (`'x'`, `'\''`, `'\u0041'`) at `i`; a lone `'` is skipped as one character. */
function scanChar(text: string, i: number, len: number): number {
  let j = i + len;
  const first = charAt(text, j);
  if (first.ch === '\\') {
    j += first.len;
    // An escape is at most `\U0010FFFF`: look a few characters ahead for the closing quote.
    for (let k = 0; k < 10 && j < text.length; k++) {
      const c = charAt(text, j);
      j += c.len;
      if (c.ch === "'") return j;
    }
    return i + len;
  }
  if (first.ch !== undefined && first.ch !== '\n') {
    const after = charAt(text, j + first.len);
    if (after.ch === "'") return j + first.len + after.len;
  }
  return i + len;
}
