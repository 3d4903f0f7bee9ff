/**
 * Syntax helpers the C# rules share: names, arguments, declarations in the same file, literal
 * values, and the `using` directive a fix adds. All work on the detached tree of
 * engine/parsers/csharp.ts; none keeps state.
 */
import { childByField, nodeText, walk, type CsNode, type CsTree } from '../../engine/parsers/csharp';
import type { WorkspaceReader } from '../../engine/workspace-reader';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';

/** Types whose construction from a string is API-key auth (`AzureKeyCredential` derives from `ApiKeyCredential`). */
export const KEY_CREDENTIAL_TYPES = new Set(['AzureKeyCredential', 'ApiKeyCredential']);

const STRING_LITERALS = new Set(['string_literal', 'verbatim_string_literal', 'raw_string_literal', 'interpolated_string_expression']);

/** True for every kind of C# string literal, interpolated ones included. */
export function isStringLiteral(node: CsNode): boolean {
  return STRING_LITERALS.has(node.type);
}

/** The value of a plain (non-interpolated) string literal, or undefined. */
export function stringValue(file: SourceFile, node: CsNode): string | undefined {
  const text = nodeText(file, node);
  if (node.type === 'string_literal') return text.slice(1, -1).replace(/\\(.)/g, '$1');
  if (node.type === 'verbatim_string_literal') return text.slice(2, -1).replace(/""/g, '"');
  if (node.type === 'raw_string_literal') return text.replace(/^"+|"+$/g, '').trim();
  return undefined;
}

/** Last identifier of a (qualified, generic, nullable) type or member name: `Azure.AI.OpenAI.AzureOpenAIClient` → `AzureOpenAIClient`. */
export function simpleName(file: SourceFile, node: CsNode | undefined): string | undefined {
  if (!node) return undefined;
  switch (node.type) {
    case 'identifier':
      return nodeText(file, node);
    case 'predefined_type':
      return nodeText(file, node);
    case 'qualified_name':
    case 'alias_qualified_name':
    case 'member_access_expression':
      return simpleName(file, childByField(node, 'name'));
    case 'generic_name':
      return simpleName(file, node.children.find((c) => c.type === 'identifier'));
    case 'nullable_type':
      return simpleName(file, node.children[0]);
    default:
      return undefined;
  }
}

/** The arguments of an argument list, each with its name (for `name: value`) and value expression. */
export interface Arg {
  node: CsNode;
  name?: string;
  value: CsNode;
  index: number;
}

export function argumentsOf(file: SourceFile, call: CsNode): Arg[] {
  const list = childByField(call, 'arguments') ?? call.children.find((c) => c.type === 'argument_list');
  if (!list) return [];
  const out: Arg[] = [];
  for (const node of list.children) {
    if (node.type !== 'argument') continue;
    const nameNode = childByField(node, 'name');
    const value = node.children.find((c) => c !== nameNode && c.type !== 'comment');
    if (!value) continue;
    out.push({ node, name: nameNode ? nodeText(file, nameNode) : undefined, value, index: out.length });
  }
  return out;
}

/** Strips parentheses, `!` (null-forgiving) and casts around an expression. */
export function unwrap(node: CsNode): CsNode {
  let n = node;
  for (;;) {
    if (n.type === 'parenthesized_expression' && n.children.length === 1) n = n.children[0];
    else if (n.type === 'postfix_unary_expression' && n.children.length === 1) n = n.children[0];
    else if (n.type === 'cast_expression' && childByField(n, 'value')) n = childByField(n, 'value')!;
    else return n;
  }
}

/** The method name of an invocation (`a.b.GetValue<string>(...)` → `GetValue`). */
export function invokedName(file: SourceFile, call: CsNode): string | undefined {
  return simpleName(file, childByField(call, 'function'));
}

/** The receiver of a member-access invocation (`config.GetSection("x")` → `config`). */
export function invokedReceiver(call: CsNode): CsNode | undefined {
  const fn = childByField(call, 'function');
  return fn?.type === 'member_access_expression' ? childByField(fn, 'expression') : undefined;
}

/** A declaration of a name visible in this file: local, field, property or parameter. */
export interface Declaration {
  kind: 'variable' | 'property' | 'parameter';
  name: CsNode;
  /** The declared type node; undefined for `var`. */
  type?: CsNode;
  /** The initializer expression, if any. */
  init?: CsNode;
}

/**
 * Finds the declaration `identifier` most likely refers to: the nearest preceding declaration of that
 * name whose scope (its enclosing block, type or method) contains the use, else the nearest in the
 * file. No real binding (no overloads, no partial classes across files): good enough for one file.
 */
export function findDeclaration(tree: CsTree, identifier: CsNode): Declaration | undefined {
  const candidates = tree.declarations.get(nodeText(tree.file, identifier));
  if (!candidates) return undefined;
  const inScope = (n: CsNode) => {
    const scope = scopeOf(n);
    return !!scope && scope.start <= identifier.start && identifier.end <= scope.end;
  };
  // Fast path: the nearest preceding declaration whose scope holds the use (candidates are in
  // document order, so walk back from the last one before the use).
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid].start <= identifier.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    if (inScope(candidates[i])) return toDeclaration(candidates[i], identifier);
  }
  // Then one declared later in an enclosing scope (a field below the method), then any.
  const later = candidates.slice(lo).find(inScope) ?? candidates[lo - 1] ?? candidates[lo];
  return later ? toDeclaration(later, identifier) : undefined;
}

