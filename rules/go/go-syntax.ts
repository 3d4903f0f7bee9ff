/**
 * What the Go rules share: name resolution inside a function (a local bound once by `:=`, `var` or
 * `=`), string constants of the package (this file, then the other `.go` files of its folder),
 * environment reads and where a request's URL comes from.
 */
import * as path from 'node:path';
import { isAzureAIEndpoint } from '../../engine/azure-signals';
import { argumentsOf, calleeOf, childByField, goParser, nodeText, stringValue, walk, type GoTree } from '../../engine/parsers/go';
import type { SyntaxNode } from '../../engine/parsers/tree-sitter';
import type { RuleContext } from '../../engine/rule';
import { SourceFile } from '../../engine/source';

/** The innermost function (declaration, method or literal) that holds `node`, or undefined at package level. */
export function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let n = node.parent; n; n = n.parent) {
    if (n.type === 'function_declaration' || n.type === 'method_declaration' || n.type === 'func_literal') return n;
  }
  return undefined;
}

/** The statement of a block (`statement_list` child) that holds `node`. */
export function enclosingStatement(node: SyntaxNode): SyntaxNode | undefined {
  for (let n: SyntaxNode | null = node; n?.parent; n = n.parent) {
    if (n.parent.type === 'statement_list') return n;
  }
  return undefined;
}

/**
 * The value a name is bound to, when it is bound exactly once in the function (or, for names not
 * bound there, once at package level): `key := os.Getenv(...)`, `var key = ...`, `key = ...`.
 * Names bound more than once, or by a multi-value call (`a, b := f()`), resolve to nothing.
 */
export function bindingOf(tree: GoTree, ident: SyntaxNode): { value: SyntaxNode; name: SyntaxNode; statement: SyntaxNode } | undefined {
  const name = nodeText(tree.file, ident);
  const fn = enclosingFunction(ident);
  if (fn) {
    const inFunction = bindingsIn(tree, walk(fn), name);
    if (inFunction.count > 0) return inFunction.count === 1 ? inFunction.found : undefined;
  }
  // Package level: top-level `var` and `const` declarations only (not the bodies of functions).
  const topLevel = tree.root.children.filter((c) => c.type === 'var_declaration' || c.type === 'const_declaration').flatMap((d) => [...walk(d)]);
  const pkg = bindingsIn(tree, topLevel, name);
  return pkg.count === 1 ? pkg.found : undefined;
}

function bindingsIn(tree: GoTree, nodes: Iterable<SyntaxNode>, name: string): { count: number; found?: { value: SyntaxNode; name: SyntaxNode; statement: SyntaxNode } } {
  let count = 0;
  let found: { value: SyntaxNode; name: SyntaxNode; statement: SyntaxNode } | undefined;
  for (const n of nodes) {
    let lefts: SyntaxNode[];
    let rights: SyntaxNode[];
    if (n.type === 'short_var_declaration' || n.type === 'assignment_statement') {
      lefts = childByField(n, 'left')?.children ?? [];
      rights = childByField(n, 'right')?.children ?? [];
    } else if (n.type === 'var_spec' || n.type === 'const_spec') {
      lefts = n.children.filter((c) => c.field === 'name');
      rights = childByField(n, 'value')?.children ?? [];
    } else continue;
    lefts.forEach((l, i) => {
      if (l.type !== 'identifier' || nodeText(tree.file, l) !== name) return;
      count++;
      found = rights.length === lefts.length ? { value: rights[i], name: l, statement: n } : undefined;
    });
  }
  return { count, found: count === 1 ? found : undefined };
}

/** Follows identifiers to the expression they are bound to (at most a few hops, no cycles). */
export function resolveValue(tree: GoTree, node: SyntaxNode): SyntaxNode {
  let n = node;
  for (let hops = 0; hops < 5 && n.type === 'identifier'; hops++) {
    const b = bindingOf(tree, n);
    if (!b) break;
    n = b.value;
  }
  return n;
}

/**
 * The string a name-like expression stands for: a literal, a constant of this file, or a constant
 * of another `.go` file of the same folder (one Go package). The other files are parsed only when
 * this file does not declare the name.
 */
export function constantString(context: RuleContext, tree: GoTree, node: SyntaxNode | undefined): string | undefined {
  if (!node) return undefined;
  const literal = stringValue(tree.file, node);
  if (literal !== undefined) return literal;
  if (node.type !== 'identifier') return undefined;
  const name = nodeText(tree.file, node);
  const local = tree.stringConstants.get(name);
  if (local !== undefined) return local;
  const resolved = resolveValue(tree, node);
  if (resolved !== node) return stringValue(tree.file, resolved);
  return packageConstant(context, tree.file.path, name);
}

function packageConstant(context: RuleContext, filePath: string, name: string): string | undefined {
  const dir = path.dirname(filePath);
  const needle = new RegExp(`\\b${name}\\b`);
  for (const entry of context.workspace.listDir(dir).sort()) {
    if (!entry.endsWith('.go') || path.join(dir, entry) === filePath) continue;
    const text = context.workspace.readFile(path.join(dir, entry));
    if (!text || !needle.test(text)) continue;
    let sibling: GoTree;
    try {
      sibling = goParser.parse(new SourceFile(path.join(dir, entry), text, 'go'));
    } catch {
      continue;
    }
    const value = sibling.stringConstants.get(name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** An environment read: `os.Getenv("X")` or `os.LookupEnv("X")`, with the variable's name. */
export interface GoEnvRead {
  call: SyntaxNode;
  name: string;
}

/** Every environment read of the file whose variable name is a constant. */
export function envReads(context: RuleContext, tree: GoTree): GoEnvRead[] {
  const out: GoEnvRead[] = [];
  for (const call of tree.calls) {
    const callee = calleeOf(tree, call);
    if (!callee || callee.path !== 'os' || (callee.name !== 'Getenv' && callee.name !== 'LookupEnv')) continue;
    const name = constantString(context, tree, argumentsOf(call)[0]);
    if (name !== undefined) out.push({ call, name });
  }
  return out;
}

/** Where a request goes, as far as the file shows: Azure OpenAI, Azure AI Search, another host, or unknown. */
export type Destination = 'azure' | 'search' | 'other' | 'unknown';

/** Classifies the text of a URL expression (string parts and names it is built from). */
export function destinationOf(urlText: string): Destination {
  if (/search\.windows\.net/i.test(urlText)) return 'search';
  if (isAzureAIEndpoint(urlText) || /\/openai\/(?:deployments|v1)\b|api-version=/i.test(urlText)) return 'azure';
  if (/https?:\/\/[a-z0-9.-]+/i.test(urlText)) return 'other';
  return 'unknown';
}

/**
 * The expressions whose value reaches `node`: itself and, through local names bound once, what
 * those names are bound to (`key := os.Getenv(...)`; `azcore.NewKeyCredential(key)`), a few hops deep.
 */
export function flowsInto(tree: GoTree, node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const queue: SyntaxNode[] = [node];
  while (queue.length && out.length < 16) {
    const n = queue.shift()!;
    if (out.includes(n)) continue;
    out.push(n);
    for (const ident of walk(n)) {
      if (ident.type !== 'identifier') continue;
      const b = bindingOf(tree, ident);
      if (b && !out.includes(b.value)) queue.push(b.value);
    }
  }
  return out;
}

/** True when `inner` lies within one of `outers`. */
export function within(inner: SyntaxNode, outers: readonly SyntaxNode[]): boolean {
  return outers.some((o) => inner.start >= o.start && inner.end <= o.end);
}
