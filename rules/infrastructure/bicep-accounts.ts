import {
  bicepProperty,
  bodyObject,
  type BicepExpression,
  type BicepFile,
  type BicepModule,
  type BicepObject,
  type BicepProperty,
  type BicepResource,
} from '../../engine/parsers/bicep';
import { evaluate, moduleParamValues, type BicepScope, type BicepValue } from './bicep-values';
import { AVM_BICEP_ACCOUNT, isCognitiveAccountType, predatesDisableLocalAuth } from './cognitive-account';

/** A `Microsoft.CognitiveServices/accounts` resource declared (not `existing`) in a Bicep file. */
export interface BicepAccount {
  resource: BicepResource;
  body: BicepObject | undefined;
  /** The `properties: {…}` entry, if written. */
  properties: BicepProperty | undefined;
  /** The `disableLocalAuth` entry inside `properties`, if written. */
  setting: BicepProperty | undefined;
  /** The API version predates `disableLocalAuth`. */
  oldApi: boolean;
  /**
   * `properties` (or the body) is computed (`union(…)`, a var, a `...spread`), so a missing
   * `disableLocalAuth` may still be set: the value cannot be told.
   */
  computed: boolean;
}

/** Accounts declared at the top level of `file` (existing references are not deployments). */
export function accountsIn(file: BicepFile): BicepAccount[] {
  const out: BicepAccount[] = [];
  for (const d of file.declarations) {
    if (d.kind !== 'resource' || d.existing || !isCognitiveAccountType(d.resourceType)) continue;
    const body = bodyObject(d.value);
    const properties = bicepProperty(body, 'properties');
    const setting = bicepProperty(properties?.value, 'disableLocalAuth');
    const props = properties?.value;
    const computed = !body || body.spreads.length > 0 || (properties !== undefined && (props?.kind !== 'object' || props.spreads.length > 0));
    out.push({ resource: d, body, properties, setting, oldApi: predatesDisableLocalAuth(d.apiVersion), computed: !setting && computed });
  }
  return out;
}

/** How an account's key-auth setting came out. */
export type KeyAuthVerdict =
  | { state: 'secure' }
  /** Keys stay on: `disableLocalAuth` missing (value undefined) or evaluated to something other than true. */
  | { state: 'keys-on'; value: BicepValue | undefined }
  | { state: 'caller'; params: string[] }
  | { state: 'unknown' };

export function verdictOf(value: BicepValue | undefined): KeyAuthVerdict {
  if (!value) return { state: 'keys-on', value };
  if (value.state === 'known') return value.value === true ? { state: 'secure' } : { state: 'keys-on', value };
  if (value.state === 'caller') return { state: 'caller', params: value.params };
  return { state: 'unknown' };
}

export function accountVerdict(account: BicepAccount, scope: BicepScope): KeyAuthVerdict {
  if (account.computed) return { state: 'unknown' };
  return verdictOf(account.setting ? evaluate(account.setting.value, scope) : undefined);
}

export function isAvmAccountModule(m: BicepModule): boolean {
  return m.path?.kind === 'string' && AVM_BICEP_ACCOUNT.test(m.path.value);
}

/** The `params: {…}` object of a module call. */
export function moduleParams(m: BicepModule): BicepExpression | undefined {
  return bicepProperty(bodyObject(m.value), 'params')?.value;
}

/** The values a module call passes, evaluated in the caller's scope. */
export function moduleCallValues(m: BicepModule, callerScope: BicepScope): Map<string, BicepValue> {
  return moduleParamValues(moduleParams(m), callerScope);
}

/** The range rules report on for a declaration: its symbolic name through its type or path string. */
export function declarationHead(d: BicepResource | BicepModule): { start: number; end: number } {
  const s = d.kind === 'resource' ? d.typeString : d.path;
  return { start: d.name.start, end: s ? s.end : d.name.end };
}