function toDeclaration(n: CsNode, identifier: CsNode): Declaration | undefined {
  const nameNode = childByField(n, 'name');
  if (!nameNode || nameNode === identifier) return undefined;
  if (n.type === 'variable_declarator') {
    const declaration = n.parent;
    const typeNode = declaration ? childByField(declaration, 'type') : undefined;
    const init = n.children.find((c) => c !== nameNode && c.field === null && c.type !== 'bracketed_argument_list');
    return { kind: 'variable', name: nameNode, type: typeNode?.type === 'implicit_type' ? undefined : typeNode, init };
  }
  if (n.type === 'property_declaration') return { kind: 'property', name: nameNode, type: childByField(n, 'type'), init: childByField(n, 'value') };
  return { kind: 'parameter', name: nameNode, type: childByField(n, 'type') };
}

const SCOPES = new Set(['block', 'declaration_list', 'method_declaration', 'constructor_declaration', 'local_function_statement', 'lambda_expression', 'compilation_unit', 'switch_section', 'for_statement', 'foreach_statement', 'using_statement']);

function scopeOf(node: CsNode): CsNode | undefined {
  let p = node.parent;
  // A parameter's scope is its method, not the parameter list.
  while (p && !SCOPES.has(p.type)) p = p.parent;
  return p ?? undefined;
}

/** Every string literal inside `node`: plain values, and the source text of interpolated strings (for endpoint evidence). */
export function literalsIn(file: SourceFile, node: CsNode): string[] {
  const out: string[] = [];
  for (const n of walk(node)) {
    const value = stringValue(file, n);
    if (value !== undefined) out.push(value);
    else if (n.type === 'interpolated_string_expression') out.push(nodeText(file, n));
  }
  return out;
}

/** True when `inner` lies inside `outer` (or is it). */
export function contains(outer: { start: number; end: number }, inner: { start: number; end: number }): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

// ---------------------------------------------------------------------------------------------
// `using` directives

interface UsingInfo {
  node: CsNode;
  name: string;
  global: boolean;
  /** `using static X;` or `using A = X;` */
  special: boolean;
}

function usingsIn(file: SourceFile, container: CsNode): UsingInfo[] {
  const out: UsingInfo[] = [];
  for (const c of container.children) {
    if (c.type !== 'using_directive') continue;
    const text = nodeText(file, c);
    const global = /^global\s/.test(text);
    const special = /^(?:global\s+)?using\s+static\s/.test(text) || c.children.some((x) => x.field === 'name');
    const nameNode = c.children.find((x) => x.type === 'identifier' || x.type === 'qualified_name');
    out.push({ node: c, name: nameNode ? nodeText(file, nameNode).replace(/\s+/g, '') : '', global, special });
  }
  return out;
}

/** Ordinal, case-insensitive comparison as `dotnet format` sorts usings. */
function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function systemFirst(a: string, b: string): number {
  const sa = a === 'System' || a.startsWith('System.');
  const sb = b === 'System' || b.startsWith('System.');
  if (sa !== sb) return sa ? -1 : 1;
  return compareNames(a, b);
}

function isSorted(names: string[], cmp: (a: string, b: string) => number): boolean {
  for (let i = 1; i < names.length; i++) if (cmp(names[i - 1], names[i]) > 0) return false;
  return true;
}

/** Using directives of the file: at the top level and in (nested) block namespaces. */
export function allUsings(tree: CsTree): CsNode[] {
  const out: CsNode[] = [];
  const containers: CsNode[] = [tree.root];
  while (containers.length) {
    const c = containers.pop()!;
    for (const child of c.children) {
      if (child.type === 'using_directive') out.push(child);
      else if (child.type === 'namespace_declaration') {
        const body = childByField(child, 'body');
        if (body) containers.push(body);
      }
    }
  }
  return out;
}

/** True when `using <namespace>;` is already in effect in this file (file-level, global or in any namespace). */
export function hasUsing(tree: CsTree, namespace: string): boolean {
  return allUsings(tree).some((n) => {
    const text = nodeText(tree.file, n).replace(/\s+/g, '');
    return text === `using${namespace};` || text === `globalusing${namespace};`;
  });
}

/**
 * `addUsings` for one tree, memoised: every finding of a rule in a file offers the same using
 * edit, so it is computed once per file, not once per finding.
 */
