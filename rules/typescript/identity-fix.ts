/**
 * Edits shared by the TypeScript fixes: the `@azure/identity` import (added or merged once, in
 * the file's module system, quote style and semicolon habit), generated credential expressions,
 * and adding or removing an object property without disturbing the object's layout.
 */
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';
import type { Node, ParsedScript, TSESTree } from '../../engine/parsers/typescript';
import type { ObjectEntry, ScopeFacts } from '../../engine/parsers/typescript/scope';

const IDENTITY = '@azure/identity';
type IdentityName = 'DefaultAzureCredential' | 'getBearerTokenProvider';
const ORDER: IdentityName[] = ['DefaultAzureCredential', 'getBearerTokenProvider'];

/** How the file writes code: quotes, semicolons, line breaks. */
export interface CodeStyle {
  quote: string;
  semi: string;
  eol: string;
}

export function codeStyle(file: SourceFile, parsed: ParsedScript): CodeStyle {
  let quote: string | undefined;
  let semi: string | undefined;
  for (const s of parsed.program.body) {
    const src = s.type === 'ImportDeclaration' ? s.source : requireSource(s);
    if (src && !quote) quote = file.text[src.range[0]];
    if (!semi && (s.type === 'ImportDeclaration' || s.type === 'VariableDeclaration' || s.type === 'ExpressionStatement')) {
      semi = file.text[s.range[1] - 1] === ';' ? ';' : '';
    }
  }
  if (!quote) {
    const lit = parsed.nodes.find((n): n is TSESTree.StringLiteral => n.type === 'Literal' && typeof n.value === 'string');
    quote = lit ? file.text[lit.range[0]] : '"';
  }
  if (quote !== "'" && quote !== '"') quote = '"';
  return { quote, semi: semi ?? ';', eol: file.eol };
}

function requireSource(s: TSESTree.ProgramStatement): TSESTree.StringLiteral | undefined {
  if (s.type !== 'VariableDeclaration' || s.declarations.length !== 1) return undefined;
  const init = s.declarations[0].init;
  if (init?.type === 'CallExpression' && init.callee.type === 'Identifier' && init.callee.name === 'require') {
    const a = init.arguments[0];
    if (a?.type === 'Literal' && typeof a.value === 'string') return a as TSESTree.StringLiteral;
  }
  return undefined;
}

/** A string literal in the file's quote style. */
export function quoted(value: string, style: CodeStyle): string {
  return style.quote + value.replace(/\\/g, '\\\\').replace(new RegExp(style.quote, 'g'), '\\' + style.quote) + style.quote;
}

/** Local names for the identity exports a fix uses, and the import edits that make them exist. */
export interface IdentityImports {
  names: Record<IdentityName, string>;
  edits: TextEdit[];
}

/**
 * Resolves `DefaultAzureCredential` / `getBearerTokenProvider` to names usable in this file:
 * an existing value import (aliased or via a namespace) is reused; missing names are merged into an
 * existing `import {…} from "@azure/identity"` / `const {…} = require("@azure/identity")`, or a new
 * statement is added after the last import. Never duplicates an import, so the fix is idempotent.
 */
export function identityImports(file: SourceFile, parsed: ParsedScript, facts: ScopeFacts, needed: IdentityName[], style: CodeStyle): IdentityImports {
  const names = {} as Record<IdentityName, string>;
  const missing: IdentityName[] = [];
  let namespace: string | undefined;
  let mergeTarget: TSESTree.ImportDeclaration | TSESTree.ObjectPattern | undefined;
  for (const [local, b] of facts.allImports()) {
    if (b.module !== IDENTITY || b.typeOnly) continue;
    if (b.imported === '*') namespace ??= local;
    if (!mergeTarget) {
      const d = b.declaration;
      if (d.type === 'ImportDeclaration' && d.importKind !== 'type' && d.specifiers.some((s) => s.type === 'ImportSpecifier')) mergeTarget = d;
      if (d.type === 'VariableDeclaration' && d.declarations.length === 1 && d.declarations[0].id.type === 'ObjectPattern') mergeTarget = d.declarations[0].id;
    }
  }
  for (const name of ORDER) {
    if (!needed.includes(name)) continue;
    const existing = [...facts.allImports()].find(([, b]) => b.module === IDENTITY && !b.typeOnly && b.imported === name);
    if (existing) names[name] = existing[0];
    else if (namespace) names[name] = `${namespace}.${name}`;
    else {
      names[name] = name;
      missing.push(name);
    }
  }
  if (missing.length === 0) return { names, edits: [] };
  if (mergeTarget) {
    const items: Node[] = mergeTarget.type === 'ImportDeclaration' ? mergeTarget.specifiers.filter((s) => s.type === 'ImportSpecifier') : mergeTarget.properties;
    return { names, edits: [insertListItems(file, items, closingBrace(file, items), missing)] };
  }
  const statement = parsed.commonJs
    ? `const { ${missing.join(', ')} } = require(${quoted(IDENTITY, style)})${style.semi}`
    : `import { ${missing.join(', ')} } from ${quoted(IDENTITY, style)}${style.semi}`;
  return { names, edits: [insertStatement(file, parsed, statement, style)] };
}

