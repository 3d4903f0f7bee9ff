/** Line-level removals for block-style YAML (flow collections get no fix). */
import type { TextEdit } from '../../engine/types';

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n') i--;
  return i;
}

/** Trims trailing whitespace/newlines back from `end`. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1])) e--;
  return e;
}

/**
 * Deletes the lines spanning [start, end) when nothing but `prefix` (e.g. `- `) and indentation
 * precedes `start` on its line, and nothing but a comment follows `end` on its line.
 */
export function removeLines(text: string, start: number, end: number, prefix: RegExp = /^[ \t]*$/): TextEdit | undefined {
  const ls = lineStartOf(text, start);
  if (!prefix.test(text.slice(ls, start))) return undefined;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl;
  const rest = text.slice(end, lineEnd).trim();
  if (rest !== '' && !rest.startsWith('#')) return undefined;
  return { start: ls, end: nl < 0 ? text.length : nl + 1, newText: '' };
}

/** A sequence item's own lines: `- ` then the item. */
export const SEQ_ITEM_PREFIX = /^[ \t]*-[ \t]+$/;