export function usingAdder(tree: CsTree, workspace?: WorkspaceReader): (namespaces: string[]) => TextEdit[] {
  const cache = new Map<string, TextEdit[]>();
  // A .NET Interactive notebook loads packages with `#r "nuget: ..."` (blanked in the region):
  // `using Azure.Identity;` alone does not compile there when the notebook does not reference it.
  const path = tree.file.path;
  const notebook = path.toLowerCase().endsWith('.ipynb');
  const needsPackage = notebook && !/nuget:\s*Azure\.Identity\b/i.test(workspace?.readFile(path) ?? tree.file.text);
  return (namespaces) => {
    const key = namespaces.join(',');
    let edits = cache.get(key);
    if (!edits) {
      edits = addUsings(tree, namespaces);
      if (needsPackage && namespaces.includes('Azure.Identity')) {
        edits = edits.map((e) => ({ ...e, newText: e.newText.replace(/^([ \t]*)using Azure\.Identity;/m, `$1#r "nuget: Azure.Identity"${tree.file.eol}$1using Azure.Identity;`) }));
      }
      cache.set(key, edits);
    }
    return edits;
  };
}

/**
 * The edits that add `using <namespace>;` once: among the file's usings in sorted position when
 * they are sorted (plain or System-first), else after the last one; inside a block namespace when
 * that is where the usings are; at the top of the file when there are none. Empty when present.
 * Several namespaces inserted at one point become one edit, so the edits never overlap.
 */
export function addUsings(tree: CsTree, namespaces: string[]): TextEdit[] {
  const { file } = tree;
  const eol = file.eol;
  const groups = new Map<number, { ns: string; at: Insertion }[]>();
  for (const ns of namespaces) {
    if (hasUsing(tree, ns)) continue;
    const at = usingInsertion(tree, ns);
    // Never insert in front of a byte-order mark (Visual Studio writes one).
    if (at.offset === 0 && file.text.charCodeAt(0) === 0xfeff) at.offset = 1;
    const list = groups.get(at.offset) ?? [];
    list.push({ ns, at });
    groups.set(at.offset, list);
  }
  const edits: TextEdit[] = [];
  for (const [offset, list] of groups) {
    // Several namespaces at one point: in the file's own order, as one edit.
    list.sort((a, b) => (a.at.cmp ?? compareNames)(a.ns, b.ns));
    const { indent, before, blankAfter } = list[0].at;
    const lines = list.map(({ ns }) => `${indent}using ${ns};`);
    const newText = before ? lines.map((l) => l + eol).join('') + (blankAfter ? eol : '') : lines.map((l) => eol + l).join('');
    edits.push({ start: offset, end: offset, newText });
  }
  return edits;
}

interface Insertion {
  offset: number;
  indent: string;
  /** Insert whole lines before `offset` (else a line break and the directive at a line end). */
  before: boolean;
  blankAfter?: boolean;
  /** The order the file's usings follow, when they are sorted. */
  cmp?: (a: string, b: string) => number;
}

function usingInsertion(tree: CsTree, ns: string): Insertion {
  const { file, root } = tree;
  let container: CsNode = root;
  let usings = usingsIn(file, root);
  if (!usings.some((u) => !u.global)) {
    // Usings inside a block namespace (`namespace X { using Y; ... }`), when the file has none at the top.
    const nsDecl = root.children.find((c) => c.type === 'namespace_declaration');
    const body = nsDecl && childByField(nsDecl, 'body');
    const inner = body ? usingsIn(file, body) : [];
    if (inner.some((u) => !u.global)) {
      container = body!;
      usings = inner;
    }
  }
  const regular = usings.filter((u) => !u.global && !u.special);
  if (regular.length > 0) {
    const names = regular.map((u) => u.name);
    const cmp = isSorted(names, compareNames) ? compareNames : isSorted(names, systemFirst) ? systemFirst : undefined;
    const indent = file.indentAt(regular[0].node.start);
    if (cmp) {
      const next = regular.find((u) => cmp(ns, u.name) < 0);
      if (next && file.lines.lineText(file.lines.positionAt(next.node.start).line).trim().startsWith('using')) {
        return { offset: file.lines.lineStart(file.lines.positionAt(next.node.start).line), indent: file.indentAt(next.node.start), before: true, cmp };
      }
      if (!next) return { offset: lineEndOf(file, regular[regular.length - 1].node), indent, before: false, cmp };
    }
    return { offset: lineEndOf(file, regular[regular.length - 1].node), indent, before: false };
  }
  const anyUsing = usings.filter((u) => !u.special || u.global);
  if (anyUsing.length > 0) {
    const last = anyUsing[anyUsing.length - 1];
    return { offset: lineEndOf(file, last.node), indent: file.indentAt(last.node.start), before: false };
  }
  // No usings: before the first declaration or statement (after a license header, `extern alias`es
  // and `#nullable`-style directives at the top).
  const first = container.children.find((c) => c.type !== 'comment' && c.type !== 'extern_alias_directive' && !c.type.startsWith('preproc'));
  if (!first) return { offset: 0, indent: '', before: true };
  const line = file.lines.positionAt(first.start).line;
  return { offset: file.lines.lineStart(line), indent: '', before: true, blankAfter: true };
}

function lineEndOf(file: SourceFile, node: CsNode): number {
  return file.lines.lineEnd(file.lines.positionAt(node.end).line);
}
