import { diffLines } from 'diff';
import type { TextEdit } from '../../engine/types';

/**
 * The offset edits that turn `before` into `after`, one per changed run of lines, so that a
 * fixed file is sent as small edits (the cursor, folding and undo stops elsewhere survive, and
 * the refactor preview shows each change) instead of one whole-document replacement.
 */
export function editsBetween(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const edits: TextEdit[] = [];
  let offset = 0;
  let pending: TextEdit | undefined;
  for (const part of diffLines(before, after)) {
    if (part.added) {
      pending ??= { start: offset, end: offset, newText: '' };
      pending.newText += part.value;
    } else if (part.removed) {
      pending ??= { start: offset, end: offset, newText: '' };
      offset += part.value.length;
      pending.end = offset;
    } else {
      if (pending) edits.push(pending);
      pending = undefined;
      offset += part.value.length;
    }
  }
  if (pending) edits.push(pending);
  return edits;
}
