import type { HclBlock, HclObject } from '../../engine/parsers/hcl';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';

interface Entry {
  start: number;
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  end: number;
}

function unitOf(file: SourceFile): string {
  const m = /^(\t| {2,8})\S/m.exec(file.text);
  return m ? m[1] : '  ';
}

/**
 * Edits adding `name = value` to a block body or an object constructor the way `terraform fmt`
 * writes it: on its own line after the last attribute, at its indentation; when the consecutive
 * one-line attributes above are aligned, the new one joins their alignment (widening it if its
 * name is longer). `value` receives the indentation of the new line.
 */
function insertEntry(file: SourceFile, open: number, close: number, entries: Entry[], name: string, value: (indent: string, unit: string) => string, sep: string): TextEdit[] {
  const eol = file.eol;
  const unit = unitOf(file);
  const line = (o: number) => file.lines.positionAt(o).line;
  const last = [...entries].sort((a, b) => a.end - b.end)[entries.length - 1];
  if (!last) {
    const indent = file.indentAt(open) + unit;
    if (line(open) === line(close)) {
      return [{ start: open, end: close + 1, newText: `{${eol}${indent}${name} ${sep} ${value(indent, unit)}${eol}${file.indentAt(open)}}` }];
    }
    const at = file.lines.lineEnd(line(open));
    return [{ start: at, end: at, newText: `${eol}${indent}${name} ${sep} ${value(indent, unit)}` }];
  }
  if (line(last.end) === line(close)) {
    // One-line object: `{ a = 1, b = 2 }`.
    return [{ start: last.end, end: last.end, newText: `, ${name} ${sep} ${value(file.indentAt(last.start), unit)}` }];
  }
  const indent = file.indentAt(last.start);
  const at = file.lines.lineEnd(line(last.end));
  // terraform fmt aligns the `=` of consecutive one-line attributes: join the group above.
  const group: { entry: Entry; sepAt: number }[] = [];
  const sorted = [...entries].sort((a, b) => b.end - a.end);
  let expectLine = line(last.end);
  for (const e of sorted) {
    if (line(e.end) !== expectLine || line(e.start) !== line(e.end)) break;
    const sep = file.text.slice(e.nameEnd, e.valueStart).search(/[=:]/);
    if (sep < 0) break;
    group.push({ entry: e, sepAt: e.nameEnd + sep });
    expectLine--;
  }
  const columns = group.map((g) => g.sepAt - g.entry.nameStart);
  const text = value(indent, unit);
  // A value that opens a multi-line bracket ends an alignment run in terraform fmt.
  const aligned = !text.includes('\n') && group.length > 0 && columns.every((c) => c === columns[0]);
  const edits: TextEdit[] = [];
  let newName = `${name} `;
  if (aligned) {
    const width = Math.max(columns[0] - 1, name.length);
    newName = name.padEnd(width) + ' ';
    for (const g of group) {
      const nameLen = g.entry.nameEnd - g.entry.nameStart;
      const gap = ' '.repeat(width - nameLen + 1);
      if (file.text.slice(g.entry.nameEnd, g.sepAt) !== gap) edits.push({ start: g.entry.nameEnd, end: g.sepAt, newText: gap });
    }
  }
  edits.push({ start: at, end: at, newText: `${eol}${indent}${newName}${sep} ${text}` });
  return edits;
}

/** Adds `name = value` to a block's body. */
export function insertHclAttribute(file: SourceFile, block: HclBlock, name: string, value: (indent: string, unit: string) => string): TextEdit[] {
  const entries = block.body.items.map((i) =>
    i.kind === 'attribute'
      ? { start: i.start, nameStart: i.name.start, nameEnd: i.name.end, valueStart: i.value.start, end: i.end }
      : { start: i.start, nameStart: i.start, nameEnd: i.start, valueStart: i.start, end: i.end },
  );
  // Attributes go after the last attribute (before nested blocks), as terraform fmt keeps them first.
  const attrs = entries.filter((_, k) => block.body.items[k].kind === 'attribute');
  const close = block.body.end - 1;
  if (attrs.length === 0 && entries.length > 0) {
    const first = entries[0];
    const indent = file.indentAt(first.start);
    const at = file.lines.lineEnd(file.lines.positionAt(block.body.start).line);
    return [{ start: at, end: at, newText: `${file.eol}${indent}${name} = ${value(indent, unitOf(file))}` }];
  }
  return insertEntry(file, block.body.start, close, attrs, name, value, '=');
}

/** Adds `key = value` (or `key: value` when the object uses colons) to an object constructor. */
export function insertHclObjectItem(file: SourceFile, obj: HclObject, name: string, value: (indent: string, unit: string) => string): TextEdit[] {
  const entries = obj.items.map((i) => ({ start: i.start, nameStart: i.key.start, nameEnd: i.key.end, valueStart: i.value.start, end: i.end }));
  const first = entries[0];
  const sep = first && file.text.slice(first.nameEnd, first.valueStart).includes(':') ? ':' : '=';
  return insertEntry(file, obj.start, obj.end - 1, entries, name, value, sep);
}
