/**
 * The HCL (Terraform) syntax tree. Every node carries the half-open offset range [start, end) it
 * covers in the file's text.
 */

export interface Span {
  start: number;
  end: number;
}

export interface HclIdentifier extends Span {
  kind: 'identifier';
  name: string;
}

/** A literal run of template text (unescaped), or a `${…}` interpolation, or a `%{…}` directive. */
export type HclTemplatePart =
  | (Span & { kind: 'literal'; value: string })
  | (Span & { kind: 'interpolation'; expression: HclExpression })
  | (Span & { kind: 'directive'; text: string });

/** A quoted string `"…"`, possibly with `${…}` / `%{…}` templates. */
export interface HclTemplate extends Span {
  kind: 'template';
  parts: HclTemplatePart[];
}

/** `<<EOT … EOT` or `<<-EOT … EOT`. */
export interface HclHeredoc extends Span {
  kind: 'heredoc';
  marker: string;
  /** `<<-`: leading indentation common to all lines is removed from the value. */
  indented: boolean;
  /** The content: from the line after the opening marker up to (not including) the closing marker's line. */
  contentStart: number;
  contentEnd: number;
  parts: HclTemplatePart[];
}

export interface HclNumber extends Span {
  kind: 'number';
  value: number;
}

export interface HclBool extends Span {
  kind: 'bool';
  value: boolean;
}

export interface HclNull extends Span {
  kind: 'null';
}

/** `object.name` (attribute access) or `object.*` (splat, name `*`). */
export interface HclGetAttr extends Span {
  kind: 'getattr';
  object: HclExpression;
  name: HclIdentifier;
}

/** `object[key]` (or `object[*]`, key undefined). */
export interface HclIndex extends Span {
  kind: 'index';
  object: HclExpression;
  key?: HclExpression;
}

export interface HclCall extends Span {
  kind: 'call';
  /** Function name; `provider::ns::fn` kept whole. */
  name: HclIdentifier;
  args: HclExpression[];
  /** The last argument is followed by `...`. */
  expandFinal: boolean;
}

export interface HclObjectItem extends Span {
  kind: 'item';
  /** An identifier, a string, or a parenthesised expression used as the key. */
  key: HclExpression;
  value: HclExpression;
}

export interface HclObject extends Span {
  kind: 'object';
  items: HclObjectItem[];
}

export interface HclTuple extends Span {
  kind: 'tuple';
  items: HclExpression[];
}

/** `[for k, v in coll : value if cond]` or `{for k, v in coll : key => value if cond}`. */
export interface HclFor extends Span {
  kind: 'for';
  object: boolean;
  variables: HclIdentifier[];
  collection: HclExpression;
  key?: HclExpression;
  value: HclExpression;
  condition?: HclExpression;
}

export interface HclConditional extends Span {
  kind: 'conditional';
  condition: HclExpression;
  whenTrue: HclExpression;
  whenFalse: HclExpression;
}

export interface HclBinary extends Span {
  kind: 'binary';
  operator: string;
  left: HclExpression;
  right: HclExpression;
}

export interface HclUnary extends Span {
  kind: 'unary';
  operator: string;
  operand: HclExpression;
}

export interface HclParen extends Span {
  kind: 'paren';
  expression: HclExpression;
}

export interface HclError extends Span {
  kind: 'error';
}

export type HclExpression =
  | HclIdentifier
  | HclTemplate
  | HclHeredoc
  | HclNumber
  | HclBool
  | HclNull
  | HclGetAttr
  | HclIndex
  | HclCall
  | HclObject
  | HclTuple
  | HclFor
  | HclConditional
  | HclBinary
  | HclUnary
  | HclParen
  | HclError;

export interface HclAttribute extends Span {
  kind: 'attribute';
  name: HclIdentifier;
  value: HclExpression;
}

export interface HclLabel extends Span {
  /** The label's value (a quoted label unescaped, or a bare identifier). */
  value: string;
}

export interface HclBlock extends Span {
  kind: 'block';
  type: HclIdentifier;
  labels: HclLabel[];
  body: HclBody;
}

export interface HclBody extends Span {
  /** Attributes and blocks in source order. */
  items: (HclAttribute | HclBlock)[];
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclFile {
  body: HclBody;
  /** Offsets of text the parser skipped (broken input). Empty for well-formed files. */
  errors: Span[];
}
