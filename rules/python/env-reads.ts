import type { SyntaxNode } from '@lezer/common';
import { callsNamed, children, expressionsStartingWith, namesFor, constantString, qualifiedName, readCall, resolveName, textOf, type PyCall, type PyModule } from '../../engine/parsers/python';

/** A read of an environment variable by a constant name. */
export interface EnvRead {
  /** The whole read expression (`os.getenv("X")`, `os.environ["X"]`). */
  node: SyntaxNode;
  name: string;
}

const GETTERS = new Set(['os.getenv', 'os.environ.get']);

/**
 * Reads `node` as an environment-variable read: `os.getenv("X")`, `os.environ.get("X", d)`,
 * `os.environ["X"]`, and the same through `from os import environ, getenv` or `import os as o`.
 */
export function envRead(mod: PyModule, node: SyntaxNode): EnvRead | undefined {
  if (node.name === 'CallExpression') {
    const call = readCall(mod, node);
    if (!call) return undefined;
    const callee = qualifiedName(mod, call.callee);
    if (!callee || !GETTERS.has(callee)) return undefined;
    const first = call.args[0];
    if (!first || (first.kind !== 'positional' && !(first.kind === 'keyword' && (first.name === 'key' || first.name === 'name')))) return undefined;
    const name = constantString(mod, first.value);
    return name === undefined ? undefined : { node, name };
  }
  if (node.name === 'MemberExpression') {
    const kids = children(node);
    if (kids.length < 4 || kids[1].name !== '[' || kids[kids.length - 1].name !== ']') return undefined;
    if (qualifiedName(mod, kids[0]) !== 'os.environ') return undefined;
    const name = constantString(mod, kids[2]);
    return name === undefined ? undefined : { node, name };
  }
  return undefined;
}

/** Every environment read in the module, in source order. */
export function allEnvReads(mod: PyModule): EnvRead[] {
  // A read's expression starts with a name that is (or is imported from) `os`: only those
  // expressions are looked at, found from the text, not the whole tree.
  const out: EnvRead[] = [];
  let insideTo = -1;
  // Pre-order: a read's inner calls and subscripts come right after it, and are not reads of their own.
  for (const node of expressionsStartingWith(mod, namesFor(mod, 'os'))) {
    if (node.from < insideTo) continue;
    const read = envRead(mod, node);
    if (read) {
      out.push(read);
      insideTo = node.to;
    }
  }
  return out;
}

/** At most this many `a = b` hops are followed from a key argument back to its value. */
const MAX_HOPS = 4;

/**
 * The values a name takes through simple same-scope assignments, nearest first:
 * `api_key=key` with `key = os.environ["X"]` gives `[os.environ["X"]]`; a non-name gives `[]`.
 */
export function nameFlow(mod: PyModule, value: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  let current = value;
  for (let i = 0; i < MAX_HOPS && current.name === 'VariableName'; i++) {
    const next = resolveName(mod, current);
    if (!next || out.some((n) => n.from === next.from && n.to === next.to)) break;
    out.push(next);
    current = next;
  }
  return out;
}

/** The environment variable a key expression reads, directly or through local names (`api_key = os.getenv("X")`). */
export function envSourceOf(mod: PyModule, value: SyntaxNode): string | undefined {
  for (const node of [value, ...nameFlow(mod, value)]) {
    const read = envRead(mod, node);
    if (read) return read.name;
  }
  return undefined;
}

/** ` (read from X)` for a message, when the key comes from environment variable X; else empty. */
export function envSourceNote(mod: PyModule, value: SyntaxNode): string {
  const name = envSourceOf(mod, value);
  return name ? `, read from ${name}` : '';
}

/** How a key read gets its value: the process environment, a `.env` file, or a settings class. */
export type KeyReadSource = 'environment' | 'dotenv' | 'settings' | 'wrapper';

/** A read of a setting by a constant name, whatever reads it (os, dotenv, decouple, a settings class, a wrapper). */
export interface KeyRead {
  /** What is reported: the read expression, or a settings field's statement. */
  node: SyntaxNode;
  /** The setting's name as the code spells it (`AZURE_OPENAI_API_KEY`, `AZURE-OPENAI-KEY`). */
  name: string;
  source: KeyReadSource;
}

