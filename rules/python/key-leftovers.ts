import type { SyntaxNode } from '@lezer/common';
import { children, qualifiedName, readCall, resolveName, scopeOf, textOf, type PyModule } from '../../engine/parsers/python';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';

/**
 * What only served a key, removed in the same fix that switches the client to Entra ID: once the
 * client no longer takes the key, `API_KEY = os.environ["AZURE_OPENAI_API_KEY"]` raises KeyError at
 * import when the variable is deleted (as the fix asks), `if not api_key: raise ...` stops the
 * Entra path from running, and `import os` / `AzureKeyCredential` are left unused.
 *
 * A name is removed only when every other use of it is in removed code or in a guard that checks
 * nothing else; otherwise it is kept and the fix title says where it is still used (a header, a
 * log line, another client), so the user can decide.
 */

/** The removal edits, and what the title should say. */
export interface Leftovers {
  edits: TextEdit[];
  /** Names of the variables removed (`api_key`). */
  removed: string[];
  /** Variables kept because something else reads them, with the line (1-based) of that use. */
  kept: { name: string; line: number }[];
  /** Spans the fix deletes (the replaced arguments included), for other edits to avoid. */
  spans: [number, number][];
}

const ENV_GETTERS = new Set(['os.getenv', 'os.environ.get', 'os.environ.setdefault']);
/** Calls that only read a value (so dropping them changes nothing but the read). */
const PURE_CALL_TAILS = /(?:^|\.)(?:getenv|get|get_secret|str|strip)$/;

/** True when evaluating `node` has no effect beyond reading a value. */
function isPure(mod: PyModule, node: SyntaxNode, depth = 0): boolean {
  if (depth > 6) return false;
  switch (node.name) {
    case 'String':
    case 'FormatString':
    case 'ContinuedString':
    case 'Number':
    case 'None':
    case 'Boolean':
    case 'VariableName':
      return true;
    case 'MemberExpression':
    case 'ParenthesizedExpression':
    case 'BinaryExpression':
    case 'ConditionalExpression':
      return children(node).every((c) => !/Expression$|Name$|String$/.test(c.name) || c.name === 'PropertyName' || isPure(mod, c, depth + 1));
    case 'CallExpression': {
      const call = readCall(mod, node);
      if (!call) return false;
      const callee = qualifiedName(mod, call.callee) ?? textOf(mod, call.callee);
      if (!ENV_GETTERS.has(callee) && !PURE_CALL_TAILS.test(callee) && !/(?:^|\.)AzureKeyCredential$/.test(callee)) return false;
      if (call.callee.name === 'MemberExpression' && !isPure(mod, call.callee, depth + 1)) return false;
      return call.args.every((a) => (a.kind === 'positional' || a.kind === 'keyword') && isPure(mod, a.value, depth + 1));
    }
    default:
      return false;
  }
}

/** Every `VariableName` node spelled `name` in [from, to), in order. */
function occurrences(mod: PyModule, name: string, from = 0, to = mod.text.length): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  const pattern = new RegExp(`(?<![\\w.\\u0080-\\uffff])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w\\u0080-\\uffff])`, 'g');
  pattern.lastIndex = from;
  for (let m = pattern.exec(mod.text); m && m.index < to; m = pattern.exec(mod.text)) {
    const n = mod.tree.resolveInner(m.index, 1);
    if (n.name === 'VariableName' && n.from === m.index && n.to === m.index + name.length && !isKeywordName(n)) out.push(n);
  }
  return out;
}

/** The `name` of a `name=value` keyword argument: a label, not a use of a variable. */
function isKeywordName(n: SyntaxNode): boolean {
  return n.parent?.name === 'ArgList' && n.nextSibling?.name === 'AssignOp';
}

const inSpans = (spans: [number, number][], from: number, to: number) => spans.some(([s, e]) => from >= s && to <= e);

/** True for the statements of a block (not the `:`, newlines or comments). */
function blockStatements(block: SyntaxNode): SyntaxNode[] {
  return children(block).filter((c) => c.name !== ':' && c.name !== 'Comment' && !/^[\n\r]/.test(c.name));
}

