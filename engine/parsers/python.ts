import { parser as lezerPython } from '@lezer/python';
import { IncrementalParseCache } from './incremental';
import type { SyntaxNode, Tree } from '@lezer/common';
import type { Parser } from '../rule';
import type { SourceFile } from '../source';

/**
 * Python on @lezer/python: an error-tolerant parse (a syntax error in one function still leaves
 * the rest of the module as a normal tree) plus the small semantic helpers the Python rules share:
 * call arguments, string literal values, dotted names with import aliases resolved, and simple
 * same-scope constant resolution.
 *
 * The language server re-lints a document on every change, so the helpers are built for that:
 * each fact is computed once per module and shared by every rule (`memo`: calls, qualified
 * names, one assignment index per scope), and the rules find what they look for from the names
 * that must start it (`callsNamed`, `callsWithKeyword`, `expressionsStartingWith`,
 * `assignmentsStartingWith`: a text search, then `resolveInner`) rather than walking the tree.
 * bench/python-rules.ts measures it.
 */

/** What an imported local name stands for: a module (`import openai as oa`) or a member of one. */
export interface ImportBinding {
  /** Fully qualified name: `openai` for a module, `openai.AzureOpenAI` for a member. */
  qualified: string;
  node: SyntaxNode;
}

/** A `from X import a, b` statement at module level (used to merge new imports into). */
export interface FromImport {
  module: string;
  names: string[];
  node: SyntaxNode;
}

/** A parsed Python module. */
export interface PyModule {
  /** The file's path (for a notebook, the engine's `path#cells` label). */
  path: string;
  text: string;
  tree: Tree;
  /** Local name → what it was imported as (aliases resolved). The last import of a name wins. */
  imports: Map<string, ImportBinding>;
  /** Modules star-imported anywhere (`from openai import *`). */
  starImports: string[];
  /** Top-level `from X import ...` statements, in order. */
  fromImports: FromImport[];
  /** Top-level statements, in order. */
  statements: SyntaxNode[];
  /** Computes a per-module fact once (every rule of a file shares the module). */
  memo<T>(key: string, compute: () => T): T;
}

/** Re-parses an edited file incrementally (the editor re-lints on every keystroke). */
const incremental = new IncrementalParseCache(lezerPython);

export const pythonParser: Parser<PyModule> = {
  id: 'python',
  parse(file: SourceFile): PyModule {
    return parsePython(file.text, file.path);
  },
  syntaxErrors: (mod) => syntaxErrors(mod),
};

/**
 * Lezer's error nodes (`⚠`: a token it skipped or one it found missing), each widened to the node
 * that holds it unless that is a whole block or module: an unclosed `AzureOpenAI(` marks its whole
 * argument list broken, not just the point where the `)` is missing. One walk, the first time a
 * fix asks.
 */
export function syntaxErrors(mod: PyModule): { start: number; end: number }[] {
  return mod.memo('syntax-errors', () => {
    const out: { start: number; end: number }[] = [];
    mod.tree.iterate({
      enter(n) {
        if (!n.type.isError) return;
        const holder = n.node.parent;
        const wide = holder && holder.name !== 'Script' && holder.name !== 'Body' && holder.name !== 'StatementGroup';
        out.push(wide ? { start: holder.from, end: holder.to } : { start: n.from, end: n.to });
      },
    });
    return out;
  });
}

export function parsePython(text: string, path = ''): PyModule {
  const tree = incremental.parse(path, text);
  const statements: SyntaxNode[] = [];
  for (let c = tree.topNode.firstChild; c; c = c.nextSibling) {
    if (c.name === 'StatementGroup') for (let s = c.firstChild; s; s = s.nextSibling) statements.push(s);
    else statements.push(c);
  }
  const imports = new Map<string, ImportBinding>();
  const fromImports: FromImport[] = [];
  const starImports: string[] = [];
  // SyntaxNode objects are not identity-stable: compare positions.
  const topLevel = new Set(statements.map((st) => rangeKey(st.from, st.to)));
  for (const node of importStatements(tree, text)) {
    const star = /^from\s+([\w.]+)\s+import\s+\*\s*$/.exec(text.slice(node.from, node.to));
    if (star) starImports.push(star[1]);
    readImport(text, node, imports, topLevel.has(rangeKey(node.from, node.to)) ? fromImports : undefined);
  }
  const facts = new Map<string, unknown>();
  const memo = <T>(key: string, compute: () => T): T => {
    if (!facts.has(key)) facts.set(key, compute());
    return facts.get(key) as T;
  };
  return { path, text, tree, imports, starImports, fromImports, statements, memo };
}

