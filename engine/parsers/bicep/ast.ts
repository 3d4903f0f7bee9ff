/**
 * The Bicep syntax tree. Every node carries the half-open offset range [start, end) it covers in
 * the file's text, so rules can report exact ranges and fixes can splice text.
 */

export interface Span {
  start: number;
  end: number;
}

export interface BicepString extends Span {
  kind: 'string';
  /** The unescaped value. */
  value: string;
  /** True for a `'''…'''` verbatim string. */
  multiline: boolean;
}

/** A string with `${…}` holes: literal parts alternate with expressions. */
export interface BicepInterpolatedString extends Span {
  kind: 'interpolated';
  /** Unescaped literal segments; `segments.length === expressions.length + 1`. */
  segments: string[];
  expressions: BicepExpression[];
}

export interface BicepNumber extends Span {
  kind: 'number';
  value: number;
}

export interface BicepBool extends Span {
  kind: 'bool';
  value: boolean;
}

export interface BicepNull extends Span {
  kind: 'null';
}

export interface BicepIdentifier extends Span {
  kind: 'identifier';
  name: string;
}

export interface BicepProperty extends Span {
  kind: 'property';
  /** An identifier (`name:`), a string (`'api-key':`) or an interpolated string key. */
  key: BicepIdentifier | BicepString | BicepInterpolatedString;
  /** Decorators written above the property (object types, `@description` on properties). */
  decorators: BicepDecorator[];
  value: BicepExpression;
}

export interface BicepObject extends Span {
  kind: 'object';
  properties: BicepProperty[];
  /** Nested resource declarations (child resources) written inside the object. */
  resources: BicepResource[];
  /** `...expr` spread items: they can add any property. */
  spreads: BicepExpression[];
}

export interface BicepArray extends Span {
  kind: 'array';
  /** Items; a `...expr` spread item is a `spread` node. */
  items: BicepExpression[];
}

/** `...expr` inside an array. */
export interface BicepSpread extends Span {
  kind: 'spread';
  expression: BicepExpression;
}

export interface BicepMemberAccess extends Span {
  kind: 'member';
  object: BicepExpression;
  property: BicepIdentifier;
  /** `.?` safe dereference. */
  optional: boolean;
}

export interface BicepIndexAccess extends Span {
  kind: 'index';
  object: BicepExpression;
  index: BicepExpression;
  optional: boolean;
}

export interface BicepCall extends Span {
  kind: 'call';
  /** The function's name (`listKeys`, `resourceId`); for `sys.concat` or `acct.listKeys` the last part. */
  name: BicepIdentifier;
  /** The receiver for `x.fn()` / `sys.fn()`, undefined for a plain call. */
  object?: BicepExpression;
  args: BicepExpression[];
}

export interface BicepTernary extends Span {
  kind: 'ternary';
  condition: BicepExpression;
  whenTrue: BicepExpression;
  whenFalse: BicepExpression;
}

export interface BicepBinary extends Span {
  kind: 'binary';
  operator: string;
  left: BicepExpression;
  right: BicepExpression;
}

export interface BicepUnary extends Span {
  kind: 'unary';
  operator: string;
  operand: BicepExpression;
}

/** `expr!` (non-null assertion). */
export interface BicepNonNull extends Span {
  kind: 'nonNull';
  operand: BicepExpression;
}

export interface BicepParenthesized extends Span {
  kind: 'paren';
  expression: BicepExpression;
}

/** `[for x in items: body]` or `[for (x, i) in items: body]`. */
export interface BicepFor extends Span {
  kind: 'for';
  variables: BicepIdentifier[];
  iterable: BicepExpression;
  body: BicepExpression;
}

/** `if (condition) body`, the conditional form of a resource/module body. */
export interface BicepIf extends Span {
  kind: 'if';
  condition: BicepExpression;
  body: BicepExpression;
}

/** `x => body` or `(a, b) => body`. */
export interface BicepLambda extends Span {
  kind: 'lambda';
  parameters: BicepIdentifier[];
  body: BicepExpression;
}

