import type { SyntaxNode } from '@lezer/common';
import { children, preferredQuote, topLevelNames, textOf, type PyCall, type PyModule } from '../../engine/parsers/python';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';

/**
 * Edits shared by the Python Entra fixes: the token-provider expression, the `azure.identity`
 * import (merged or placed after the last top-level import), and keyword insertion/removal that
 * keeps a call's one-line or one-per-line layout.
 */

export type IdentityModule = 'azure.identity' | 'azure.identity.aio';

/**
 * The title of an Entra fix: what it does (and what it removed or kept beside the client), then what
 * else must change outside the file: the role, the key variables to remove (the Realtime API keeps
 * using a key while one is set), and for a key that was in the source, its rotation.
 */
export function entraFixTitle(how = 'DefaultAzureCredential token provider', envVars = 'AZURE_OPENAI_API_KEY', note = '', hardCoded = false): string {
  const rotate = hardCoded ? '; rotate the key (it stays in the history)' : '';
  return `Use Microsoft Entra ID (${how})${note ? `; ${note}` : ''}; then assign the "Cognitive Services OpenAI User" role to the app's identity and remove ${envVars} from the environment/.env (the Realtime API keeps using a key while one is set)${rotate}.`;
}

/** The fix's own edits plus the cleanup edits that do not overlap them (a cleanup that would is left for the user). */
export function mergeEdits(edits: TextEdit[], cleanup: TextEdit[]): TextEdit[] {
  const overlaps = (a: TextEdit, b: TextEdit) => (a.start < b.end && b.start < a.end) || (a.start === a.end && a.start > b.start && a.start < b.end) || (b.start === b.end && b.start > a.start && b.start < a.end);
  return [...edits, ...cleanup.filter((c) => !edits.some((e) => overlaps(c, e)))];
}

/** `get_bearer_token_provider(DefaultAzureCredential(), "<scope>")` in the module's quote style, with the local names the import gave. */
export function tokenProviderExpr(mod: PyModule, scope: string, local?: ReadonlyMap<string, string>): string {
  const q = preferredQuote(mod);
  const name = (n: string) => local?.get(n) ?? n;
  return `${name('get_bearer_token_provider')}(${name('DefaultAzureCredential')}(), ${q}${scope}${q})`;
}

/** The aliases used when the other flavour (sync / `aio`) of a name is already imported. */
const ALIASES: Record<IdentityModule, Record<string, string>> = {
  'azure.identity.aio': { DefaultAzureCredential: 'AsyncDefaultAzureCredential', get_bearer_token_provider: 'get_async_bearer_token_provider' },
  'azure.identity': { DefaultAzureCredential: 'SyncDefaultAzureCredential', get_bearer_token_provider: 'get_sync_bearer_token_provider' },
};

/** What a fix must write to use identity names: the import edit (if any) and each name's local spelling. */
export type IdentityImports = { ok: true; edit?: TextEdit; local: Map<string, string> } | { ok: false };

/**
 * The edit that makes `names` importable from `module` at the call site at offset `at`, and the
 * local name of each: an existing import of it (an alias included) is reused; a name bound to the
 * other flavour (`azure.identity` when `azure.identity.aio` is needed) is imported under an alias
 * (`AsyncDefaultAzureCredential`), so sync and async clients can live in one module. When a
 * function around the call binds one of the names itself (an import in one branch), a module-level
 * import would not reach the call (the name is local to the function: UnboundLocalError), so the
 * import goes right before the call's statement, in its block. `avoid` are spans other edits of the
 * fix delete (an import statement being removed is no anchor).
 */
