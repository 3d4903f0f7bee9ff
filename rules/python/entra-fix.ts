import type { SyntaxNode } from '@lezer/common';
import { children, preferredQuote, textOf, topLevelNames, type PyCall, type PyModule } from '../../engine/parsers/python';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';

/**
 * Edits shared by the Python Entra fixes: the token-provider expression, the `azure.identity`
 * import (merged or placed after the last top-level import), and keyword insertion/removal that
 * keeps a call's one-line or one-per-line layout.
 */

export type IdentityModule = 'azure.identity' | 'azure.identity.aio';

/**
 * The title of an Entra fix: what it does, then what else must change (the role, and the key
 * variables to remove; the Realtime API keeps using a key while one is set).
 */
export function entraFixTitle(how = 'DefaultAzureCredential token provider', envVars = 'AZURE_OPENAI_API_KEY'): string {
  return `Use Microsoft Entra ID (${how}); then assign the "Cognitive Services OpenAI User" role to the app's identity and remove ${envVars} from the environment/.env (the Realtime API keeps using a key while one is set).`;
}

/** `get_bearer_token_provider(DefaultAzureCredential(), "<scope>")` in the module's quote style. */
export function tokenProviderExpr(mod: PyModule, scope: string): string {
  const q = preferredQuote(mod);
  return `get_bearer_token_provider(DefaultAzureCredential(), ${q}${scope}${q})`;
}

/**
 * The edit that makes `names` importable from `module` at the call site: none when a top-level
 * `from module import` already has them, an append to such a statement when it lacks some, else a
 * new `from module import ...` line after the last top-level import before `before` (after a
 * module docstring and `from __future__` imports; at the top when there are none).
 */
export function identityImportEdit(file: SourceFile, mod: PyModule, module: IdentityModule, names: string[], before: number): { ok: true; edit?: TextEdit } | { ok: false } {
  // A name already bound to something else (`DefaultAzureCredential` from `azure.identity.aio` when
  // the sync one is needed, a local helper called `get_bearer_token_provider`): importing over it
  // could break other code, so the fix is not offered.
  for (const n of names) {
    const bound = mod.imports.get(n);
    if (bound && bound.qualified !== `${module}.${n}`) return { ok: false };
    if (!bound && topLevelNames(mod).has(n)) return { ok: false };
  }
  const edit = importEdit(file, mod, module, names, before);
  return { ok: true, edit };
}

function importEdit(file: SourceFile, mod: PyModule, module: IdentityModule, names: string[], before: number): TextEdit | undefined {
  const existing = mod.fromImports.find((f) => f.module === module && f.node.to <= before);
  if (existing) {
    const missing = names.filter((n) => !existing.names.includes(n));
    if (missing.length === 0) return undefined;
    const kids = children(existing.node);
    let last: SyntaxNode | undefined;
    for (const k of kids) if (k.name === 'VariableName') last = k;
    if (!last) return undefined;
    return { start: last.to, end: last.to, newText: `, ${missing.join(', ')}` };
  }
  const line = `from ${module} import ${names.join(', ')}`;
  let lastImport: SyntaxNode | undefined;
  for (const s of mod.statements) {
    if (s.from >= before) break;
    if (s.name === 'ImportStatement') lastImport = s;
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