/** Whole lines of a statement (with its line break) when it stands alone on them, else its own range. */
function statementSpan(file: SourceFile, node: SyntaxNode): [number, number] {
  const lines = file.lines;
  const first = lines.positionAt(node.from).line;
  // A compound statement's range ends after its last line break.
  const endOffset = node.to > node.from && /\n$/.test(file.text.slice(node.from, node.to)) ? node.to - 1 : node.to;
  const last = lines.positionAt(endOffset).line;
  const before = file.text.slice(lines.lineStart(first), node.from);
  const after = file.text.slice(endOffset, lines.lineEnd(last));
  if (before.trim() !== '' || (after.trim() !== '' && !after.trim().startsWith('#'))) return [node.from, node.to];
  // In a notebook a line break may be the one between two cells: keep the breaks (an empty line
  // stays) so an edit never reaches into the next cell.
  if (/\.ipynb(?:#|$)/i.test(file.path)) return [lines.lineStart(first), lines.lineEnd(last)];
  let end = last + 1 < lines.lineCount ? lines.lineStart(last + 1) : lines.lineEnd(last);
  // Between two blank lines (or a blank line and the top), take one of them too: no double gap.
  const blank = (line: number) => line >= 0 && line < lines.lineCount && file.text.slice(lines.lineStart(line), lines.lineEnd(line)).trim() === '';
  if ((first === 0 || blank(first - 1)) && blank(last + 1) && last + 2 < lines.lineCount) end = lines.lineStart(last + 2);
  return [lines.lineStart(first), end];
}

/** The operands of a condition split at top-level ` or ` (lezer groups `not a or b` oddly, so the text is read). */
function orOperands(text: string): { text: string; from: number; to: number }[] {
  const out: { text: string; from: number; to: number }[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (depth === 0 && /\sor\s/y.test(text.slice(i - 1, i + 3)) && text.slice(i, i + 2) === 'or') {
      out.push({ text: text.slice(start, i).trim(), from: start, to: i });
      start = i + 2;
    }
  }
  out.push({ text: text.slice(start).trim(), from: start, to: text.length });
  return out;
}

/** True for a test that only asks whether `name` is missing: `not k`, `k is None`, `k == ""`, `not k.strip()`. */
function isMissingCheck(text: string, name: string): boolean {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^\\(?\\s*(?:not\\s+${n}(?:\\.strip\\(\\))?|${n}\\s+is\\s+None|${n}\\s*==\\s*(?:""|'')|len\\(${n}\\)\\s*==\\s*0)\\s*\\)?$`).test(text);
}

/** Statements a guard may run before giving up: raise, return, pass, or a call (print, log, exit). */
function isBailout(node: SyntaxNode): boolean {
  if (node.name === 'RaiseStatement' || node.name === 'ReturnStatement' || node.name === 'PassStatement') return true;
  return node.name === 'ExpressionStatement' && node.firstChild?.name === 'CallExpression';
}

type GuardEdit = { edit: TextEdit; span: [number, number] };

/**
 * The edit removing a guard on `use` when it checks only the key (`if not k: raise`, `assert k`),
 * or the key's operand of an `or` condition (`if not endpoint or not k:` → `if not endpoint:`).
 */
function guardEdit(file: SourceFile, mod: PyModule, use: SyntaxNode, name: string): GuardEdit | undefined {
  let cond: SyntaxNode | null = use;
  while (cond.parent && cond.parent.name !== 'IfStatement' && cond.parent.name !== 'AssertStatement' && /Expression$|Name$/.test(cond.parent.name)) cond = cond.parent;
  const statement = cond.parent;
  if (!statement) return undefined;
  if (statement.name === 'AssertStatement') {
    if (statement.firstChild?.nextSibling?.from !== cond.from || !isMissingCheck(`not ${textOf(mod, cond)}`, name)) return undefined;
    const span = statementSpan(file, statement);
    return { edit: { start: span[0], end: span[1], newText: '' }, span: [statement.from, statement.to] };
  }
  if (statement.name !== 'IfStatement' || statement.firstChild?.nextSibling?.from !== cond.from) return undefined;
  const kids = children(statement);
  if (kids.some((k) => k.name === 'elif' || k.name === 'else')) return undefined;
  const body = kids.find((k) => k.name === 'Body');
  if (!body || !blockStatements(body).every(isBailout)) return undefined;
  const condText = textOf(mod, cond);
  const operands = orOperands(condText);
  if (operands.length === 1) {
    if (!isMissingCheck(operands[0].text, name)) return undefined;
    const holder = statement.parent;
    if (holder && holder.name === 'Body' && blockStatements(holder).length <= 1) return undefined;
    const span = statementSpan(file, statement);
    return { edit: { start: span[0], end: span[1], newText: '' }, span: [statement.from, statement.to] };
  }
  const i = operands.findIndex((o) => isMissingCheck(o.text, name));
  if (i < 0 || operands.some((o, j) => j !== i && new RegExp(`(?<![\\w.])${name}(?!\\w)`).test(o.text))) return undefined;
  // Drop the operand with the `or` before it (or after it, for the first one).
  const from = i === 0 ? cond.from + operands[0].from : cond.from + operands[i - 1].to;
  const to = i === 0 ? cond.from + operands[1].from : cond.from + operands[i].to;
  const lead = i === 0 ? file.text.slice(to).match(/^\s*/)![0].length : 0;
  const start = i === 0 ? from : from - (file.text.slice(0, from).match(/\s*$/)![0].length);
  const end = i === 0 ? to + lead : cond.from + operands[i].to;
  return { edit: { start, end, newText: '' }, span: [start, end] };
}

/** The `AssignStatement` that gives `name` its value `value`, when it is a lone `name = value` statement. */
function loneAssignment(value: SyntaxNode, name: string, mod: PyModule): SyntaxNode | undefined {
  const statement = value.parent;
  if (statement?.name !== 'AssignStatement') return undefined;
  const kids = children(statement);
  const ops = kids.filter((k) => k.name === 'AssignOp');
  if (ops.length !== 1 || kids[0].name !== 'VariableName' || textOf(mod, kids[0]) !== name) return undefined;
  if (kids[kids.length - 1].from !== value.from) return undefined;
  const holder = statement.parent;
  if (!holder || (holder.name !== 'Script' && holder.name !== 'Body')) return undefined;
  // Removing the only statement of a block would leave it empty.
  if (holder.name === 'Body' && blockStatements(holder).length <= 1) return undefined;
  return statement;
}

/** Names bound by the module's top-level imports, with the statement and the specifier range. */
function importSpecifiers(mod: PyModule): Map<string, { statement: SyntaxNode; from: number; to: number }> {
  const out = new Map<string, { statement: SyntaxNode; from: number; to: number }>();
  for (const s of mod.statements) {
    if (s.name !== 'ImportStatement') continue;
    const kids = children(s);
    const isFrom = kids[0]?.name === 'from';
    let i = isFrom ? kids.findIndex((k) => k.name === 'import') + 1 : 1;
    while (i > 0 && i < kids.length) {
      const k = kids[i];
      if (k.name === 'VariableName') {
        const start = k.from;
        let end = k.to;
        let local = textOf(mod, k);
        if (!isFrom) {
          // `import a.b` binds `a`; skip dotted parts.
          while (kids[i + 1]?.name === '.' && kids[i + 2]?.name === 'VariableName') {
            end = kids[i + 2].to;
            i += 2;
          }
        }
        if (kids[i + 1]?.name === 'as' && kids[i + 2]?.name === 'VariableName') {
          local = textOf(mod, kids[i + 2]);
          end = kids[i + 2].to;
          i += 2;
        }
        out.set(local, { statement: s, from: start, to: end });
      }
      i++;
    }
  }
  return out;
}

/** The edit removing one import specifier (with its comma), or the whole statement when it is the last one. */
function importRemoval(file: SourceFile, statement: SyntaxNode, specs: { from: number; to: number }[], removing: { from: number; to: number }[]): TextEdit[] {
  if (removing.length === specs.length) {
    const span = statementSpan(file, statement);
    return [{ start: span[0], end: span[1], newText: '' }];
  }
  const edits: TextEdit[] = [];
  const sorted = [...specs].sort((a, b) => a.from - b.from);
  const gone = new Set(removing.map((r) => r.from));
  for (let i = 0; i < sorted.length; i++) {
    if (!gone.has(sorted[i].from)) continue;
    // Remove up to the next kept specifier, or back to the previous kept one when it is last.
    let j = i + 1;
    while (j < sorted.length && gone.has(sorted[j].from)) j++;
    if (j < sorted.length) {
      edits.push({ start: sorted[i].from, end: sorted[j].from, newText: '' });
    } else {
      let p = i - 1;
      while (p >= 0 && gone.has(sorted[p].from)) p--;
      if (p >= 0) edits.push({ start: sorted[p].to, end: sorted[j - 1].to, newText: '' });
    }
    i = j - 1;
  }
  return edits;
}

/**
 * The leftovers of a key whose uses in `replaced` (the key argument, the `AzureKeyCredential(...)`
 * call) the fix rewrites: the variables only they read, guards on those variables, and imports
 * nothing else uses.
 */
export function keyLeftovers(file: SourceFile, mod: PyModule, replaced: [number, number][]): Leftovers {
  const spans: [number, number][] = [...replaced];
  const edits: TextEdit[] = [];
  const removed: string[] = [];
  const kept: { name: string; line: number }[] = [];
  const seen = new Set<string>();
  const namesIn = (from: number, to: number): SyntaxNode[] => {
    const out: SyntaxNode[] = [];
    const cursor = mod.tree.cursor();
    cursor.moveTo(from, 1);
    // Climb to a node covering the span, then walk it.
    while (cursor.from > from || cursor.to < to) if (!cursor.parent()) break;
    const root = cursor.node;
    const walk = root.cursor();
    for (;;) {
      if (walk.name === 'VariableName' && walk.from >= from && walk.to <= to && !isKeywordName(walk.node)) out.push(walk.node);
      if (walk.to > from && walk.from < to && walk.firstChild()) continue;
      while (!walk.nextSibling()) if (!walk.parent() || (walk.from === root.from && walk.to === root.to)) return out;
    }
  };
  const importsByName = importSpecifiers(mod);
  const importCandidates = new Set<string>();
  for (let round = 0; round < 4; round++) {
    let changed = false;
    for (const [from, to] of [...spans]) {
      for (const use of namesIn(from, to)) {
        const name = textOf(mod, use);
        const key = `${name}@${use.from}`;
        if (seen.has(key)) continue;
        seen.add(key);
        if (importsByName.has(name) && !resolveName(mod, use)) {
          importCandidates.add(name);
          continue;
        }
        const value = resolveName(mod, use);
        if (!value) continue;
        const statement = loneAssignment(value, name, mod);
        if (!statement || inSpans(spans, statement.from, statement.to) || !isPure(mod, value)) continue;
        const scope = scopeOf(statement);
        const inScope = occurrences(mod, name, scope.name === 'Script' ? 0 : scope.from, scope.name === 'Script' ? mod.text.length : scope.to);
        const guards: GuardEdit[] = [];
        let other: SyntaxNode | undefined;
        for (const o of inScope) {
          if (o.from === statement.firstChild!.from) continue;
          if (inSpans(spans, o.from, o.to)) continue;
          const guard = guardEdit(file, mod, o, name);
          if (guard) guards.push(guard);
          else {
            other = o;
            break;
          }
        }
        // A second assignment of the same name (in another branch) is another use: keep both.
        if (other) {
          if (!kept.some((k) => k.name === name)) kept.push({ name, line: file.lines.positionAt(other.from).line + 1 });
          continue;
        }
        const span = statementSpan(file, statement);
        edits.push({ start: span[0], end: span[1], newText: '' });
        spans.push([statement.from, statement.to], span);
        for (const g of guards) {
          edits.push(g.edit);
          spans.push(g.span, [g.edit.start, g.edit.end]);
        }
        if (!removed.includes(name)) removed.push(name);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Imports whose every use is now gone.
  const byStatement = new Map<number, { statement: SyntaxNode; removing: { from: number; to: number }[] }>();
  for (const name of importCandidates) {
    const spec = importsByName.get(name)!;
    const uses = occurrences(mod, name).filter((o) => !(o.from >= spec.statement.from && o.to <= spec.statement.to));
    if (!uses.every((o) => inSpans(spans, o.from, o.to))) continue;
    // `__all__` or a string annotation may name it: keep it then.
    if (new RegExp(`["']${name}["']`).test(mod.text)) continue;
    const entry = byStatement.get(spec.statement.from) ?? { statement: spec.statement, removing: [] };
    entry.removing.push(spec);
    byStatement.set(spec.statement.from, entry);
  }
  for (const { statement, removing } of byStatement.values()) {
    const specs = [...importsByName.values()].filter((s) => s.statement.from === statement.from);
    for (const e of importRemoval(file, statement, specs, removing)) {
      edits.push(e);
      spans.push([e.start, e.end]);
    }
  }
  return { edits: dropOverlaps(edits), removed, kept, spans };
}

/** The first of any two overlapping edits wins (a guard and the statement it sits in, say). */
function dropOverlaps(edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.start < prev.end) continue;
    out.push(e);
  }
  return out;
}