/** Library calls that read a setting by its name (python-decouple's `config("X")`). */
const SETTING_GETTERS = new Set(['decouple.config', 'decouple.AutoConfig']);
const DOTENV_VALUES = new Set(['dotenv.dotenv_values', 'dotenv.main.dotenv_values']);
const BASE_SETTINGS = /^(?:pydantic_settings|pydantic|pydantic\.v1)\.BaseSettings$/;

/**
 * A function that reads the environment by one of its parameters (`def get_env(name): return
 * os.getenv(name)`, or a method passing it on to another such function): a wrapper whose calls
 * with a constant name are reads of that name.
 */
export interface EnvWrapper {
  /** The function's name (a method's bare name). */
  name: string;
  /** Position of the parameter among the call's positional arguments (`self` not counted). */
  param: number;
  method: boolean;
}

/** Wrapper functions and methods this module defines (found from the env reads by a parameter). */
export function envWrappers(mod: PyModule): EnvWrapper[] {
  return mod.memo('env-wrappers', () => findEnvWrappers(mod));
}

function functionOf(node: SyntaxNode): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.name === 'FunctionDefinition') return p;
  return undefined;
}

/** Names of a def's parameters, in order. */
function parameters(mod: PyModule, def: SyntaxNode): string[] {
  const params = def.getChild('ParamList');
  const out: string[] = [];
  if (!params) return out;
  for (let c = params.firstChild; c; c = c.nextSibling) {
    const prev = c.prevSibling?.name;
    if (c.name === 'VariableName' && (prev === '(' || prev === ',')) out.push(textOf(mod, c));
  }
  return out;
}

function findEnvWrappers(mod: PyModule): EnvWrapper[] {
  const out: EnvWrapper[] = [];
  const seen = new Set<string>();
  // A wrapper's parameter reaches a getter: os.getenv(p), os.environ[p], os.environ.get(p).
  const candidates: { def: SyntaxNode; arg: SyntaxNode }[] = [];
  for (const node of expressionsStartingWith(mod, namesFor(mod, 'os'))) {
    const arg = nameArgument(mod, node);
    if (arg?.name !== 'VariableName') continue;
    const def = functionOf(node);
    if (def) candidates.push({ def, arg });
  }
  const add = (def: SyntaxNode, argName: string) => {
    const params = parameters(mod, def);
    const index = params.indexOf(argName);
    const id = def.getChild('VariableName');
    if (index < 0 || !id) return false;
    const method = def.parent?.name === 'Body' && def.parent.parent?.name === 'ClassDefinition';
    const param = method && (params[0] === 'self' || params[0] === 'cls') ? index - 1 : index;
    const name = textOf(mod, id);
    if (param < 0 || seen.has(name)) return false;
    seen.add(name);
    out.push({ name, param, method });
    return true;
  };
  for (const { def, arg } of candidates) add(def, textOf(mod, arg));
  // One more level: a function passing its parameter on to a wrapper (`read(k)` → `self._get(k)`).
  for (let round = 0; round < 2 && out.length; round++) {
    let grew = false;
    for (const call of callsNamed(mod, new Set(out.map((w) => w.name)))) {
      const w = wrapperOf(mod, call, out);
      const arg = w ? call.args.filter((a) => a.kind === 'positional')[w.param] : undefined;
      const def = arg?.value.name === 'VariableName' ? functionOf(call.node) : undefined;
      if (def && arg && add(def, textOf(mod, arg.value))) grew = true;
    }
    if (!grew) break;
  }
  return out;
}

/** The name argument of an os getter expression (`os.getenv(x)`, `os.environ[x]`), if it is one. */
function nameArgument(mod: PyModule, node: SyntaxNode): SyntaxNode | undefined {
  if (node.name === 'CallExpression') {
    const call = readCall(mod, node);
    const callee = call ? qualifiedName(mod, call.callee) : undefined;
    if (!call || !callee || !GETTERS.has(callee)) return undefined;
    const first = call.args[0];
    return first && (first.kind === 'positional' || (first.kind === 'keyword' && (first.name === 'key' || first.name === 'name'))) ? first.value : undefined;
  }
  if (node.name === 'MemberExpression') {
    const kids = children(node);
    if (kids.length < 4 || kids[1].name !== '[' || qualifiedName(mod, kids[0]) !== 'os.environ') return undefined;
    return kids[2];
  }
  return undefined;
}

