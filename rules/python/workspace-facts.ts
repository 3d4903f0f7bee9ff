import * as path from 'node:path';
import type { SyntaxNode } from '@lezer/common';
import { isAzureKeyName } from '../../engine/azure-signals';
import { pythonParser, qualifiedName, readCall, textOf, type PyModule } from '../../engine/parsers/python';
import type { SourceFile } from '../../engine/source';
import type { Range } from '../../engine/types';
import type { FactEntry, FactExtractor, FactsView } from '../../engine/workspace-facts';
import { allKeyReads, envWrappers, nameFlow, settingsFields, type KeyRead } from './env-reads';
import { keySinks } from './key-sinks';

/**
 * Python's workspace facts: what a module offers its importers (module-level names bound to key
 * reads, `BaseSettings` fields, env-reading wrapper functions) and what it takes from them (the
 * imported names it passes to a client as the key). A module found by an import is resolved by
 * path, the way Python does from the importer's folder and its parents (no sys.path, no
 * site-packages: only modules of the workspace).
 */

/** A module-level name whose value is a key read: `AZURE_OPENAI_KEY = os.environ[...]`, `settings.AZURE_OPENAI_KEY`. */
export interface PyKeyName {
  /** As importers spell it after the module: `API_KEY`, `settings.API_KEY`, `Config.API_KEY`. */
  name: string;
  /** The setting read (`AZURE_OPENAI_API_KEY`). */
  env: string;
  range: Range;
}

/** An imported name this module uses as an Azure key (a client's key argument, a header, a credential). */
export interface PyKeyUse {
  /** The module as the import spells it (`config`, `.config`, `app.settings`). */
  module: string;
  /** The name after it (`AZURE_OPENAI_KEY`, `settings.AZURE_OPENAI_KEY`). */
  name: string;
  /** Where the key is used (the reported range). */
  range: Range;
  /** `the AzureOpenAI client (api_key)`. */
  label: string;
}

export interface PyModuleFacts {
  keyNames: PyKeyName[];
  /** Top-level functions that read the environment by a parameter. */
  wrappers: { name: string; param: number }[];
  keyUses: PyKeyUse[];
}

/** Setting names worth publishing: whatever may be a key (the consumer decides whether it is). */
const KEYISH = /KEY|CREDENTIAL|SECRET|TOKEN/i;