export function identityImports(file: SourceFile, mod: PyModule, module: IdentityModule, names: string[], at: number, avoid: [number, number][] = []): IdentityImports {
  const local = new Map<string, string>();
  const toImport: string[] = [];
  for (const n of names) {
    const reuse = [...mod.imports].find(([l, b]) => b.qualified === `${module}.${n}` && (l === n || l === ALIASES[module][n]) && b.node.from < at);
    if (reuse) {
      local.set(n, reuse[0]);
      continue;
    }
    const bound = mod.imports.get(n);
    let name = n;
    if ((bound && bound.qualified !== `${module}.${n}`) || (!bound && topLevelNames(mod).has(n))) {
      name = ALIASES[module][n];
      if (!name || mod.imports.has(name) || topLevelNames(mod).has(name)) return { ok: false };
    }
    local.set(n, name);
    if (bound?.qualified !== `${module}.${n}` || name !== n || !moduleLevelImport(mod, module, n)) toImport.push(n);
  }
  const spec = (n: string) => (local.get(n) === n ? n : `${n} as ${local.get(n)}`);
  if (functionBindingAny(mod, at, [...local.values()])) {
    // Every name the fix writes is imported right before the call's statement, in its block.
    const statement = statementAt(mod, at);
    const lineStart = file.lines.lineStart(file.lines.positionAt(statement.from).line);
    return { ok: true, local, edit: { start: lineStart, end: lineStart, newText: `${file.text.slice(lineStart, statement.from)}from ${module} import ${names.map(spec).join(', ')}${file.eol}` } };
  }
  if (toImport.length === 0) return { ok: true, local };
  const edit = importEdit(file, mod, module, toImport, spec, at, avoid);
  return { ok: true, edit, local };
}

/** Back-compatible form: the edit only, refused when a name is taken. */
export function identityImportEdit(file: SourceFile, mod: PyModule, module: IdentityModule, names: string[], before: number, avoid: [number, number][] = []): { ok: true; edit?: TextEdit } | { ok: false } {
  const r = identityImports(file, mod, module, names, before, avoid);
  if (!r.ok || [...r.local].some(([n, l]) => n !== l)) return { ok: false };
  return { ok: true, edit: r.edit };
}

/** True when a top-level `from module import name` binds it (a function-level one does not reach other functions). */
function moduleLevelImport(mod: PyModule, module: string, name: string): boolean {
  return mod.fromImports.some((f) => f.module === module && f.names.includes(name));
}

/** The innermost function body around `at` that binds one of `names` itself (import or assignment). */
function functionBindingAny(mod: PyModule, at: number, names: string[]): SyntaxNode | undefined {
  let node: SyntaxNode | null = mod.tree.resolveInner(at, 1);
  for (; node; node = node.parent) {
    if (node.name !== 'Body' || node.parent?.name !== 'FunctionDefinition') continue;
    for (const n of names) {
      const pattern = new RegExp(`(?<![\\w.])${n}(?!\\w)`, 'g');
      const text = mod.text.slice(node.from, node.to);
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const id = mod.tree.resolveInner(node.from + m.index, 1);
        if (id.name !== 'VariableName') continue;
        const owner = scopeOfNode(id);
        if (owner.from !== node.from || owner.to !== node.to) continue;
        const p = id.parent;
        if (p?.name === 'ImportStatement' || (p?.name === 'AssignStatement' && id.nextSibling?.name === 'AssignOp')) return node;
      }
    }
  }
  return undefined;
}

function scopeOfNode(node: SyntaxNode): SyntaxNode {
  for (let p = node.parent; p; p = p.parent) if ((p.name === 'Body' && p.parent?.name === 'FunctionDefinition') || p.name === 'Script') return p;
  return node;
}

/** The innermost statement around `at` that sits directly in a block: the one to put a line before. */
function statementAt(mod: PyModule, at: number): SyntaxNode {
  let n: SyntaxNode | null = mod.tree.resolveInner(at, 1);
  while (n && n.parent && n.parent.name !== 'Body' && n.parent.name !== 'Script') n = n.parent;
  return n ?? mod.tree.topNode;
}