/** A number naming a range (positions stay below 2^26: the engine skips files over 3 MB). */
function rangeKey(from: number, to: number): number {
  return from * 0x4000000 + to;
}

/**
 * Every `ImportStatement`, in source order, found from the text rather than by walking the tree:
 * an import starts with the keyword `from` or `import`, and there are few of those. Parsing stays
 * cheap, and the one full walk (`moduleIndex`) happens only when a rule needs it.
 */
function importStatements(tree: Tree, text: string): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  let lastFrom = -1;
  const keyword = /\b(?:from|import)\b/g;
  for (let m = keyword.exec(text); m; m = keyword.exec(text)) {
    let n: SyntaxNode | null = tree.resolveInner(m.index, 1);
    while (n && n.name !== 'ImportStatement' && n.name !== 'Script') n = n.parent;
    if (!n || n.name !== 'ImportStatement' || n.from <= lastFrom) continue;
    out.push(n);
    lastFrom = n.from;
    keyword.lastIndex = Math.max(keyword.lastIndex, n.to);
  }
  return out;
}

/** Every call and the string quote counts: one walk of the tree, made the first time `allCalls` or `preferredQuote` asks. */
interface ModuleIndex {
  /** `CallExpression` nodes, in source order. */
  callNodes: SyntaxNode[];
  /** Single-line string literals by quote character (for `preferredQuote`). */
  singleQuoted: number;
  doubleQuoted: number;
}

function moduleIndex(mod: PyModule): ModuleIndex {
  return mod.memo('index', () => {
    const index: ModuleIndex = { callNodes: [], singleQuoted: 0, doubleQuoted: 0 };
    const cursor = mod.tree.cursor();
    for (;;) {
      const name = cursor.name;
      if (name === 'CallExpression') index.callNodes.push(cursor.node);
      else if (name === 'String') countQuote(mod.text, cursor.from, cursor.to, index);
      if (cursor.firstChild()) continue;
      while (!cursor.nextSibling()) if (!cursor.parent()) return index;
    }
  });
}

const PREFIX_CHARS = 'rRbBuUfF';

/** Counts one `String` literal's quote as `stringValue` reads it; triple-quoted literals don't count. */
function countQuote(text: string, from: number, to: number, index: ModuleIndex): void {
  let i = from;
  while (i < to && PREFIX_CHARS.includes(text[i])) i++;
  if (i - from > 2 || i >= to) return;
  const q = text[i];
  if (q !== '"' && q !== "'") return;
  if (text.startsWith(q + q + q, i)) return;
  if (q === "'") index.singleQuoted++;
  else index.doubleQuoted++;
}

/**
 * Local names that stand for `module` or something imported from it (`openai`, `oa` after
 * `import openai as oa`, `environ` after `from os import environ`), plus `module` itself: a
 * dotted name whose `qualifiedName` starts with `module.` starts with one of these.
 */
export function namesFor(mod: PyModule, module: string): ReadonlySet<string> {
  return mod.memo(`names-for:${module}`, () => {
    const names = new Set([module]);
    for (const [local, binding] of mod.imports) if (binding.qualified === module || binding.qualified.startsWith(module + '.')) names.add(local);
    return names;
  });
}

/**
 * The `CallExpression` / `MemberExpression` nodes that start with one of `names`, in source
 * pre-order (outer before inner), found from the text: cheap when the names are rare.
 */
export function expressionsStartingWith(mod: PyModule, names: ReadonlySet<string>): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const pos of wordPositions(mod, names)) {
    const chain: SyntaxNode[] = [];
    for (let n: SyntaxNode | null = mod.tree.resolveInner(pos, 1); n && n.from === pos; n = n.parent) {
      if (n.name === 'CallExpression' || n.name === 'MemberExpression') chain.push(n);
    }
    for (let i = chain.length - 1; i >= 0; i--) out.push(chain[i]);
  }
  return out;
}

