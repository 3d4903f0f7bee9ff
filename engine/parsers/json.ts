import { findNodeAtLocation, getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Parser } from '../rule';

/** A JSON/JSONC document with positions: jsonc-parser's tree (offsets on every node). */
export interface JsonDocument {
  /** Undefined when the text holds no JSON value at all. */
  root: Node | undefined;
  errors: ParseError[];
}

/** Tolerant JSON parser: comments and trailing commas allowed; errors are collected, not thrown. */
export const jsonParser: Parser<JsonDocument> = {
  id: 'json',
  parse(file) {
    const errors: ParseError[] = [];
    const root = parseTree(file.text, errors, { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true });
    return { root, errors };
  },
  syntaxErrors: (doc) => doc.errors.map((e) => ({ start: e.offset, end: e.offset + e.length })),
};

/** The property node (key + value) named `key` directly in `object`, if any. */
export function property(object: Node | undefined, key: string, caseInsensitive = false): Node | undefined {
  if (!object || object.type !== 'object') return undefined;
  const k = caseInsensitive ? key.toLowerCase() : key;
  return object.children?.find((p) => {
    const name = p.children?.[0]?.value;
    return typeof name === 'string' && (caseInsensitive ? name.toLowerCase() === k : name === k);
  });
}

/** The value node of `object[key]`. */
export function propertyValue(object: Node | undefined, key: string, caseInsensitive = false): Node | undefined {
  return property(object, key, caseInsensitive)?.children?.[1];
}

/** The plain JS value of a node (undefined for a missing node). */
export function valueOf(node: Node | undefined): unknown {
  return node ? getNodeValue(node) : undefined;
}

export { findNodeAtLocation, type Node as JsonNode };