/** The wrapper a call invokes (`get_env(...)`, `self.read_value(...)`, `reader.read_value(...)`), among `wrappers`. */
export function wrapperOf(mod: PyModule, call: PyCall, wrappers: readonly EnvWrapper[]): EnvWrapper | undefined {
  if (call.callee.name === 'VariableName') {
    const name = textOf(mod, call.callee);
    return wrappers.find((w) => !w.method && w.name === name);
  }
  if (call.callee.name === 'MemberExpression') {
    const last = call.callee.lastChild;
    if (last?.name !== 'PropertyName') return undefined;
    const name = textOf(mod, last);
    return wrappers.find((w) => w.method && w.name === name);
  }
  return undefined;
}

/** A call of `wrapper` read as a key read: the constant name it is given. */
export function wrapperRead(mod: PyModule, call: PyCall, wrapper: EnvWrapper): KeyRead | undefined {
  const arg = call.args.filter((a) => a.kind === 'positional')[wrapper.param];
  const name = arg ? constantString(mod, arg.value) : undefined;
  return name === undefined ? undefined : { node: call.node, name, source: 'wrapper' };
}

/**
 * Every read of a setting by a constant name in the module, in source order: os reads, reads
 * through the module's own wrappers and `extraWrappers` (imported ones, from the workspace facts),
 * `config("X")` (python-decouple), `dotenv_values(...)["X"]` and `.get("X")`, and the fields of
 * pydantic `BaseSettings` classes (each field is read from the environment / `.env`).
 */
export function allKeyReads(mod: PyModule, extraWrappers: readonly { local: string; param: number }[] = []): KeyRead[] {
  const key = extraWrappers.length ? `key-reads:${extraWrappers.map((w) => `${w.local}/${w.param}`).join(',')}` : 'key-reads';
  return mod.memo(key, () => {
    const out: KeyRead[] = allEnvReads(mod).map((r) => ({ node: r.node, name: r.name, source: 'environment' as const }));
    const wrappers: EnvWrapper[] = [...envWrappers(mod), ...extraWrappers.map((w) => ({ name: w.local, param: w.param, method: false }))];
    const getters = new Set<string>(wrappers.map((w) => w.name));
    for (const [local, binding] of mod.imports) if (SETTING_GETTERS.has(binding.qualified)) getters.add(local);
    if (getters.size) {
      for (const call of callsNamed(mod, getters)) {
        const q = qualifiedName(mod, call.callee);
        if (q && SETTING_GETTERS.has(q)) {
          const name = constantString(mod, call.args[0]?.kind === 'positional' ? call.args[0].value : undefined);
          if (name !== undefined) out.push({ node: call.node, name, source: 'environment' });
          continue;
        }
        const w = wrapperOf(mod, call, wrappers);
        // A wrapper's own body passing its parameter on is not a read of a constant.
        const read = w ? wrapperRead(mod, call, w) : undefined;
        if (read) out.push(read);
      }
    }
    out.push(...dotenvReads(mod), ...settingsFieldReads(mod));
    out.sort((a, b) => a.node.from - b.node.from);
    return out.filter((r, i) => i === 0 || r.node.from !== out[i - 1].node.from || r.node.to !== out[i - 1].node.to);
  });
}

