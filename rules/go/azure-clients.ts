/**
 * Go clients of Azure OpenAI that authenticate with a key, and the fix that switches them to
 * `azidentity.NewDefaultAzureCredential`:
 * - Azure SDK `azopenai.NewClientWithKeyCredential(endpoint, azcore.NewKeyCredential(key), opts)`;
 * - openai-go `openai.NewClient(azure.WithEndpoint(...), azure.WithAPIKey(key))`, and
 *   `option.WithAPIKey(key)` beside an Azure endpoint option.
 */
import { isAzureAIEndpoint } from '../../engine/azure-signals';
import { argumentsOf, calleeOf, childByField, isAzOpenAIPath, isOpenAIGoPath, nodeText, walk, type GoTree } from '../../engine/parsers/go';
import { hasErrorWithin, type SyntaxNode } from '../../engine/parsers/tree-sitter';
import type { TextEdit } from '../../engine/types';
import { bindingOf, enclosingFunction, enclosingStatement } from './go-syntax';

export const AZIDENTITY_PATH = 'github.com/Azure/azure-sdk-for-go/sdk/azidentity';

/** A key-authenticated client: the call that carries the key and the key expression. */
export interface GoKeySite {
  family: 'azopenai' | 'openai-go';
  /** `azopenai.NewClientWithKeyCredential(...)`, or `azure.WithAPIKey(...)` / `option.WithAPIKey(...)`. */
  call: SyntaxNode;
  /** The key (or key credential) expression. */
  key: SyntaxNode;
  /** What to report on: the credential argument, or the key option call. */
  reportOn: SyntaxNode;
  /** Whether the file imports openai-go's `azure` package (needed for `azure.WithTokenCredential`). */
  azureImport?: string;
}

/** Every key-authenticated Azure OpenAI client construction of the file. */
export function keySites(tree: GoTree): GoKeySite[] {
  const out: GoKeySite[] = [];
  const azureImport = [...tree.imports.values()].find((i) => isOpenAIGoPath(i.path, 'azure'))?.name;
  for (const call of tree.calls) {
    const callee = calleeOf(tree, call);
    if (!callee) continue;
    const args = argumentsOf(call);
    if (isAzOpenAIPath(callee.path) && callee.name === 'NewClientWithKeyCredential' && args[1]) {
      out.push({ family: 'azopenai', call, key: args[1], reportOn: args[1] });
    } else if (isOpenAIGoPath(callee.path, 'azure') && callee.name === 'WithAPIKey' && args[0]) {
      out.push({ family: 'openai-go', call, key: args[0], reportOn: call, azureImport });
    } else if (isOpenAIGoPath(callee.path, 'option') && callee.name === 'WithAPIKey' && args[0] && besideAzureEndpoint(tree, call)) {
      out.push({ family: 'openai-go', call, key: args[0], reportOn: call, azureImport });
    }
  }
  return out;
}

/** True when an option call sits among options that point the client at Azure (`azure.WithEndpoint`, an Azure base URL). */
function besideAzureEndpoint(tree: GoTree, option: SyntaxNode): boolean {
  const list = option.parent;
  if (list?.type !== 'argument_list') return false;
  for (const sibling of list.children) {
    if (sibling === option || sibling.type !== 'call_expression') continue;
    const callee = calleeOf(tree, sibling);
    if (!callee) continue;
    if (isOpenAIGoPath(callee.path, 'azure') && callee.name === 'WithEndpoint') return true;
    if (isOpenAIGoPath(callee.path, 'option') && callee.name === 'WithBaseURL') {
      const url = argumentsOf(sibling)[0];
      if (url && isAzureAIEndpoint(valueText(tree, url))) return true;
    }
  }
  return false;
}

/** The text of an expression and of what its local names are bound to. */
function valueText(tree: GoTree, node: SyntaxNode): string {
  const parts = [nodeText(tree.file, node)];
  for (const n of walk(node)) {
    if (n.type !== 'identifier') continue;
    const b = bindingOf(tree, n);
    if (b) parts.push(nodeText(tree.file, b.value));
  }
  return parts.join(' ');
}

/** Indentation (tabs/spaces) of the line `offset` is on. */
function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** The start of the line of `offset` and the end of its line (through the newline). */
function lineSpan(text: string, start: number, end: number): [number, number] {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  return [from, nl < 0 ? text.length : nl + 1];
}

/**
 * The error handling for the new credential: the body of the `if err != nil { ... }` right after
 * the client statement (the author's own handling), else `return` with the function's zero values
 * and `err` when it returns an error last, else `panic(err)`.
 */