/** Text the parser could not make sense of; kept so ranges stay contiguous. */
export interface BicepError extends Span {
  kind: 'error';
}

export type BicepExpression =
  | BicepString
  | BicepInterpolatedString
  | BicepNumber
  | BicepBool
  | BicepNull
  | BicepIdentifier
  | BicepObject
  | BicepArray
  | BicepMemberAccess
  | BicepIndexAccess
  | BicepCall
  | BicepTernary
  | BicepBinary
  | BicepUnary
  | BicepNonNull
  | BicepParenthesized
  | BicepFor
  | BicepIf
  | BicepLambda
  | BicepSpread
  | BicepError;

export interface BicepDecorator extends Span {
  kind: 'decorator';
  /** `@secure()` → the call `secure()`; `@sys.description('x')` → call with object `sys`. */
  expression: BicepExpression;
  /** The decorator's name (`secure`, `description`, `allowed`…). */
  name: string;
}

/** The raw text of a type clause (`string`, `bool?`, `'a' | 'b'`, `{ x: int }`, `resource 'T@v'`). */
export interface BicepTypeClause extends Span {
  text: string;
}

interface DeclarationBase extends Span {
  decorators: BicepDecorator[];
  /** The declared symbol (undefined for declarations without one, like `using`). */
  name?: BicepIdentifier;
}

export interface BicepParam extends DeclarationBase {
  kind: 'param';
  name: BicepIdentifier;
  /** Missing in `.bicepparam` files (`param x = value`). */
  type?: BicepTypeClause;
  /** The default value (in `.bicep`) or the assigned value (in `.bicepparam`). */
  value?: BicepExpression;
}

export interface BicepVar extends DeclarationBase {
  kind: 'var';
  name: BicepIdentifier;
  value?: BicepExpression;
}

export interface BicepResource extends DeclarationBase {
  kind: 'resource';
  name: BicepIdentifier;
  /** The type string, e.g. `'Microsoft.CognitiveServices/accounts@2024-10-01'` (or a child's `'deployments'`). */
  typeString?: BicepString | BicepInterpolatedString;
  /** Resource type without the API version (`Microsoft.CognitiveServices/accounts`). */
  resourceType: string;
  apiVersion?: string;
  existing: boolean;
  /** The body: an object, `if (…) {…}`, or `[for … : {…}]`. */
  value?: BicepExpression;
}

export interface BicepModule extends DeclarationBase {
  kind: 'module';
  name: BicepIdentifier;
  /** `'./modules/ai.bicep'`, `'br/public:avm/res/…:0.9.0'`, `'ts:…'`. */
  path?: BicepString | BicepInterpolatedString;
  value?: BicepExpression;
}

export interface BicepOutput extends DeclarationBase {
  kind: 'output';
  name: BicepIdentifier;
  type?: BicepTypeClause;
  value?: BicepExpression;
}

export interface BicepImport extends DeclarationBase {
  kind: 'import';
  /** The source string (`'./types.bicep'`, `'br/public:…'`), if written. */
  source?: BicepString | BicepInterpolatedString;
}

export interface BicepUsing extends DeclarationBase {
  kind: 'using';
  /** `using './main.bicep'`; undefined for `using none`. */
  path?: BicepString | BicepInterpolatedString;
}

/** `targetScope`, `metadata`, `type`, `func`, `extension`: kept with their value for completeness. */
export interface BicepOtherDeclaration extends DeclarationBase {
  kind: 'other';
  keyword: string;
  value?: BicepExpression;
}

export type BicepDeclaration =
  | BicepParam
  | BicepVar
  | BicepResource
  | BicepModule
  | BicepOutput
  | BicepImport
  | BicepUsing
  | BicepOtherDeclaration;

export interface BicepFile {
  declarations: BicepDeclaration[];
  /** Offsets of text the parser skipped (broken input). Empty for well-formed files. */
  errors: Span[];
}