/** `dotenv_values(...)["X"]`, `values["X"]` / `values.get("X")` with `values = dotenv_values(...)`. */
function dotenvReads(mod: PyModule): KeyRead[] {
  const locals = new Set<string>();
  for (const [local, binding] of mod.imports) if (DOTENV_VALUES.has(binding.qualified)) locals.add(local);
  if (!locals.size && !mod.imports.has('dotenv')) return [];
  const out: KeyRead[] = [];
  const isValuesCall = (node: SyntaxNode | undefined): boolean => {
    if (node?.name !== 'CallExpression') return false;
    const call = readCall(mod, node);
    return !!call && DOTENV_VALUES.has(qualifiedName(mod, call.callee) ?? '');
  };
  const isValues = (node: SyntaxNode): boolean => isValuesCall(node) || (node.name === 'VariableName' && isValuesCall(resolveName(mod, node)));
  const valueNames = new Set<string>();
  for (const call of callsNamed(mod, new Set([...locals, 'dotenv_values']))) {
    const parent = call.node.parent;
    if (parent?.name === 'AssignStatement' && parent.firstChild?.name === 'VariableName') valueNames.add(textOf(mod, parent.firstChild));
    if (parent?.name === 'MemberExpression') valueNames.add(textOf(mod, call.callee));
  }
  for (const node of expressionsStartingWith(mod, valueNames)) {
    const kids = children(node);
    if (node.name === 'MemberExpression' && kids[1]?.name === '[' && isValues(kids[0])) {
      const name = constantString(mod, kids[2]);
      if (name !== undefined) out.push({ node, name, source: 'dotenv' });
    } else if (node.name === 'CallExpression') {
      const call = readCall(mod, node);
      const callee = call?.callee;
      if (callee?.name !== 'MemberExpression' || textOf(mod, callee.lastChild!) !== 'get' || !isValues(callee.firstChild!)) continue;
      const name = constantString(mod, call!.args[0]?.value);
      if (name !== undefined) out.push({ node, name, source: 'dotenv' });
    }
  }
  return out;
}

/** A field of a pydantic `BaseSettings` class: read from the environment (or its env_file) by its name. */
export interface SettingsField {
  /** The class and field name (`Settings`, `AZURE_OPENAI_KEY`). */
  className: string;
  field: string;
  /** The environment name it reads (`Field(alias=...)` / `validation_alias` / `env` when given). */
  env: string;
  statement: SyntaxNode;
}

/** Fields of the module's top-level `BaseSettings` classes. */
export function settingsFields(mod: PyModule): SettingsField[] {
  return mod.memo('settings-fields', () => {
    const out: SettingsField[] = [];
    if (!/BaseSettings/.test(mod.text)) return out;
    for (const cls of mod.statements) {
      if (cls.name !== 'ClassDefinition') continue;
      const bases = cls.getChild('ArgList');
      const id = cls.getChild('VariableName');
      if (!bases || !id || !children(bases).some((b) => BASE_SETTINGS.test(qualifiedName(mod, b) ?? ''))) continue;
      const body = cls.getChild('Body');
      for (let s = body?.firstChild; s; s = s.nextSibling) {
        if (s.name !== 'AssignStatement' || s.firstChild?.name !== 'VariableName' || s.firstChild.nextSibling?.name !== 'TypeDef') continue;
        const field = textOf(mod, s.firstChild);
        let env = field;
        const value = s.lastChild?.name === 'CallExpression' ? readCall(mod, s.lastChild) : undefined;
        if (value && /(?:^|\.)Field$/.test(qualifiedName(mod, value.callee) ?? '')) {
          for (const k of ['validation_alias', 'alias', 'env']) {
            const a = value.args.find((x) => x.kind === 'keyword' && x.name === k);
            const v = a ? constantString(mod, a.value) : undefined;
            if (v) {
              env = v;
              break;
            }
          }
        }
        out.push({ className: textOf(mod, id), field, env, statement: s });
      }
    }
    return out;
  });
}

function settingsFieldReads(mod: PyModule): KeyRead[] {
  return settingsFields(mod).map((f) => ({ node: f.statement, name: f.env, source: 'settings' as const }));
}

/**
 * The key reads whose value reaches `value` (a key argument, a header value): the value itself,
 * or the assignments it names through same-scope names (`nameFlow`).
 */
export function readsFeeding(mod: PyModule, value: SyntaxNode, reads: readonly KeyRead[] = allKeyReads(mod)): KeyRead[] {
  const ranges = [value, ...nameFlow(mod, value)];
  return reads.filter((r) => ranges.some((n) => r.node.from >= n.from && r.node.to <= n.to));
}