export const pythonFacts: FactExtractor<PyModuleFacts> = {
  id: 'python-module',
  kinds: ['python'],
  prefilter: /environ|getenv|dotenv_values|BaseSettings|decouple|api_key|AzureKeyCredential|["']api-key["']|Ocp-Apim/i,
  extract(file: SourceFile, parse) {
    const mod = parse(pythonParser);
    const rangeOf = (n: { from: number; to: number }) => file.lines.rangeOf(n.from, n.to);
    const keyNames: PyKeyName[] = [];
    for (const read of allKeyReads(mod)) {
      if (!KEYISH.test(read.name)) continue;
      for (const name of boundNames(mod, read)) keyNames.push({ name, env: read.name, range: rangeOf(read.node) });
    }
    const wrappers = envWrappers(mod)
      .filter((w) => !w.method)
      .map((w) => ({ name: w.name, param: w.param }));
    const keyUses: PyKeyUse[] = [];
    for (const sink of keySinks(mod)) {
      if (!sink.azure || !sink.value) continue;
      const imported = importedSource(mod, sink.value);
      if (imported) keyUses.push({ ...imported, range: rangeOf(sink), label: sink.label });
    }
    if (!keyNames.length && !wrappers.length && !keyUses.length) return undefined;
    return { keyNames, wrappers, keyUses };
  },
  keys(filePath, facts) {
    const keys = new Set<string>();
    if (facts.keyNames.length || facts.wrappers.length) keys.add(`module:${filePath}`);
    for (const use of facts.keyUses) for (const tail of importTails(use)) keys.add(`importer:${tail}`);
    return [...keys];
  },
};

/**
 * The names importers reach a read by: `X` for `X = read` at module level, `C.X` for a class
 * attribute (`class C: X = read`, or `cls.X = read` / `self.X = read` in one of its methods), and
 * for a `BaseSettings` field both `Settings.X` and `s.X` for each `s = Settings()` at module level.
 */
export function boundNames(mod: PyModule, read: KeyRead): string[] {
  if (read.source === 'settings') {
    const field = settingsFields(mod).find((f) => f.statement.from === read.node.from);
    if (!field) return [];
    const out = [`${field.className}.${field.field}`];
    for (const s of mod.statements) {
      if (s.name !== 'AssignStatement' || s.firstChild?.name !== 'VariableName' || s.lastChild?.name !== 'CallExpression') continue;
      const call = readCall(mod, s.lastChild);
      if (call && textOf(mod, call.callee) === field.className) out.push(`${textOf(mod, s.firstChild)}.${field.field}`);
    }
    return out;
  }
  const statement = assignmentOf(read.node);
  if (!statement) return [];
  const target = statement.firstChild!;
  const parent = statement.parent;
  if (target.name === 'VariableName') {
    if (parent?.name === 'Script') return [textOf(mod, target)];
    // A class attribute of a top-level class.
    if (parent?.name === 'Body' && parent.parent?.name === 'ClassDefinition' && parent.parent.parent?.name === 'Script') {
      const cls = parent.parent.getChild('VariableName');
      return cls ? [`${textOf(mod, cls)}.${textOf(mod, target)}`] : [];
    }
    return [];
  }
  // `cls.X = read` / `self.X = read` in a method of a top-level class.
  const dotted = target.name === 'MemberExpression' ? textOf(mod, target) : '';
  const m = /^(?:cls|self)\.(\w+)$/.exec(dotted);
  if (!m) return [];
  for (let p = statement.parent; p; p = p.parent) {
    if (p.name === 'ClassDefinition') {
      const cls = p.getChild('VariableName');
      return cls && p.parent?.name === 'Script' ? [`${textOf(mod, cls)}.${m[1]}`] : [];
    }
  }
  return [];
}

/** The assignment statement whose value is (or contains, through `or` / parentheses / a call's default) `node`. */
function assignmentOf(node: SyntaxNode): SyntaxNode | undefined {
  let n: SyntaxNode | null = node;
  for (let i = 0; n && i < 6; i++, n = n.parent) {
    const p: SyntaxNode | null = n.parent;
    if (p?.name === 'AssignStatement') return p.lastChild && p.lastChild.from === n.from ? p : undefined;
    if (!p || !/^(?:BinaryExpression|ParenthesizedExpression|ConditionalExpression|ArgList|CallExpression)$/.test(p.name)) return undefined;
  }
  return undefined;
}

/**
 * Where a key value comes from when that is an import: `api_key=AZURE_OPENAI_KEY` after
 * `from config import AZURE_OPENAI_KEY`, `settings.API_KEY` after `from .config import settings`,
 * `config.API_KEY` after `import config` (through same-scope names first).
 */
export function importedSource(mod: PyModule, value: SyntaxNode): { module: string; name: string } | undefined {
  const chain = [value, ...nameFlow(mod, value)];
  const last = chain[chain.length - 1];
  if (last.name !== 'VariableName' && last.name !== 'MemberExpression') return undefined;
  const dotted = textOf(mod, last);
  if (!/^[\w.]+$/.test(dotted)) return undefined;
  const [head, ...rest] = dotted.split('.');
  // A name the module binds itself is not an import (nameFlow stopped at it: a parameter, a loop...).
  if (last.name === 'VariableName' && chain.length > 1) return undefined;
  const imported = importOf(mod, head);
  if (!imported) return undefined;
  if (imported.member === undefined) {
    if (rest.length === 0) return undefined;
    return { module: imported.module, name: rest.join('.') };
  }
  return { module: imported.module, name: [imported.member, ...rest].join('.') };
}

/** What a top-level import binds `local` to: a module (`import config`) or a member (`from .config import settings`). */
function importOf(mod: PyModule, local: string): { module: string; member?: string } | undefined {
  return mod.memo(`import-of:${local}`, () => {
    let found: { module: string; member?: string } | undefined;
    for (const f of mod.fromImports) {
      for (const item of importedItems(mod, f.node)) if (item.local === local) found = { module: f.module, member: item.name };
    }
    if (found) return found;
    const binding = mod.imports.get(local);
    if (binding && textOf(mod, binding.node).startsWith('import')) return { module: binding.qualified };
    return undefined;
  });
}

/** The `name [as alias]` items of a `from X import ...` statement. */
function importedItems(mod: PyModule, statement: SyntaxNode): { name: string; local: string }[] {
  const body = textOf(mod, statement).replace(/^from\s+[\w.]+\s+import\s+/, '').replace(/[()\\]/g, ' ').replace(/#[^\n]*/g, ' ');
  const out: { name: string; local: string }[] = [];
  for (const part of body.split(',')) {
    const m = /^\s*(\w+)(?:\s+as\s+(\w+))?\s*$/.exec(part);
    if (m) out.push({ name: m[1], local: m[2] ?? m[1] });
  }
  return out;
}

/** The last segment of the module an import names, and of the module its first name may be (`from pkg import config`). */
function importTails(use: { module: string; name: string }): string[] {
  const segs = use.module.split('.').filter(Boolean);
  const out: string[] = [];
  if (segs.length) out.push(segs[segs.length - 1]);
  const head = use.name.split('.')[0];
  if (use.name.includes('.')) out.push(head);
  return out;
}

/** How many folders up an absolute import is looked for (the importer's folder and its parents). */
const MAX_PARENTS = 6;

/**
 * The files an import may name, from the importer's path: `.config` → `<dir>/config.py` (or
 * `config/__init__.py`), `..util.env` one folder up; `app.config` → `<dir>/app/config.py`, then the
 * same from each parent folder. Pure path arithmetic: the facts index says which exist.
 */
export function moduleCandidates(importer: string, module: string): string[] {
  const dir = path.dirname(importer.replace(/#[^/\\]*$/, ''));
  const dots = /^\.*/.exec(module)![0].length;
  const segs = module.slice(dots).split('.').filter(Boolean);
  const under = (base: string) => (segs.length ? [path.join(base, ...segs) + '.py', path.join(base, ...segs, '__init__.py')] : [path.join(base, '__init__.py')]);
  if (dots > 0) {
    let base = dir;
    for (let i = 1; i < dots; i++) base = path.dirname(base);
    return under(base);
  }
  const out: string[] = [];
  let base = dir;
  for (let i = 0; i <= MAX_PARENTS; i++) {
    out.push(...under(base));
    const parent = path.dirname(base);
    if (parent === base) break;
    base = parent;
  }
  return out;
}

/** The facts of the module an import names (the nearest candidate that has facts), if any. */
export function importedModuleFacts(facts: FactsView, importer: string, module: string): FactEntry<PyModuleFacts> | undefined {
  for (const candidate of moduleCandidates(importer, module)) {
    const found = facts.lookup(pythonFacts, `module:${candidate}`)[0];
    if (found) return found;
  }
  return undefined;
}

/** The key read an imported name stands for, found in the module it comes from: `{ path, keyName }`. */
export function importedKeyName(facts: FactsView, importer: string, use: { module: string; name: string }): { path: string; keyName: PyKeyName } | undefined {
  const tries: { module: string; name: string }[] = [use];
  // `from pkg import config` then `config.KEY`: `pkg.config` may be the module and `KEY` the name.
  const dot = use.name.indexOf('.');
  if (dot > 0) tries.push({ module: `${use.module}${use.module.endsWith('.') ? '' : '.'}${use.name.slice(0, dot)}`, name: use.name.slice(dot + 1) });
  for (const t of tries) {
    const entry = importedModuleFacts(facts, importer, t.module);
    const keyName = entry?.facts.keyNames.find((k) => k.name === t.name);
    if (entry && keyName) return { path: entry.path, keyName };
  }
  return undefined;
}

/** The module names a file is imported by: its base name, or its package folder's for `__init__.py`. */
function importTailsOf(filePath: string): string[] {
  const base = path.basename(filePath, '.py');
  return base === '__init__' ? [path.basename(path.dirname(filePath))] : [base];
}

/** Uses, in other modules, of `name` (bound to a key read in `filePath`) as an Azure key. */
export function importersUsing(facts: FactsView, filePath: string, names: readonly string[]): { path: string; use: PyKeyUse }[] {
  const out: { path: string; use: PyKeyUse }[] = [];
  if (!names.length || filePath.includes('#')) return out;
  const seen = new Set<string>();
  for (const tail of importTailsOf(filePath)) {
    for (const entry of facts.lookup(pythonFacts, `importer:${tail}`)) {
      if (entry.path === filePath) continue;
      for (const use of entry.facts.keyUses) {
        const found = matchUse(entry.path, use, filePath, names);
        const id = `${entry.path}:${use.range.start.line}:${use.range.start.character}`;
        if (found && !seen.has(id)) {
          seen.add(id);
          out.push({ path: entry.path, use });
        }
      }
    }
  }
  return out;
}

function matchUse(importer: string, use: PyKeyUse, target: string, names: readonly string[]): boolean {
  const tries: { module: string; name: string }[] = [use];
  const dot = use.name.indexOf('.');
  if (dot > 0) tries.push({ module: `${use.module}${use.module.endsWith('.') ? '' : '.'}${use.name.slice(0, dot)}`, name: use.name.slice(dot + 1) });
  return tries.some((t) => names.includes(t.name) && moduleCandidates(importer, t.module).includes(target));
}

/** Env-reading wrappers imported from workspace modules, by local name (`from util import get_env`). */
export function importedWrappers(mod: PyModule, facts: FactsView): { local: string; param: number }[] {
  const out: { local: string; param: number }[] = [];
  if (mod.path === '') return out;
  for (const f of mod.fromImports) {
    if (/^(?:os|typing|dotenv|pydantic|openai|azure|langchain)/.test(f.module)) continue;
    const entry = importedModuleFacts(facts, mod.path, f.module);
    if (!entry?.facts.wrappers.length) continue;
    for (const item of importedItems(mod, f.node)) {
      const w = entry.facts.wrappers.find((x) => x.name === item.name);
      if (w) out.push({ local: item.local, param: w.param });
    }
  }
  return out;
}

/** True for a qualified name of a client or credential class of the SDKs (imports of those are never workspace modules). */
export function isSdkName(mod: PyModule, node: SyntaxNode): boolean {
  return /^(?:openai|azure|langchain\w*|semantic_kernel|llama_index|autogen\w*|promptflow)\./.test(qualifiedName(mod, node) ?? '');
}

/** True when a read's setting name is an Azure key by itself (no consumer needed). */
export function isAzureKeyRead(read: KeyRead): boolean {
  return isAzureKeyName(read.name);
}
