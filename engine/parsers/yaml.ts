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
  const parsed = parseAllDocuments(maskTemplateActions(text), { prettyErrors: false, uniqueKeys: false, strict: false });
  const documents = Array.isArray(parsed) ? parsed : [];
  return { documents, errorCount: documents.reduce((n, d) => n + d.errors.length, 0) };
}

/**
 * Go-template / Helm actions (`{{- if .Values.x }}`, `{{ .Values.key | b64enc }}`, template comments)
 * masked so that a chart template parses as the YAML it renders to, offsets unchanged. An action
 * alone on its line(s) becomes spaces (control flow and comments); one in an unquoted value becomes
 * `$___` (a reference to a value set elsewhere). Actions inside quotes are kept: they are already
 * a valid string, which the rules read as a reference. GitHub Actions `${{ … }}` is not touched.
 * One pass, linear in the text.
 */
export function maskTemplateActions(text: string): string {
  let open = text.indexOf('{{');
  if (open < 0) return text;
  let out = '';
  let copied = 0;
  while (open >= 0) {
    const close = text.indexOf('}}', open + 2);
    if (close < 0) break;
    const end = close + 2;
    if (text[open - 1] === '$') {
      open = text.indexOf('{{', end);
      continue;
    }
    const lineStart = text.lastIndexOf('\n', open - 1) + 1;
    let lineEnd = text.indexOf('\n', end);
    if (lineEnd < 0) lineEnd = text.length;
    const before = text.slice(lineStart, open);
    const alone = before.trim() === '' && text.slice(end, lineEnd).trim() === '';
    const quoted = (before.match(/"/g)?.length ?? 0) % 2 === 1 || (before.match(/'/g)?.length ?? 0) % 2 === 1;
    if (alone || !quoted) {
      const action = text.slice(open, end);
      out += text.slice(copied, open) + (alone ? action.replace(/[^\r\n]/g, ' ') : '$' + '_'.repeat(action.length - 1));
      copied = end;
    }
    open = text.indexOf('{{', end);
  }
  return copied === 0 ? text : out + text.slice(copied);
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
