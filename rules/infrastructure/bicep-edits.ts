import type { BicepObject } from '../../engine/parsers/bicep';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';

/** Indentation facts for writing a new property into an object. */
export interface ObjectLayout {
  /** Indentation of the object's own properties. */
  inner: string;
  /** One level of indentation as the file writes it. */
  unit: string;
}

function layoutOf(file: SourceFile, obj: BicepObject): ObjectLayout {
  const outer = file.indentAt(obj.start);
  const first = obj.properties[0] ?? obj.resources[0];
  const firstOnOwnLine = first && file.lines.positionAt(first.start).line !== file.lines.positionAt(obj.start).line;
  const inner = firstOnOwnLine ? file.indentAt(first.start) : outer + guessUnit(file);
  const unit = inner.startsWith(outer) && inner.length > outer.length ? inner.slice(outer.length) : guessUnit(file);
  return { inner, unit };
}

/** The file's indentation unit: a tab if lines start with tabs, else the smallest space indent (2 by default). */
function guessUnit(file: SourceFile): string {
  const m = /^(\t| {2,8})\S/m.exec(file.text);
  return m ? m[1] : '  ';
}

/**
 * An edit that adds `key: value` to a Bicep object, keeping its layout: a new line after the last
 * property (at its indentation) in a multi-line object, `, key: value` in a one-line object, and a
 * multi-line object when `{}` is empty. `value` receives the layout, for values that span lines.
 */
export function insertBicepProperty(file: SourceFile, obj: BicepObject, key: string, value: (layout: ObjectLayout) => string): TextEdit {
  const eol = file.eol;
  const layout = layoutOf(file, obj);
  const line = (offset: number) => file.lines.positionAt(offset).line;
  const members = [...obj.properties, ...obj.resources].sort((a, b) => a.end - b.end);
  const last = members[members.length - 1];
  const closeLine = line(obj.end - 1);
  if (!last) {
    const text = `${key}: ${value(layout)}`;
    if (line(obj.start) === closeLine) {
      const outer = file.indentAt(obj.start);
      return { start: obj.start, end: obj.end, newText: `{${eol}${layout.inner}${text}${eol}${outer}}` };
    }
    return { start: obj.start + 1, end: obj.start + 1, newText: `${eol}${layout.inner}${text}` };
  }
  if (line(last.end) === closeLine) {
    return { start: last.end, end: last.end, newText: `, ${key}: ${value(layout)}` };
  }
  // After the last property's line (so a trailing comment stays with its property).
  const at = file.lines.lineEnd(line(last.end));
  const indent = file.indentAt(last.start);
  return { start: at, end: at, newText: `${eol}${indent}${key}: ${value({ ...layout, inner: indent })}` };
}