/**
 * The calls whose callee's qualified name ends in one of `names` (`AzureOpenAI` finds
 * `AzureOpenAI(...)`, `openai.AzureOpenAI(...)` and, after `from openai import AzureOpenAI as
 * AOAI`, `AOAI(...)`), in source order: the subset of `allCalls` a rule that knows its class
 * names looks at. Found from the text (the names are rare), so the whole tree is not walked.
 */
export function callsNamed(mod: PyModule, names: ReadonlySet<string>): PyCall[] {
  const key = [...names].sort().join(',');
  return mod.memo(`calls-named:${key}`, () => {
    // A bare name may be an import alias of the class (`qualifiedName` resolves it).
    const words = new Set(names);
    for (const [local, binding] of mod.imports) if (names.has(binding.qualified.slice(binding.qualified.lastIndexOf('.') + 1))) words.add(local);
    const out: PyCall[] = [];
    for (const pos of wordPositions(mod, words)) {
      const id = mod.tree.resolveInner(pos, 1);
      if (id.from !== pos) continue;
      let callee: SyntaxNode | null = null;
      if (id.name === 'VariableName') callee = id;
      else if (id.name === 'PropertyName' && id.parent?.name === 'MemberExpression' && id.parent.to === id.to) callee = id.parent;
      const node = callee?.parent;
      if (!callee || node?.name !== 'CallExpression' || node.firstChild?.from !== callee.from || node.firstChild.to !== callee.to) continue;
      const call = readCall(mod, node);
      if (call) out.push(call);
    }
    return sortCalls(out);
  });
}

/** The calls that pass a keyword argument `name=`, in source order (found from the text). */
export function callsWithKeyword(mod: PyModule, name: string): PyCall[] {
  return mod.memo(`calls-with-keyword:${name}`, () => {
    const out: PyCall[] = [];
    for (const pos of wordPositions(mod, new Set([name]))) {
      const id = mod.tree.resolveInner(pos, 1);
      if (id.from !== pos || id.name !== 'VariableName' || id.parent?.name !== 'ArgList') continue;
      let next = id.nextSibling;
      while (next?.name === 'Comment') next = next.nextSibling;
      if (next?.name !== 'AssignOp') continue;
      const node = id.parent.parent;
      if (node?.name !== 'CallExpression') continue;
      const call = readCall(mod, node);
      if (call && call.argList.from === id.parent.from) out.push(call);
    }
    return sortCalls(out);
  });
}

/** Source order (an outer call before a call it starts with), without duplicates. */
function sortCalls(calls: PyCall[]): PyCall[] {
  calls.sort((a, b) => a.node.from - b.node.from || b.node.to - a.node.to);
  return calls.filter((c, i) => i === 0 || c.node.from !== calls[i - 1].node.from || c.node.to !== calls[i - 1].node.to);
}

/** `AssignStatement` nodes whose first target starts with one of `names`, in source order (found from the text). */
export function assignmentsStartingWith(mod: PyModule, names: ReadonlySet<string>): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const pos of wordPositions(mod, names)) {
    for (let n: SyntaxNode | null = mod.tree.resolveInner(pos, 1); n && n.from === pos; n = n.parent) {
      if (n.name === 'AssignStatement') {
        out.push(n);
        break;
      }
    }
  }
  return out;
}

