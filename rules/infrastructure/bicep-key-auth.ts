import * as path from 'node:path';
import { bicepProperty, parseBicep, type BicepExpression, type BicepFile, type BicepModule, type BicepResource } from '../../engine/parsers/bicep';
import type { WorkspaceReader } from '../../engine/workspace-reader';
import {
  accountVerdict,
  accountsIn,
  isAvmAccountModule,
  moduleCallValues,
  moduleParams,
  verdictOf,
  type BicepAccount,
  type KeyAuthVerdict,
} from './bicep-accounts';
import { evaluate, known, type BicepScope, type BicepValue } from './bicep-values';

/**
 * The key-auth outcome of one deployment a Bicep file makes: an account it declares, an AVM
 * account module it calls, or an account inside a local module it calls (followed through the
 * module's params). Works the same whether the file is linted directly or reached from a caller.
 */
export interface KeyAuthOutcome {
  /** The declaration in the file that deploys it (the resource, or the module call). */
  decl: BicepResource | BicepModule;
  /** The account resource (in this file, or in the called module). */
  account: { name: string; file: string; oldApi: boolean; apiVersion?: string };
  /** Set for accounts declared in this file. */
  local?: BicepAccount;
  /** The module param decided the outcome for a local module call (caller side), if exactly one did. */
  moduleParam?: string;
  /** The value node in this file that carries the setting (the property value or the module argument). */
  valueNode?: BicepExpression;
  verdict: KeyAuthVerdict;
  /** Params of this file whose values decided the outcome (through defaults or caller values). */
  deciding: string[];
  /** Re-evaluates with some of this file's params overridden (to choose a fix's value). */
  recheck(overrides: ReadonlyMap<string, BicepValue>): KeyAuthVerdict;
  /** For a local module call: re-evaluates with the called module's params overridden. */
  recheckModule?(overrides: ReadonlyMap<string, BicepValue>): KeyAuthVerdict;
}

/** Deepest module chain followed (main → module → module …). */
const MAX_MODULE_DEPTH = 4;

function deciders(v: BicepValue | undefined): string[] {
  return v ? v.via : [];
}

function withOverrides(scope: BicepScope, overrides: ReadonlyMap<string, BicepValue>): BicepScope {
  return { file: scope.file, params: new Map([...(scope.params ?? []), ...overrides]) };
}

/** A local module path resolved against the calling file; undefined for registry (`br:`) and template-spec (`ts:`) modules. */
export function localModulePath(fromFile: string, modulePath: string): string | undefined {
  if (/^(br|ts)[:/]/i.test(modulePath) || !/\.bicep$/i.test(modulePath)) return undefined;
  return path.resolve(path.dirname(fromFile), modulePath);
}

/** Every key-auth outcome of `file` evaluated in `scope` (caller values in `scope.params`). */
export function keyAuthOutcomes(file: BicepFile, filePath: string, scope: BicepScope, workspace: WorkspaceReader, depth = 0): KeyAuthOutcome[] {
  const out: KeyAuthOutcome[] = [];
  for (const account of accountsIn(file)) {
    const value = account.setting ? evaluate(account.setting.value, scope) : undefined;
    out.push({
      decl: account.resource,
      account: { name: account.resource.name.name, file: filePath, oldApi: account.oldApi, apiVersion: account.resource.apiVersion },
      local: account,
      valueNode: account.setting?.value,
      verdict: account.computed ? { state: 'unknown' } : verdictOf(value),
      deciding: deciders(value),
      recheck: (ov) => accountVerdict(account, withOverrides(scope, ov)),
    });
  }
  for (const d of file.declarations) {
    if (d.kind !== 'module' || d.path?.kind !== 'string') continue;
    const m = d;
    const modulePath = d.path.value;
    if (isAvmAccountModule(m)) {
      const params = moduleParams(m);
      const setting = bicepProperty(params, 'disableLocalAuth');
      // The AVM module defaults disableLocalAuth to true: a call that omits it is secure (unless
      // computed params could pass it).
      const computed = !setting && params !== undefined && (params.kind !== 'object' || params.spreads.length > 0);
      const evalIn = (s: BicepScope): BicepValue => (setting ? evaluate(setting.value, s) : computed ? { state: 'unknown', via: [] } : known(true));
      const value = evalIn(scope);
      out.push({
        decl: m,
        account: { name: m.name.name, file: filePath, oldApi: false },
        valueNode: setting?.value,
        verdict: verdictOf(value),
        deciding: setting ? deciders(value) : [],
        recheck: (ov) => verdictOf(evalIn(withOverrides(scope, ov))),
      });
      continue;
    }
    if (depth >= MAX_MODULE_DEPTH) continue;
    const target = localModulePath(filePath, modulePath);
    const text = target ? workspace.readFile(target) : undefined;
    if (!target || text === undefined) continue;
    const moduleFile = parseBicep(text);
    const callValues = moduleCallValues(m, scope);
    for (const inner of keyAuthOutcomes(moduleFile, target, { file: moduleFile, params: callValues }, workspace, depth + 1)) {
      // Only outcomes this call decides; the rest are reported in the module file itself.
      const passed = inner.deciding.filter((p) => callValues.has(p));
      if (passed.length === 0) continue;
      const argsObject = moduleParams(m);
      out.push({
        decl: m,
        account: inner.account,
        moduleParam: passed.length === 1 ? passed[0] : undefined,
        valueNode: passed.length === 1 ? bicepProperty(argsObject, passed[0])?.value : undefined,
        verdict: inner.verdict,
        deciding: [...new Set(passed.flatMap((p) => deciders(callValues.get(p))))],
        recheck: (ov) => inner.recheck(moduleCallValues(m, withOverrides(scope, ov))),
        recheckModule: (ov) => inner.recheck(new Map([...callValues, ...ov])),
      });
    }
  }
  return out;
}

