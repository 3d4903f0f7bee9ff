import { isMap, isPair, isScalar, isSeq, parseAllDocuments, type Document, type Node, type Pair } from 'yaml';
import type { Parser } from '../rule';

/** A YAML stream: every document with source ranges (`node.range = [start, valueEnd, nodeEnd]`). */
export interface YamlStream {
  documents: Document.Parsed[];
  /** Number of syntax errors (their messages are not kept: they quote the source, which may hold a key). */
  errorCount: number;
}

/**
 * Parses every document of a YAML stream with the `yaml` package, tolerantly: documents with
 * errors are still returned (the parser recovers), and nothing is thrown.
 */
export function parseYaml(text: string): YamlStream {
  const parsed = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: false, strict: false });
  const documents = Array.isArray(parsed) ? parsed : [];
  return { documents, errorCount: documents.reduce((n, d) => n + d.errors.length, 0) };
}

export const yamlParser: Parser<YamlStream> = {
  id: 'yaml',
  parse: (file) => parseYaml(file.text),
  syntaxErrors: (stream) => stream.documents.flatMap((d) => d.errors.map((e) => ({ start: e.pos[0], end: e.pos[1] }))),
};

/** The string form of a scalar key or value (numbers and booleans as written), else undefined. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  const v = node.value;
  return v === null || v === undefined ? '' : typeof v === 'string' ? v : String(v);
}

/** The pair of a map whose key is `key`, if any. */
export function pairOf(map: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => scalarText(p.key) === key) as Pair<Node, Node> | undefined;
}

/** The value of `map[key]`. */
export function valueOf(map: unknown, key: string): Node | undefined {
  return pairOf(map, key)?.value ?? undefined;
}

export { isMap, isPair, isScalar, isSeq };
