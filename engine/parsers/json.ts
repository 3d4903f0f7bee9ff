import { findNodeAtLocation, getNodeValue, parseTree, type Node, type ParseError } from 'jsonc-parser';
import type { Parser } from '../rule';

/** A JSON/JSONC document with positions: jsonc-parser's tree (offsets on every node). */
export interface JsonDocument {
  /** Undefined when the text holds no JSON value at all. */
  root: Node | undefined;
  errors: ParseError[];
}

/**
 * Deepest nesting of arrays and objects read. jsonc-parser and the rules walk the tree
 * recursively, so a generated or hostile file nested thousands deep would exhaust the stack; no
 * settings file, ARM template or notebook comes near this.
 */
export const MAX_JSON_DEPTH = 256;

/** True when brackets outside strings and comments nest deeper than `max` (one linear scan). */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 92 /* \ */) i++;
        else if (d === 34 || d === 10) break;
      }
    } else if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      while (i < n && text.charCodeAt(i) !== 10) i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 1;
    } else if (c === 123 || c === 91) {
      if (++depth > max) return true;
    } else if (c === 125 || c === 93) {
      if (depth > 0) depth--;
    }
  }
  return false;
}

/**
 * Tolerant JSON parser: comments and trailing commas allowed; errors are collected, not thrown.
 * Nesting deeper than {@link MAX_JSON_DEPTH} throws (one "cannot parse" notice for the file).
 */
export const jsonParser: Parser<JsonDocument> = {
  id: 'json',
  parse(file) {
    if (nestsDeeperThan(file.text, MAX_JSON_DEPTH)) throw new Error(`nested deeper than ${MAX_JSON_DEPTH} levels`);
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