/** `.bicepparam` files in the same directory whose `using` points at `bicepPath`, with their parsed trees. */
export function paramFilesFor(bicepPath: string, workspace: WorkspaceReader): { path: string; file: BicepFile }[] {
  const dir = path.dirname(bicepPath);
  const out: { path: string; file: BicepFile }[] = [];
  for (const name of workspace.listDir(dir)) {
    if (!name.toLowerCase().endsWith('.bicepparam')) continue;
    const p = path.join(dir, name);
    const text = workspace.readFile(p);
    if (text === undefined || !/\busing\b/.test(text)) continue;
    const file = parseBicep(text);
    if (usingTarget(file, p) === path.resolve(bicepPath)) out.push({ path: p, file });
  }
  return out;
}

/** The Bicep file a `.bicepparam` file's `using` statement names, resolved. */
export function usingTarget(paramFile: BicepFile, paramPath: string): string | undefined {
  const u = paramFile.declarations.find((d) => d.kind === 'using');
  if (u?.kind !== 'using' || u.path?.kind !== 'string' || !/\.bicep$/i.test(u.path.value)) return undefined;
  return path.resolve(path.dirname(paramPath), u.path.value);
}

/** The bool to give this file's `param` that makes the outcome secure, if changing it alone does. */
export function securingValue(outcome: KeyAuthOutcome, param: string): boolean | undefined {
  for (const b of [true, false]) if (outcome.recheck(new Map([[param, known(b)]])).state === 'secure') return b;
  return undefined;
}

/** For a local module call: the bool to pass for the deciding module param that makes the outcome secure. */
export function securingArgument(outcome: KeyAuthOutcome): boolean | undefined {
  const p = outcome.moduleParam;
  if (!p || !outcome.recheckModule) return undefined;
  for (const b of [true, false]) if (outcome.recheckModule(new Map([[p, known(b)]])).state === 'secure') return b;
  return undefined;
}

/** A `module` declaration in another Bicep file that deploys a given file, with the values it passes. */
export interface ModuleCaller {
  path: string;
  values: ReadonlyMap<string, BicepValue>;
}

/** Folders above a module searched for its callers (`infra/main.bicep` calls `infra/core/ai/x.bicep`). */
const CALLER_LEVELS = 3;
/** Bicep files read per folder at most when looking for callers. */
const MAX_CALLER_FILES = 50;

/**
 * The local `module` calls of `filePath` in Bicep files of its own folder and up to three folders
 * above it: where callers of a shared module (`core/ai/cognitiveservices.bicep`) live in practice.
 * Each caller's params are evaluated in the caller's own scope.
 */
export function moduleCallersOf(filePath: string, workspace: WorkspaceReader): ModuleCaller[] {
  const out: ModuleCaller[] = [];
  const target = path.resolve(filePath);
  const base = path.basename(filePath);
  let dir = path.dirname(target);
  for (let level = 0; level <= CALLER_LEVELS; level++, dir = path.dirname(dir)) {
    const names = workspace.listDir(dir).filter((n) => n.toLowerCase().endsWith('.bicep')).slice(0, MAX_CALLER_FILES);
    for (const name of names) {
      const p = path.join(dir, name);
      if (p === target) continue;
      const text = workspace.readFile(p);
      if (text === undefined || !text.includes(base)) continue;
      const file = parseBicep(text);
      for (const d of file.declarations) {
        if (d.kind !== 'module' || d.path?.kind !== 'string') continue;
        if (path.resolve(path.dirname(p), d.path.value) !== target) continue;
        out.push({ path: p, values: moduleCallValues(d, { file }) });
      }
    }
    if (dir === path.dirname(dir)) break;
  }
  return out;
}