/** Where each of `names` occurs in the text as a whole identifier, in order. */
function wordPositions(mod: PyModule, names: ReadonlySet<string>): number[] {
  if (names.size === 0) return [];
  const out: number[] = [];
  const pattern = new RegExp(`(?<![\\w\\u0080-\\uffff])(?:${[...names].map(escapeRegExp).join('|')})(?![\\w\\u0080-\\uffff])`, 'g');
  for (let m = pattern.exec(mod.text); m; m = pattern.exec(mod.text)) out.push(m.index);
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function readImport(text: string, node: SyntaxNode, imports: Map<string, ImportBinding>, fromImports: FromImport[] | undefined): void {
  const kids = children(node);
  const src = (n: SyntaxNode) => text.slice(n.from, n.to);
  if (kids[0]?.name === 'from') {
    let i = 1;
    let module = '';
    while (i < kids.length && kids[i].name !== 'import') module += src(kids[i++]);
    i++;
    const names: string[] = [];
    while (i < kids.length) {
      const k = kids[i];
      if (k.name === 'VariableName') {
        const name = src(k);
        let local = name;
        if (kids[i + 1]?.name === 'as' && kids[i + 2]?.name === 'VariableName') {
          local = src(kids[i + 2]);
          i += 2;
        }
        names.push(name);
        if (!module.startsWith('.')) imports.set(local, { qualified: `${module}.${name}`, node });
      }
      i++;
    }
    fromImports?.push({ module, names, node });
    return;
  }
  // import a.b.c [as x], d
  let i = 1;
  while (i < kids.length) {
    let dotted = '';
    while (i < kids.length && (kids[i].name === 'VariableName' || kids[i].name === '.')) dotted += src(kids[i++]);
    if (kids[i]?.name === 'as' && kids[i + 1]?.name === 'VariableName') {
      imports.set(src(kids[i + 1]), { qualified: dotted, node });
      i += 2;
    } else if (dotted) {
      // `import a.b` binds `a` (to the package `a`).
      const head = dotted.split('.')[0];
      imports.set(head, { qualified: head, node });
    }
    i++; // the comma (or whatever stopped us)
  }
}

/** Names the module binds at top level with `def`, `class` or a plain assignment (imports excluded). */
export function topLevelNames(mod: PyModule): ReadonlySet<string> {
  return mod.memo('top-level-names', () => {
    const names = new Set<string>();
    for (const s of mod.statements) {
      if (s.name === 'FunctionDefinition' || s.name === 'ClassDefinition') {
        const id = s.getChild('VariableName');
        if (id) names.add(textOf(mod, id));
      } else if (s.name === 'AssignStatement' && s.firstChild?.name === 'VariableName') {
        names.add(textOf(mod, s.firstChild));
      }
    }
    return names;
  });
}

/** The direct children of a node, error nodes included. */
export function children(node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let c = node.firstChild; c; c = c.nextSibling) out.push(c);
  return out;
}

/** The source text of a node. */
export function textOf(mod: PyModule, node: SyntaxNode): string {
  return mod.text.slice(node.from, node.to);
}

/**
 * The dotted name of a `VariableName` or a `MemberExpression` chain of names (`a.b.c`), with the
 * head resolved through imports: after `import openai as oa`, `oa.AzureOpenAI` → `openai.AzureOpenAI`.
 * Undefined for anything else (calls, subscripts).
 */
export function qualifiedName(mod: PyModule, node: SyntaxNode | null | undefined): string | undefined {
  if (!node || (node.name !== 'VariableName' && node.name !== 'MemberExpression')) return undefined;
  // Every rule asks for the callee names of the same calls (the same node objects): cache by node.
  const cache = mod.memo('qualified-names', () => new WeakMap<SyntaxNode, string | undefined>());
  if (cache.has(node)) return cache.get(node);
  const q = resolveQualified(mod, node);
  cache.set(node, q);
  return q;
}

function resolveQualified(mod: PyModule, node: SyntaxNode): string | undefined {
  const raw = dottedName(mod, node);
  if (!raw) return undefined;
  const dot = raw.indexOf('.');
  const head = dot < 0 ? raw : raw.slice(0, dot);
  const binding = mod.imports.get(head);
  if (!binding) return raw;
  return dot < 0 ? binding.qualified : binding.qualified + raw.slice(dot);
}

/** `a.b.c` as written (no import resolution), or undefined when the node is not a plain chain. */
export function dottedName(mod: PyModule, node: SyntaxNode | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.name === 'VariableName') return textOf(mod, node);
  if (node.name !== 'MemberExpression') return undefined;
  // Exactly three children: object, `.`, PropertyName (read without building a child array).
  const object = node.firstChild;
  const dot = object?.nextSibling;
  const property = dot?.nextSibling;
  if (!object || dot?.name !== '.' || property?.name !== 'PropertyName' || property.nextSibling) return undefined;
  const head = dottedName(mod, object);
  return head === undefined ? undefined : `${head}.${textOf(mod, property)}`;
}

/** One argument of a call. */
export interface PyArg {
  kind: 'positional' | 'keyword' | 'star' | 'doublestar';
  /** Keyword name (keyword arguments only). */
  name?: string;
  /** The value expression (for `*x` / `**x`, the `x`). */
  value: SyntaxNode;
  /** The whole argument, `api_key=...` included. */
  from: number;
  to: number;
}