/** Offset of the `}` that closes a brace list whose last item is `items[items.length - 1]`. */
function closingBrace(file: SourceFile, items: Node[]): number {
  const i = file.text.indexOf('}', items[items.length - 1].range[1]);
  return i < 0 ? items[items.length - 1].range[1] : i;
}

/** Adds `texts` after the last item of a brace list, keeping single-line or one-per-line layout. */
function insertListItems(file: SourceFile, items: Node[], close: number, texts: string[]): TextEdit {
  const last = items[items.length - 1];
  const between = file.text.slice(last.range[1], close);
  const comma = /^\s*,/.exec(between);
  const lastLine = file.lines.positionAt(last.range[1]).line;
  const multiline = file.lines.positionAt(items[0].range[0]).line !== file.lines.positionAt(close).line && file.lines.positionAt(close).line !== lastLine;
  if (multiline) {
    const indent = file.indentAt(last.range[0]);
    const sep = `,${file.eol}${indent}`;
    if (comma) {
      const at = last.range[1] + comma[0].length;
      return { start: at, end: at, newText: `${file.eol}${indent}${texts.join(sep)},` };
    }
    return { start: last.range[1], end: last.range[1], newText: sep + texts.join(sep) };
  }
  if (comma) {
    const at = last.range[1] + comma[0].length;
    return { start: at, end: at, newText: ` ${texts.join(', ')},` };
  }
  return { start: last.range[1], end: last.range[1], newText: `, ${texts.join(', ')}` };
}

/** Inserts a top-level statement after the last import/require, else before the first statement. */
function insertStatement(file: SourceFile, parsed: ParsedScript, statement: string, style: CodeStyle): TextEdit {
  const body = parsed.program.body;
  let anchor: TSESTree.ProgramStatement | undefined;
  for (const s of body) if (s.type === 'ImportDeclaration' || (parsed.commonJs && requireSource(s))) anchor = s;
  if (anchor) {
    const at = file.lines.lineEnd(file.lines.positionAt(anchor.range[1]).line);
    return { start: at, end: at, newText: style.eol + statement };
  }
  // After directives ("use strict") and before the first real statement, below leading comments.
  const first = body.find((s) => !(s.type === 'ExpressionStatement' && s.directive));
  if (!first) {
    const last = body[body.length - 1];
    const at = last ? file.lines.lineEnd(file.lines.positionAt(last.range[1]).line) : file.text.length;
    return { start: at, end: at, newText: (at > 0 ? style.eol : '') + statement + (at === 0 ? style.eol : '') };
  }
  const at = first.range[0];
  return { start: at, end: at, newText: statement + style.eol + file.indentAt(at) };
}

/** Adds a `name: value` property to an object literal, keeping its layout (one line or one per line). */
export function insertProperty(file: SourceFile, object: TSESTree.ObjectExpression, text: string): TextEdit {
  if (object.properties.length === 0) {
    return { start: object.range[0], end: object.range[1], newText: `{ ${text} }` };
  }
  return insertListItems(file, object.properties, object.range[1] - 1, [text]);
}

/** Removes a property and its separator from its object literal. */
export function removeProperty(entry: ObjectEntry): TextEdit {
  const props = entry.owner.properties;
  const i = props.indexOf(entry.property);
  if (props.length === 1) return { start: entry.owner.range[0], end: entry.owner.range[1], newText: '{}' };
  if (i < props.length - 1) return { start: entry.property.range[0], end: props[i + 1].range[0], newText: '' };
  return { start: props[i - 1].range[1], end: entry.property.range[1], newText: '' };
}

/** `getBearerTokenProvider(new DefaultAzureCredential(), "<scope>")` with the file's names and quotes. */
export function tokenProviderExpression(imports: IdentityImports, scope: string, style: CodeStyle): string {
  return `${imports.names.getBearerTokenProvider}(new ${imports.names.DefaultAzureCredential}(), ${quoted(scope, style)})`;
}

/** Edits replacing `node` with `text`. */
export function replaceNode(node: Node, text: string): TextEdit {
  return { start: node.range[0], end: node.range[1], newText: text };
}