function importEdit(file: SourceFile, mod: PyModule, module: IdentityModule, names: string[], spec: (n: string) => string, before: number, avoid: [number, number][]): TextEdit | undefined {
  const removed = (n: SyntaxNode) => avoid.some(([s, e]) => n.from >= s && n.to <= e);
  const existing = mod.fromImports.find((f) => f.module === module && f.node.to <= before && !removed(f.node));
  if (existing) {
    const missing = names.filter((n) => !existing.names.includes(n) || spec(n) !== n);
    if (missing.length === 0) return undefined;
    const kids = children(existing.node);
    let last: SyntaxNode | undefined;
    for (const k of kids) if (k.name === 'VariableName') last = k;
    if (!last) return undefined;
    return { start: last.to, end: last.to, newText: `, ${missing.map(spec).join(', ')}` };
  }
  const line = `from ${module} import ${names.map(spec).join(', ')}`;
  let lastImport: SyntaxNode | undefined;
  for (const s of mod.statements) {
    if (s.from >= before) break;
    if (s.name === 'ImportStatement' && !removed(s)) lastImport = s;
  }
  if (lastImport) return { start: lastImport.to, end: lastImport.to, newText: file.eol + line };
  const first = mod.statements.find((s) => s.name !== 'Comment');
  if (first && first.name === 'ExpressionStatement' && first.firstChild?.name === 'String' && first.from < before) {
    return { start: first.to, end: first.to, newText: file.eol + file.eol + line };
  }
  if (!first) return { start: file.text.length, end: file.text.length, newText: (file.text.length && !/\n$/.test(file.text) ? file.eol : '') + line + file.eol };
  const at = file.lines.lineStart(file.lines.positionAt(first.from).line);
  return { start: at, end: at, newText: line + file.eol + file.eol };
}

/** True when the call's arguments are written one per line (the last one is not on the `(` line). */
function isMultiLine(file: SourceFile, call: PyCall): boolean {
  const last = call.args[call.args.length - 1];
  if (!last) return false;
  return file.lines.positionAt(last.from).line !== file.lines.positionAt(call.argList.from).line;
}

/**
 * Inserts keyword arguments (`name=value` texts) at the end of a call, in the call's layout: one
 * per line (with the call's trailing-comma habit) when its arguments are, else inline. A comment
 * after the last argument stays on that argument's line.
 */
export function appendKeywordsEdit(file: SourceFile, call: PyCall, keywords: string[]): TextEdit[] {
  const last = call.args[call.args.length - 1];
  if (!last) return [{ start: call.argList.from + 1, end: call.argList.from + 1, newText: keywords.join(', ') }];
  let trailingComma: SyntaxNode | undefined;
  for (let c = call.argList.firstChild; c; c = c.nextSibling) if (c.name === ',' && c.from >= last.to) trailingComma = c;
  if (!isMultiLine(file, call)) return [{ start: last.to, end: last.to, newText: keywords.map((k) => ', ' + k).join('') }];
  const indent = file.indentAt(last.from);
  const lines = keywords.map((k) => file.eol + indent + k).join(',');
  const after = trailingComma ?? last;
  // Only a comment may follow on the line: then the new lines go after it.
  const lineEnd = file.lines.lineEnd(file.lines.positionAt(after.to).line);
  const rest = file.text.slice(after.to, lineEnd);
  const at = /^[ \t]*(#.*)?$/.test(rest) ? lineEnd : after.to;
  if (trailingComma) return [{ start: at, end: at, newText: lines + ',' }];
  if (at === last.to) return [{ start: last.to, end: last.to, newText: ',' + lines }];
  return [
    { start: last.to, end: last.to, newText: ',' },
    { start: at, end: at, newText: lines },
  ];
}

/** Replaces one argument (or dict entry) range with `keywords`, one per line when the call is. */
export function replaceArgumentEdit(file: SourceFile, call: PyCall, from: number, to: number, keywords: string[]): TextEdit {
  const sep = isMultiLine(file, call) ? ',' + file.eol + file.indentAt(from) : ', ';
  return { start: from, end: to, newText: keywords.join(sep) };
}

/** Removes one argument with its separating comma (and the whitespace up to the next argument). */
export function removeArgumentEdit(call: PyCall, from: number, to: number): TextEdit {
  const i = call.args.findIndex((a) => a.from === from && a.to === to);
  const next = call.args[i + 1];
  if (next) return { start: from, end: next.from, newText: '' };
  const prev = call.args[i - 1];
  if (prev) return { start: prev.to, end: to, newText: '' };
  return { start: from, end: to, newText: '' };
}

/** Text for a dict entry key in the dict's own quote style. */
export function dictKey(mod: PyModule, keyNode: SyntaxNode | undefined, name: string): string {
  const q = keyNode ? (textOf(mod, keyNode).match(/["']/)?.[0] ?? '"') : '"';
  return `${q}${name}${q}`;
}