/** A call expression with its callee and arguments. */
export interface PyCall {
  node: SyntaxNode;
  callee: SyntaxNode;
  argList: SyntaxNode;
  args: PyArg[];
}

/** Reads a `CallExpression` node; undefined for anything else. */
export function readCall(mod: PyModule, node: SyntaxNode): PyCall | undefined {
  if (node.name !== 'CallExpression') return undefined;
  // The rules reach the same calls many ways (every call, by name, through a resolved name):
  // they share one PyCall (its arguments read once). Keyed by start; calls that share a start
  // (`f()()`) are told apart by their end.
  const byStart = mod.memo('calls-by-start', () => new Map<number, PyCall>());
  const known = byStart.get(node.from);
  if (known && known.node.to === node.to) return known;
  const call = readCallUncached(mod, node);
  if (call && !known) byStart.set(node.from, call);
  return call;
}

function readCallUncached(mod: PyModule, node: SyntaxNode): PyCall | undefined {
  const callee = node.firstChild;
  const argList = node.lastChild;
  if (!callee || !argList || argList.name !== 'ArgList') return undefined;
  return new LazyCall(mod, node, callee, argList);
}

/**
 * A call whose arguments are read on first use: the rules look at every call's callee, but at the
 * arguments of only the few calls whose callee they know.
 */
class LazyCall implements PyCall {
  private parsedArgs: PyArg[] | undefined;

  constructor(
    private readonly mod: PyModule,
    readonly node: SyntaxNode,
    readonly callee: SyntaxNode,
    readonly argList: SyntaxNode,
  ) {}

  get args(): PyArg[] {
    return (this.parsedArgs ??= readArgs(this.mod, this.argList));
  }
}

function readArgs(mod: PyModule, argList: SyntaxNode): PyArg[] {
  const args: PyArg[] = [];
  let segment: SyntaxNode[] = [];
  const flush = () => {
    const real = segment.filter((n) => n.name !== 'Comment');
    segment = [];
    if (real.length === 0) return;
    const from = real[0].from;
    const to = real[real.length - 1].to;
    if (real[0].name === 'VariableName' && real[1]?.name === 'AssignOp' && real[2]) {
      args.push({ kind: 'keyword', name: textOf(mod, real[0]), value: real[2], from, to });
    } else if (real[0].name === '**' && real[1]) {
      args.push({ kind: 'doublestar', value: real[1], from, to });
    } else if (real[0].name === '*' && real[1]) {
      args.push({ kind: 'star', value: real[1], from, to });
    } else {
      args.push({ kind: 'positional', value: real[0], from, to });
    }
  };
  for (let c = argList.firstChild; c; c = c.nextSibling) {
    if (c.name === '(' || c.name === ')') continue;
    if (c.name === ',') flush();
    else segment.push(c);
  }
  flush();
  return args;
}

/** The keyword argument `name`, if passed. */
export function keywordArg(call: PyCall, name: string): PyArg | undefined {
  return call.args.find((a) => a.kind === 'keyword' && a.name === name);
}

/** Every call in the module, in source order. */
export function allCalls(mod: PyModule): PyCall[] {
  return mod.memo('calls', () => collectCalls(mod));
}

function collectCalls(mod: PyModule): PyCall[] {
  const out: PyCall[] = [];
  for (const node of moduleIndex(mod).callNodes) {
    const call = readCall(mod, node);
    if (call) out.push(call);
  }
  return out;
}

/** A string literal's value. `constant` is false for f-strings (their value depends on run time). */
export interface PyString {
  value: string;
  constant: boolean;
  /** The quote character the literal uses. */
  quote: '"' | "'";
}

