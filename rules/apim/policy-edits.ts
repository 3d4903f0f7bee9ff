import type { SourceFile } from '../../engine/source';
import type { PolicyDocument, PolicyElement } from '../../engine/parsers/apim';

/** Helpers that write policy XML in the file's own layout (indentation, line breaks). */

/** `https://cognitiveservices.azure.com/.default` → `https://cognitiveservices.azure.com` (the MI `resource`). */
export function resourceOfScope(scope: string): string {
  return scope.replace(/\/\.default$/, '');
}

/** True when only whitespace precedes `offset` on its line. */
export function startsLine(file: SourceFile, offset: number): boolean {
  const line = file.lines.positionAt(offset).line;
  return file.text.slice(file.lines.lineStart(line), offset).trim() === '';
}

/** The document's indentation step: the first child-on-its-own-line's indent minus its parent's. */
export function indentUnit(file: SourceFile, doc: PolicyDocument): string {
  for (const el of doc.elements) {
    if (!el.parent || !startsLine(file, el.start) || !startsLine(file, el.parent.start)) continue;
    const inner = file.indentAt(el.start);
    const outer = file.indentAt(el.parent.start);
    if (inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
  }
  return '    ';
}

/** The indentation for a new child of `parent`: its first child's on its own line, else parent's + one step. */
export function childIndent(file: SourceFile, doc: PolicyDocument, parent: PolicyElement): string {
  for (const c of parent.children) if (startsLine(file, c.start)) return file.indentAt(c.start);
  return file.indentAt(parent.start) + indentUnit(file, doc);
}

/** True when the element's start and end tags are on one line. */
export function isSingleLine(file: SourceFile, el: PolicyElement): boolean {
  return file.lines.positionAt(el.start).line === file.lines.positionAt(el.end).line;
}

/**
 * Lays out nested lines (`[depth, text]`) at `indent` with `unit` per depth, joined by the file's
 * line break; `inline` joins them with nothing (for one-line sections).
 */
export function layout(lines: [number, string][], indent: string, unit: string, eol: string, inline: boolean): string {
  if (inline) return lines.map(([, t]) => t).join('');
  return lines.map(([d, t], i) => (i === 0 ? '' : indent + unit.repeat(d)) + t).join(eol);
}