function errorHandling(tree: GoTree, statement: SyntaxNode, indent: string): string[] {
  const text = tree.file.text;
  const list = statement.parent!;
  const next = list.children[list.children.indexOf(statement) + 1];
  if (next?.type === 'if_statement') {
    const condition = childByField(next, 'condition');
    const consequence = childByField(next, 'consequence');
    if (condition && consequence && /^err\s*!=\s*nil$/.test(nodeText(tree.file, condition)) && !childByField(next, 'alternative')) {
      const body = text.slice(consequence.start + 1, consequence.end - 1);
      const lines = body.split('\n').map((l) => l.replace(/\r$/, '')).filter((l) => l.trim() !== '');
      const inner = lines.length ? indentAt(lines[0], 0) : indent + '\t';
      return lines.map((l) => indent + '\t' + l.slice(Math.min(inner.length, indentAt(l, 0).length)).trimEnd());
    }
  }
  const fn = enclosingFunction(statement);
  const result = fn ? childByField(fn, 'result') : undefined;
  if (result) {
    const types = result.type === 'parameter_list' ? result.children.flatMap((p) => (p.type === 'parameter_declaration' ? resultTypes(tree, p) : [])) : [nodeText(tree.file, result)];
    if (types.length && types[types.length - 1] === 'error') {
      const zeros = types.slice(0, -1).map((t) => zeroValue(t));
      return [`${indent}\treturn ${[...zeros, 'err'].join(', ')}`];
    }
  }
  return [`${indent}\tpanic(err)`];
}

/** `(a, b int)` declares two results of type int. */
function resultTypes(tree: GoTree, decl: SyntaxNode): string[] {
  const type = childByField(decl, 'type');
  if (!type) return [];
  const names = decl.children.filter((c) => c.field === 'name').length;
  return Array(Math.max(1, names)).fill(nodeText(tree.file, type));
}

function zeroValue(type: string): string {
  if (/^(?:\*|\[\]|map\[|chan\b|func\b|interface\b|any$|error$)/.test(type)) return 'nil';
  if (type === 'string') return '""';
  if (type === 'bool') return 'false';
  if (/^(?:u?int(?:8|16|32|64)?|uintptr|byte|rune|float(?:32|64)|complex(?:64|128))$/.test(type)) return '0';
  return `*new(${type})`;
}

/** A name not used anywhere in the function (`cred`, `cred2`, ...). */
function freshName(tree: GoTree, scope: SyntaxNode, base: string): string {
  const used = new Set<string>();
  for (const n of walk(scope)) if (n.type === 'identifier') used.add(nodeText(tree.file, n));
  for (const i of tree.imports.keys()) used.add(i);
  if (!used.has(base)) return base;
  for (let i = 2; ; i++) if (!used.has(base + i)) return base + i;
}

/** The edits that switch one key site to `azidentity.NewDefaultAzureCredential`, or undefined when that cannot be done safely here. */
export function entraEdits(tree: GoTree, site: GoKeySite): { edits: TextEdit[]; keptKey: boolean } | undefined {
  const text = tree.file.text;
  const statement = enclosingStatement(site.call);
  const fn = statement && enclosingFunction(statement);
  if (!statement || !fn) return undefined; // a package-level client has no place for the error check
  if (tree.hasError && hasErrorWithin(tree, statement)) return undefined; // unfinished syntax: no edit
  if (site.family === 'openai-go' && !site.azureImport) return undefined;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = indentAt(text, statement.start);
  const cred = freshName(tree, fn, 'cred');
  const edits: TextEdit[] = [];
  const lineStart = text.lastIndexOf('\n', statement.start - 1) + 1;
  const errorLines = errorHandling(tree, statement, indent);
  edits.push({
    start: lineStart,
    end: lineStart,
    newText: [`${indent}${cred}, err := azidentity.NewDefaultAzureCredential(nil)`, `${indent}if err != nil {`, ...errorLines, `${indent}}`, ''].join(eol),
  });
  if (site.family === 'azopenai') {
    const selector = childByField(site.call, 'function')!;
    const field = childByField(selector, 'field')!;
    edits.push({ start: field.start, end: field.end, newText: 'NewClient' });
    edits.push({ start: site.key.start, end: site.key.end, newText: cred });
  } else {
    edits.push({ start: site.call.start, end: site.call.end, newText: `${site.azureImport}.WithTokenCredential(${cred})` });
  }
  // What the edits take out: the key argument, or the whole key option call.
  const gone = site.family === 'azopenai' ? site.key : site.call;
  const removed: [number, number][] = [[gone.start, gone.end]];
  const keptKey = removeUnusedBindings(tree, removed, edits);
  removeUnusedImports(tree, removed, edits);
  addImport(tree, AZIDENTITY_PATH, edits, eol);
  return { edits, keptKey };
}

/**
 * Removes the statements that only served the removed expressions (`key := os.Getenv(...)`,
 * `cred := azcore.NewKeyCredential(key)`), transitively. Go rejects unused locals, so a binding
 * left behind would not compile. Returns true when a key binding had other uses and was kept.
 */
function removeUnusedBindings(tree: GoTree, removed: [number, number][], edits: TextEdit[]): boolean {
  const text = tree.file.text;
  let kept = false;
  const inRemoved = (n: SyntaxNode) => removed.some(([s, e]) => n.start >= s && n.end <= e);
  const visited = new Set<SyntaxNode>();
  for (let changed = true; changed; ) {
    changed = false;
    for (const [s, e] of [...removed]) {
      for (const ident of identifiersIn(tree, s, e)) {
        const b = bindingOf(tree, ident);
        if (!b || visited.has(b.statement)) continue;
        if (b.statement.type !== 'short_var_declaration' && b.statement.type !== 'var_spec') continue;
        const lefts = b.statement.type === 'var_spec' ? b.statement.children.filter((c) => c.field === 'name') : (childByField(b.statement, 'left')?.children ?? []);
        if (lefts.length !== 1) continue;
        const name = nodeText(tree.file, ident);
        const fn = enclosingFunction(b.statement) ?? tree.root;
        const otherUses = [...walk(fn)].filter((n) => n.type === 'identifier' && nodeText(tree.file, n) === name && n !== b.name && !inRemoved(n));
        visited.add(b.statement);
        if (otherUses.length > 0) {
          kept = true;
          continue;
        }
        const stmt = b.statement.type === 'var_spec' && b.statement.parent?.type === 'var_declaration' && b.statement.parent.children.length === 1 ? b.statement.parent : b.statement;
        if (stmt.parent?.type !== 'statement_list') continue; // package-level vars may be used by other files
        const [from, to] = lineSpan(text, stmt.start, stmt.end);
        if (text.slice(from, stmt.start).trim() || text.slice(stmt.end, to).trim()) continue; // shares its line
        edits.push({ start: from, end: to, newText: '' });
        removed.push([from, to]);
        changed = true;
      }
    }
  }
  return kept;
}

function identifiersIn(tree: GoTree, start: number, end: number): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (const n of walk(tree.root)) if (n.type === 'identifier' && n.start >= start && n.end <= end) out.push(n);
  return out;
}

