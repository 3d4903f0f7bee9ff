import { hclAttribute, hclObjectItem, hclStringValue, type HclBlock, type HclExpression, type HclObject } from '../../engine/parsers/hcl';
import type { TfValue } from './tf-values';
import { AVM_TF_ACCOUNT, COGNITIVE_ACCOUNT_TYPE, predatesDisableLocalAuth } from './cognitive-account';

/** A deployment of a Cognitive Services account and the switch that keeps its keys on. */
export interface Target {
  block: HclBlock;
  /** How the message names it. */
  label: string;
  /** `local_auth_enabled`-style attribute (keys on when true) or azapi `disableLocalAuth` (keys on when not true). */
  setting: 'local_auth_enabled' | 'local_authentication_enabled' | 'disableLocalAuth';
  /** The value node, when written. */
  node?: HclExpression;
  /** For azapi: the `properties` object (or the body object when it has none), for the fix. */
  insertInto?: { object: HclObject; createProperties: boolean };
  /** Why the value cannot be read at all (azapi body not an object literal). */
  opaque?: boolean;
  oldApi?: string;
  /** The account's properties as written: the resource body (azurerm, AVM) or azapi `body.properties`. */
  subdomain?: HclExpression;
  /** Whether a custom subdomain can be read at all (false for an opaque azapi body). */
  subdomainKnown: boolean;
}

/** The Cognitive Services account a Terraform block deploys, if any. */
export function targetOf(block: HclBlock): Target | undefined {
  const [type, name] = block.labels.map((l) => l.value);
  if (block.type.name === 'module') {
    const source = hclStringValue(hclAttribute(block.body, 'source')?.value);
    if (!source || !AVM_TF_ACCOUNT.test(source)) return undefined;
    return {
      block,
      label: `module '${type}' (Azure Verified Module for Cognitive Services accounts)`,
      setting: 'local_auth_enabled',
      node: hclAttribute(block.body, 'local_auth_enabled')?.value,
      subdomain: hclAttribute(block.body, 'custom_subdomain_name')?.value,
      subdomainKnown: true,
    };
  }
  if (block.type.name !== 'resource' || !name) return undefined;
  const subdomain = hclAttribute(block.body, 'custom_subdomain_name')?.value;
  if (type === 'azurerm_cognitive_account')
    return { block, label: `resource azurerm_cognitive_account '${name}'`, setting: 'local_auth_enabled', node: hclAttribute(block.body, 'local_auth_enabled')?.value, subdomain, subdomainKnown: true };
  if (type === 'azurerm_ai_services')
    return {
      block,
      label: `resource azurerm_ai_services '${name}'`,
      setting: 'local_authentication_enabled',
      node: hclAttribute(block.body, 'local_authentication_enabled')?.value,
      subdomain,
      subdomainKnown: true,
    };
  if (type !== 'azapi_resource') return undefined;
  const t = hclStringValue(hclAttribute(block.body, 'type')?.value) ?? '';
  const at = t.indexOf('@');
  if ((at >= 0 ? t.slice(0, at) : t).toLowerCase() !== COGNITIVE_ACCOUNT_TYPE) return undefined;
  const label = `resource azapi_resource '${name}' (${t.slice(0, at >= 0 ? at : t.length)})`;
  const oldApi = at >= 0 && predatesDisableLocalAuth(t.slice(at + 1)) ? t.slice(at + 1) : undefined;
  let body = hclAttribute(block.body, 'body')?.value;
  if (body?.kind === 'call' && body.name.name === 'jsonencode' && body.args.length === 1) body = body.args[0];
  if (!body) return { block, label, setting: 'disableLocalAuth', oldApi, opaque: false, subdomainKnown: true };
  if (body.kind !== 'object') return { block, label, setting: 'disableLocalAuth', oldApi, opaque: true, subdomainKnown: false };
  const props = hclObjectItem(body, 'properties')?.value;
  if (props && props.kind !== 'object') return { block, label, setting: 'disableLocalAuth', oldApi, opaque: true, subdomainKnown: false };
  const node = props ? hclObjectItem(props, 'disableLocalAuth')?.value : undefined;
  return {
    block,
    label,
    setting: 'disableLocalAuth',
    oldApi,
    node,
    insertInto: props ? { object: props, createProperties: false } : { object: body, createProperties: true },
    subdomain: props ? hclObjectItem(props, 'customSubDomainName')?.value : undefined,
    subdomainKnown: true,
  };
}


/** True when an evaluated setting leaves API keys on. */
export function keysOn(target: Target, v: TfValue): boolean {
  if (v.state !== 'known') return false;
  return target.setting === 'disableLocalAuth' ? v.value !== true : v.value !== false;
}
