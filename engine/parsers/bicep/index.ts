import type { Parser } from '../../rule';
import type { BicepExpression, BicepFile, BicepObject, BicepProperty, Span } from './ast';
import { decodeEscape, parseBicep } from './parser';

export * from './ast';
export { parseBicep };

/** Tolerant Bicep / `.bicepparam` parser (hand-written; see parser.ts). Never throws. */
export const bicepParser: Parser<BicepFile> = {
  id: 'bicep',
  parse(file) {
    return parseBicep(file.text);
  },
  syntaxErrors: (parsed) => parsed.errors,
};

/** The unescaped content of a string literal with a map back to the file and an encoder. */
export interface BicepStringContent {
  text: string;
  /** Maps an offset in `text` (0..text.length inclusive) to an offset in the file. */
  toOuter(offset: number): number;
  /** Escapes `text` for this literal's syntax (`'…'` escapes, or verbatim for `'''…'''`). */
  encode(text: string): string;
}

/**
 * The content of a NON-interpolated string literal: `'…'` (with `\'` `\\` `\n` `\r` `\t` `\$`
 * `\u{…}` escapes) or `'''…'''` (verbatim; a newline right after the opening quotes is not part of
 * the value). Undefined for interpolated strings and for nodes that are not strings.
 */
export function bicepStringContent(text: string, node: Span & { kind: string }): BicepStringContent | undefined {
  if (node.kind !== 'string') return undefined;
  if (text.startsWith("'''", node.start)) {
    let contentStart = node.start + 3;
    if (text.startsWith('\r\n', contentStart)) contentStart += 2;
    else if (text[contentStart] === '\n') contentStart += 1;
    const closed = node.end - node.start >= 6 && text.startsWith("'''", node.end - 3) && node.end - 3 >= contentStart;
    const contentEnd = closed ? node.end - 3 : node.end;
    return {
      text: text.slice(contentStart, contentEnd),
      toOuter: (offset) => contentStart + Math.max(0, Math.min(offset, contentEnd - contentStart)),
      // Verbatim: no escapes exist, so text is written as is (it cannot contain `'''`).
      encode: (s) => s,
    };
  }
  if (text[node.start] !== "'") return undefined;
  const map: number[] = [];
  let value = '';
  let i = node.start + 1;
  const limit = node.end;
  while (i < limit) {
    const c = text[i];
    if (c === "'" && i === limit - 1) break;
    if (c === '\\') {
      const d = decodeEscape(text, i);
      for (let k = 0; k < d.text.length; k++) map.push(i);
      value += d.text;
      i += d.length;
      continue;
    }
    if (c === '$' && text[i + 1] === '{') return undefined; // interpolated
    map.push(i);
    value += c;
    i++;
  }
  map.push(i);
  return {
    text: value,
    toOuter: (offset) => map[Math.max(0, Math.min(offset, map.length - 1))],
    encode: encodeBicepString,
  };
}

/** Escapes text for a single-quoted Bicep string. */
export function encodeBicepString(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\$\{/g, '\\${')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
}

/** The property named `name` directly in `object` (case-insensitive, like ARM). */
export function bicepProperty(object: BicepExpression | undefined, name: string): BicepProperty | undefined {
  if (!object || object.kind !== 'object') return undefined;
  const lower = name.toLowerCase();
  return object.properties.find((p) => propertyKeyName(p)?.toLowerCase() === lower);
}

/** A property's key as text (undefined for an interpolated key). */
export function propertyKeyName(p: BicepProperty): string | undefined {
  return p.key.kind === 'identifier' ? p.key.name : p.key.kind === 'string' ? p.key.value : undefined;
}

/**
 * The object a resource or module body evaluates to: unwraps `if (…) {…}`, `[for …: {…}]` and
 * `[for …: if (…) {…}]`.
 */
export function bodyObject(value: BicepExpression | undefined): BicepObject | undefined {
  let v = value;
  for (let i = 0; i < 4 && v; i++) {
    if (v.kind === 'object') return v;
    if (v.kind === 'if' || v.kind === 'for') v = v.body;
    else if (v.kind === 'paren') v = v.expression;
    else return undefined;
  }
  return undefined;
}

/** The text of a plain (non-interpolated) string node. */
export function stringValue(node: BicepExpression | undefined): string | undefined {
  return node?.kind === 'string' ? node.value : undefined;
}

/** Calls `visit` on every expression node below `node` (pre-order), including `node` itself. */
export function walkExpression(node: BicepExpression | undefined, visit: (n: BicepExpression) => void): void {
  if (!node) return;
  const stack: BicepExpression[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    visit(n);
    const children = expressionChildren(n);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function expressionChildren(n: BicepExpression): BicepExpression[] {
  switch (n.kind) {
    case 'interpolated':
      return n.expressions;
    case 'object':
      return [...n.properties.map((p) => p.value), ...n.spreads, ...n.resources.flatMap((r) => (r.value ? [r.value] : []))];
    case 'spread':
      return [n.expression];
    case 'array':
      return n.items;
    case 'member':
      return [n.object];
    case 'index':
      return [n.object, n.index];
    case 'call':
      return n.object ? [n.object, ...n.args] : n.args;
    case 'ternary':
      return [n.condition, n.whenTrue, n.whenFalse];
    case 'binary':
      return [n.left, n.right];
    case 'unary':
    case 'nonNull':
      return [n.operand];
    case 'paren':
      return [n.expression];
    case 'for':
      return [n.iterable, n.body];
    case 'if':
      return [n.condition, n.body];
    case 'lambda':
      return [n.body];
    default:
      return [];
  }
}