/** The clause a fix title adds for its leftovers: what it removed and what it kept (and why). */
export function leftoverNote(l: Leftovers): string {
  const parts: string[] = [];
  if (l.removed.length) parts.push(`removes what only the key used (${l.removed.join(', ')})`);
  for (const k of l.kept) parts.push(`keeps ${k.name}, still used on line ${k.line}`);
  return parts.join('; ');
}

/** A key/Entra toggle around a key client: the `if` statement and the branch that builds the Entra client. */
export interface EntraToggle {
  statement: SyntaxNode;
  entraBody: SyntaxNode;
}

/**
 * `if use_key: client = X(api_key=k) else: client = X(azure_ad_token_provider=p)` (either order):
 * the fix takes the Entra branch instead of rewriting the key one (which would leave two Entra
 * branches, one still logging "using API key"). `isEntraCall` says whether a call in the other
 * branch is the same library's client built with Entra.
 */
export function entraToggle(call: SyntaxNode, isEntraCall: (from: number, to: number) => boolean): EntraToggle | undefined {
  let n: SyntaxNode | null = call;
  while (n && n.name !== 'Body') n = n.parent;
  const body = n;
  const statement = body?.parent;
  if (!body || statement?.name !== 'IfStatement') return undefined;
  const kids = children(statement);
  if (kids.some((k) => k.name === 'elif') || kids.filter((k) => k.name === 'Body').length !== 2) return undefined;
  const other = kids.find((k) => k.name === 'Body' && k.from !== body.from);
  if (!other || !isEntraCall(other.from, other.to)) return undefined;
  return { statement, entraBody: other };
}

/** The text of a block's statements, re-indented to `indent` (the `if` it replaces). */
export function dedentedBlock(file: SourceFile, block: SyntaxNode, indent: string): string | undefined {
  const statements = blockStatements(block);
  if (statements.length === 0) return undefined;
  const firstLine = file.lines.positionAt(statements[0].from).line;
  const from = file.lines.lineStart(firstLine);
  let text = file.text.slice(from, block.to).replace(/\s+$/, '');
  // Re-indenting would change the value of a multi-line string.
  if (/'''|"""/.test(text)) return undefined;
  const own = file.text.slice(from, statements[0].from);
  if (!/^[ \t]*$/.test(own)) return undefined;
  const lines = text.split(/\r?\n/);
  if (lines.some((l) => l.trim() !== '' && !l.startsWith(own))) return undefined;
  text = lines.map((l) => (l.trim() === '' ? '' : indent + l.slice(own.length))).join(file.eol);
  return text;
}