/** Drops imports (`os`, `azcore`) whose every use was removed: Go rejects unused imports. */
function removeUnusedImports(tree: GoTree, removed: [number, number][], edits: TextEdit[]): void {
  const text = tree.file.text;
  const inRemoved = (n: SyntaxNode) => removed.some(([s, e]) => n.start >= s && n.end <= e);
  for (const imp of tree.imports.values()) {
    if (imp.name === '_' || imp.name === '.') continue;
    let usedBefore = false;
    let usedAfter = false;
    for (const n of walk(tree.root)) {
      const isOperand = (n.type === 'identifier' || n.type === 'package_identifier') && n.field === 'operand';
      const isTypePackage = n.type === 'package_identifier' && n.field === 'package';
      if (isOperand || isTypePackage) {
        if (nodeText(tree.file, n) !== imp.name) continue;
        usedBefore = true;
        if (!inRemoved(n)) usedAfter = true;
      }
    }
    if (!usedBefore || usedAfter) continue;
    const spec = imp.node;
    const decl = spec.parent?.type === 'import_spec_list' ? spec : spec.parent;
    if (!decl) continue;
    const single = spec.parent?.type === 'import_declaration';
    const target = single ? spec.parent! : spec;
    const [from, to] = lineSpan(text, target.start, target.end);
    if (text.slice(from, target.start).trim() && !single) continue;
    edits.push({ start: from, end: to, newText: '' });
  }
}

/** Adds an import path to the file's import block (or a new import line after the package clause). */
function addImport(tree: GoTree, importPath: string, edits: TextEdit[], eol: string): void {
  if ([...tree.imports.values()].some((i) => i.path === importPath)) return;
  const text = tree.file.text;
  const lists = [...walk(tree.root)].filter((n) => n.type === 'import_spec_list');
  if (lists.length) {
    const list = lists[0];
    const all = list.children.filter((c) => c.type === 'import_spec');
    // goimports groups the standard library apart from module paths (whose first element has a
    // dot): join the module group, sorted, where there is one.
    const pathOf = (spec: SyntaxNode) => nodeText(tree.file, childByField(spec, 'path')!).slice(1, -1);
    const modules = all.filter((spec) => pathOf(spec).split('/')[0].includes('.'));
    const specs = modules.length ? modules : all;
    const after = specs.find((spec) => pathOf(spec) > importPath);
    const anchor = after ?? specs[specs.length - 1];
    if (anchor) {
      const indent = indentAt(text, anchor.start);
      const [from, to] = lineSpan(text, anchor.start, anchor.end);
      if (after) edits.push({ start: from, end: from, newText: `${indent}"${importPath}"${eol}` });
      else edits.push({ start: to, end: to, newText: `${indent}"${importPath}"${eol}` });
      return;
    }
  }
  const pkg = tree.root.children.find((c) => c.type === 'package_clause');
  const lastImport = [...tree.root.children].reverse().find((c) => c.type === 'import_declaration');
  const anchor = lastImport ?? pkg;
  if (!anchor) return;
  const [, to] = lineSpan(text, anchor.start, anchor.end);
  edits.push({ start: to, end: to, newText: `${lastImport ? '' : eol}import "${importPath}"${eol}` });
}