const STRING_LITERAL = /^([rRbBuUfF]{0,2})('''|"""|'|")([\s\S]*)$/;

/**
 * The value of a `String` / `FormatString` node, or of implicitly concatenated literals in
 * parentheses. Escapes are decoded for the common cases (`\\`, quotes, `\n`, `\t`); raw strings
 * keep them. Undefined for non-strings.
 */
export function stringValue(mod: PyModule, node: SyntaxNode | null | undefined): PyString | undefined {
  if (!node) return undefined;
  if (node.name === 'ParenthesizedExpression') {
    const inner = children(node).filter((n) => n.name !== '(' && n.name !== ')');
    if (inner.length === 0) return undefined;
    const parts = inner.map((n) => stringValue(mod, n));
    if (parts.some((p) => !p)) return undefined;
    return { value: parts.map((p) => p!.value).join(''), constant: parts.every((p) => p!.constant), quote: parts[0]!.quote };
  }
  if (node.name !== 'String' && node.name !== 'FormatString' && node.name !== 'ContinuedString') return undefined;
  if (node.name === 'ContinuedString') {
    const parts = children(node).map((n) => stringValue(mod, n));
    if (parts.length === 0 || parts.some((p) => !p)) return undefined;
    return { value: parts.map((p) => p!.value).join(''), constant: parts.every((p) => p!.constant), quote: parts[0]!.quote };
  }
  const m = STRING_LITERAL.exec(textOf(mod, node));
  if (!m) return undefined;
  const prefix = m[1].toLowerCase();
  const q = m[2];
  let body = m[3];
  if (body.endsWith(q)) body = body.slice(0, body.length - q.length);
  const raw = prefix.includes('r');
  const value = raw ? body : body.replace(/\\(["'\\nt])/g, (_s, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
  return { value, constant: node.name === 'String' && !prefix.includes('f'), quote: q[0] as '"' | "'" };
}

/** A constant string: a literal, or a name assigned a literal in the same scope. */
export function constantString(mod: PyModule, node: SyntaxNode | null | undefined): string | undefined {
  const direct = stringValue(mod, node);
  if (direct) return direct.constant ? direct.value : undefined;
  if (node?.name === 'VariableName') {
    const resolved = resolveName(mod, node);
    const s = resolved ? stringValue(mod, resolved) : undefined;
    return s?.constant ? s.value : undefined;
  }
  return undefined;
}

/** The scope node (function `Body` or `Script`) a node belongs to. */
export function scopeOf(node: SyntaxNode): SyntaxNode {
  for (let p = node.parent; p; p = p.parent) {
    if (p.name === 'Body' && p.parent && (p.parent.name === 'FunctionDefinition' || p.parent.name === 'ClassDefinition')) return p;
    if (p.name === 'Script') return p;
  }
  return node;
}

/**
 * Simple constant resolution: the value of the last plain assignment `name = value` before `use`,
 * in the same function (walking into `if`/`with`/`try` blocks), else at module level. Undefined
 * when there is none or the name is assigned by something we can't read (tuple unpacking, `for`).
 */
export function resolveName(mod: PyModule, use: SyntaxNode): SyntaxNode | undefined {
  const name = textOf(mod, use);
  const own = scopeOf(use);
  let scope: SyntaxNode | null = own;
  while (scope) {
    // An enclosing scope's names may be assigned after the function is defined (it runs later).
    const enclosing = scope.from !== own.from || scope.to !== own.to;
    const found = lastAssignment(mod, scope, name, enclosing ? Infinity : use.from);
    if (found) return found;
    // A parameter shadows every outer assignment: its value comes from the caller.
    if (scope.name === 'Body' && isParameter(mod, scope.parent, name)) return undefined;
    if (scope.name === 'Script') break;
    scope = scopeOf(scope);
  }
  return undefined;
}

/** True when `name` is a parameter of the function `def` (`a`, `*a`, `**a`, `a=1`, `a: T`). */
function isParameter(mod: PyModule, def: SyntaxNode | null, name: string): boolean {
  const params = def?.getChild('ParamList');
  if (!params) return false;
  for (let c = params.firstChild; c; c = c.nextSibling) {
    const prev = c.prevSibling?.name;
    if (c.name === 'VariableName' && (prev === '(' || prev === ',' || prev === '*' || prev === '**') && textOf(mod, c) === name) return true;
  }
  return false;
}

/** The value of the last plain assignment to `name` in `scope` (not in nested functions) starting before `before`. */
function lastAssignment(mod: PyModule, scope: SyntaxNode, name: string, before: number): SyntaxNode | undefined {
  const entries = scopeAssignments(mod, scope).get(name);
  if (!entries) return undefined;
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].from < before) return entries[i].value;
  return undefined;
}

/** One `name = value` of a scope: where the statement starts, and the value. */
interface ScopeAssignment {
  from: number;
  value: SyntaxNode;
}

/**
 * The plain assignments of one scope by target name, in source order: built once per scope and
 * module (name resolution is asked for again and again, by every rule), instead of a scan per use.
 */
function scopeAssignments(mod: PyModule, scope: SyntaxNode): Map<string, ScopeAssignment[]> {
  const byScope = mod.memo('scope-assignments', () => new Map<number, Map<string, ScopeAssignment[]>>());
  const key = rangeKey(scope.from, scope.to);
  let names = byScope.get(key);
  if (names) return names;
  const found = new Map<string, ScopeAssignment[]>();
  const add = (target: SyntaxNode, statement: SyntaxNode, value: SyntaxNode) => {
    const name = textOf(mod, target);
    const list = found.get(name);
    if (list) list.push({ from: statement.from, value });
    else found.set(name, [{ from: statement.from, value }]);
  };
  // A cursor walk of the scope, skipping nested functions, classes and lambdas, and not entering
  // assignments (no statement nests in an assignment).
  const cursor = scope.cursor();
  if (cursor.firstChild()) {
    let depth = 1;
    for (;;) {
      const name = cursor.name;
      let enter = true;
      if (name === 'FunctionDefinition' || name === 'ClassDefinition' || name === 'LambdaExpression') enter = false;
      else if (name === 'AssignStatement') {
        enter = false;
        const c = cursor.node;
        const kids = children(c);
        // `a = b = value`: targets are every node before an AssignOp; the value is the last node.
        const value = kids[kids.length - 1];
        for (let i = 0; i + 1 < kids.length; i++) {
          if (kids[i + 1].name === 'AssignOp' && kids[i].name === 'VariableName') add(kids[i], c, value);
          else if (kids[i + 1].name === 'TypeDef' && kids[i].name === 'VariableName' && kids[i + 2]?.name === 'AssignOp') add(kids[i], c, value);
        }
      }
      if (enter && cursor.firstChild()) {
        depth++;
        continue;
      }
      while (!cursor.nextSibling()) {
        if (--depth === 0 || !cursor.parent()) break;
      }
      if (depth === 0) break;
    }
  }
  names = found;
  byScope.set(key, names);
  return names;
}

/** Key/value entries of a dict literal; `**spread` entries have no key. */
export interface PyDictEntry {
  key?: string;
  keyNode?: SyntaxNode;
  value: SyntaxNode;
  from: number;
  to: number;
}

/** Entries of a `DictionaryExpression`, or of `dict(a=..., b=...)`. Undefined for anything else. */
export function dictEntries(mod: PyModule, node: SyntaxNode | null | undefined): PyDictEntry[] | undefined {
  if (!node) return undefined;
  if (node.name === 'CallExpression') {
    const call = readCall(mod, node);
    if (!call || qualifiedName(mod, call.callee) !== 'dict') return undefined;
    return call.args.map((a) =>
      a.kind === 'keyword' ? { key: a.name, value: a.value, from: a.from, to: a.to } : { value: a.value, from: a.from, to: a.to },
    );
  }
  if (node.name !== 'DictionaryExpression') return undefined;
  const out: PyDictEntry[] = [];
  let segment: SyntaxNode[] = [];
  const flush = () => {
    const real = segment.filter((n) => n.name !== 'Comment');
    segment = [];
    if (real.length === 0) return;
    const from = real[0].from;
    const to = real[real.length - 1].to;
    if (real[0].name === '**' && real[1]) out.push({ value: real[1], from, to });
    else if (real[1]?.name === ':' && real[2]) out.push({ key: constantString(mod, real[0]), keyNode: real[0], value: real[2], from, to });
  };
  for (let c = node.firstChild; c; c = c.nextSibling) {
    if (c.name === '{' || c.name === '}') continue;
    if (c.name === ',') flush();
    else segment.push(c);
  }
  flush();
  return out;
}

/** The quote character most string literals of the module use (double when there are none). */
export function preferredQuote(mod: PyModule): '"' | "'" {
  return mod.memo('quote', () => countQuotes(mod));
}

function countQuotes(mod: PyModule): '"' | "'" {
  const { singleQuoted, doubleQuoted } = moduleIndex(mod);
  return singleQuoted > doubleQuoted ? "'" : '"';
}

/** True when `node` lies inside `ancestor` (or is it). */
export function isWithin(node: SyntaxNode, from: number, to: number): boolean {
  return node.from >= from && node.to <= to;
}
