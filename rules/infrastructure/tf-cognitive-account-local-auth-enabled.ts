import * as path from 'node:path';
import { hclAttribute, hclParser, type HclBlock } from '../../engine/parsers/hcl';
import { parseHcl } from '../../engine/parsers/hcl/parser';
import { SourceFile } from '../../engine/source';
import type { Rule, RuleContext } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import { OPENAI_USER_ROLE, REFERENCES } from './cognitive-account';
import { insertHclAttribute, insertHclObjectItem } from './hcl-edits';
import { keysOn, targetOf, type Target } from './tf-accounts';
import { evaluateTf, type TfModuleScope, type TfValue } from './tf-values';

const titleFor = (s: Target['setting']) =>
  `Set ${s === 'disableLocalAuth' ? 'disableLocalAuth = true' : `${s} = false`} (assign the '${OPENAI_USER_ROLE}' role to every identity that calls the account first; clients that use API keys stop working)`;

export const rule: Rule = {
  meta: {
    code: 'AOAI621',
    name: 'tf-cognitive-account-local-auth-enabled',
    description: 'Terraform deploys an Azure OpenAI / AI Services account that still accepts API keys.',
    severity: 'warning',
    category: 'infrastructure',
    kinds: ['terraform'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `azurerm_cognitive_account` without `local_auth_enabled = false`, `azurerm_ai_services` without `local_authentication_enabled = false` (both default to true), `azapi_resource` of type `Microsoft.CognitiveServices/accounts` whose `body` lacks `properties.disableLocalAuth = true`, and calls of the Terraform Azure Verified Module `Azure/avm-res-cognitiveservices-account/azurerm` without `local_auth_enabled = false` (its default, null, leaves keys on). Values are followed through `var.*` defaults, `terraform.tfvars` / `*.auto.tfvars` in the same directory, `local.*` and conditionals; a variable without default is reported as information.',
      whyBad:
        'The provider sends `disableLocalAuth = !local_auth_enabled`, so leaving the attribute out actively deploys an account that accepts its two shared API keys. Keys never expire, are not tied to an identity and leak into app settings and pipelines; Azure Policy 71ef260a audits exactly this. With keys off, only Microsoft Entra ID tokens are accepted and access follows role assignments.',
      example: [
        'resource "azurerm_cognitive_account" "openai" {',
        '  name                  = "oai-contoso"',
        '  location              = azurerm_resource_group.rg.location',
        '  resource_group_name   = azurerm_resource_group.rg.name',
        '  kind                  = "OpenAI"',
        '  sku_name              = "S0"',
        '  custom_subdomain_name = "oai-contoso"',
        '}',
      ].join('\n'),
      useInstead: [
        'resource "azurerm_cognitive_account" "openai" {',
        '  name                  = "oai-contoso"',
        '  location              = azurerm_resource_group.rg.location',
        '  resource_group_name   = azurerm_resource_group.rg.name',
        '  kind                  = "OpenAI"',
        '  sku_name              = "S0"',
        '  custom_subdomain_name = "oai-contoso"',
        '  local_auth_enabled    = false',
        '}',
      ].join('\n'),
      exampleLanguage: 'hcl',
      fixSafety: `Unsafe: once applied, every client that still sends an API key gets 401, and data sources or outputs that read \`primary_access_key\` fail. Give each calling identity the '${OPENAI_USER_ROLE}' role and move clients to Entra ID first. The fix adds or replaces the attribute in the resource (aligned like \`terraform fmt\`), or flips a variable default written in the same file; a value that comes from a \`.tfvars\` file is left to you.`,
      references: [REFERENCES.azurermAccount, REFERENCES.azurermAiServices, REFERENCES.disableLocalAuth, REFERENCES.avmTerraform, REFERENCES.policy],
    },
  },
  prefilter: /azurerm_cognitive_account|azurerm_ai_services|Microsoft\.CognitiveServices\/accounts|avm-res-cognitiveservices-account/i,
  check(context) {
    if (!context.file.path.toLowerCase().endsWith('.tf')) return; // .tfvars hold values, not resources
    const file = context.parse(hclParser);
    const scope: TfModuleScope = { filePath: context.file.path, file, workspace: context.workspace };
    for (const block of file.body.blocks) {
      const target = targetOf(block);
      if (target) checkTarget(context, scope, target);
    }
  },
};

function checkTarget(context: RuleContext, scope: TfModuleScope, target: Target): void {
  const labels = target.block.labels;
  const head = labels.length ? { start: labels[0].start, end: labels[labels.length - 1].end } : { start: target.block.type.start, end: target.block.type.end };
  if (target.oldApi) {
    context.report({
      ...head,
      message: `${cap(target.label)} uses API version ${target.oldApi}, which predates disableLocalAuth (2021-04-30), so its API keys cannot be turned off. Raise the API version, then set properties.disableLocalAuth = true.`,
    });
    return;
  }
  if (target.opaque) {
    context.report({ ...head, severity: 'info', message: `Whether ${target.label} accepts API keys cannot be read here: its body is not an object literal. Make sure properties.disableLocalAuth is true.` });
    return;
  }
  const value: TfValue = target.node ? evaluateTf(target.node, scope) : { state: 'known', value: target.setting === 'disableLocalAuth' ? undefined : true };
  if (value.state === 'caller') {
    context.report({
      ...head,
      severity: 'info',
      message: `Whether ${target.label} accepts API keys depends on the caller: ${target.setting} comes from variable '${value.variable}', which has no default. Make sure every caller disables keys.`,
    });
    return;
  }
  if (value.state === 'unknown') {
    context.report({ ...head, severity: 'info', message: `Whether ${target.label} accepts API keys depends on a value computed at plan time (${target.setting} cannot be evaluated here). Make sure it disables keys.` });
    return;
  }
  if (!keysOn(target, value)) return;
  let edits = fixEdits(context, scope, target, value);
  let title = titleFor(target.setting);
  // Entra tokens only work on a custom subdomain: turning keys off without one locks everyone out.
  if (edits && target.setting !== 'disableLocalAuth' && target.subdomainKnown && missingSubdomain(target)) {
    const both = withSubdomain(context, target, edits);
    if (both) {
      edits = both;
      title = `Set ${target.setting} = false and custom_subdomain_name to the account name (Entra ID needs the custom subdomain; the name must be globally unique, and setting it replaces an existing account; assign the '${OPENAI_USER_ROLE}' role to every identity that calls the account first; clients that use API keys stop working)`;
    }
  }
  context.report({
    ...head,
    message: `${cap(target.label)} ${reason(target, value)}, so API-key authentication stays enabled. ${target.setting === 'disableLocalAuth' ? 'Set it to true' : 'Set it to false'} so only Microsoft Entra ID tokens are accepted.`,
    fixes: edits ? [{ title, applicability: 'unsafe', edits }] : [],
  });
}

function reason(target: Target, value: TfValue): string {
  const shown = value.state === 'known' ? (value.value === undefined ? 'unset' : JSON.stringify(value.value)) : '?';
  if (!target.node) {
    if (target.setting === 'disableLocalAuth') return 'does not set properties.disableLocalAuth in its body';
    if (target.block.type.name === 'module') return 'does not set local_auth_enabled, whose default (null) leaves keys on';
    return `does not set ${target.setting}, which defaults to true`;
  }
  const src = value.state === 'known' ? value.source : undefined;
  const setting = target.setting === 'disableLocalAuth' ? 'properties.disableLocalAuth' : target.setting;
  let from = '';
  if (src?.kind === 'default') from = ` (from the default of variable '${src.variable}')`;
  else if (src?.kind === 'tfvars') from = ` (from variable '${src.variable}' in ${path.basename(src.file)})`;
  return `sets ${setting} to ${shown}${from}`;
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

function fixEdits(context: RuleContext, scope: TfModuleScope, target: Target, value: TfValue): TextEdit[] | undefined {
  const secure = target.setting === 'disableLocalAuth' ? 'true' : 'false';
  const src = value.state === 'known' ? value.source : undefined;
  if (src) {
    // A tfvars value is the user's deployment choice in another file: leave it to them.
    if (src.kind === 'tfvars') return undefined;
    if (src.file === scope.filePath && (src.node.kind === 'bool' || src.node.kind === 'null')) return [{ start: src.node.start, end: src.node.end, newText: secure }];
  }
  if (target.node) return [{ start: target.node.start, end: target.node.end, newText: secure }];
  if (target.setting !== 'disableLocalAuth') return insertHclAttribute(context.file, target.block, target.setting, () => secure);
  const into = target.insertInto;
  if (!into) return undefined;
  const eol = context.file.eol;
  if (!into.createProperties) return insertHclObjectItem(context.file, into.object, 'disableLocalAuth', () => 'true');
  return insertHclObjectItem(context.file, into.object, 'properties', (indent, unit) => `{${eol}${indent}${unit}disableLocalAuth = true${eol}${indent}}`);
}

/** True when the account sets no custom subdomain (or an empty / null one). */
function missingSubdomain(target: Target): boolean {
  const s = target.subdomain;
  return !s || s.kind === 'null' || (s.kind === 'template' && s.parts.length === 0);
}

/**
 * The keys-off edits plus `custom_subdomain_name = <the account's name>`, as one edit: the
 * insertion is computed on the text after the first edits (terraform fmt alignment may re-space
 * the block), then the change is the span between the first and last differing characters.
 */
function withSubdomain(context: RuleContext, target: Target, edits: TextEdit[]): TextEdit[] | undefined {
  const name = hclAttribute(target.block.body, 'name');
  const nameText = name ? context.file.text.slice(name.value.start, name.value.end) : undefined;
  if (!nameText || nameText.includes('\n')) return undefined;
  const apply = (text: string, es: TextEdit[]) => [...es].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
  const original = context.file.text;
  const first = apply(original, edits);
  const index = (context.parse(hclParser).body.blocks as HclBlock[]).findIndex((b) => b.start === target.block.start);
  const again = parseHcl(first).body.blocks[index];
  if (!again) return undefined;
  const file = new SourceFile(context.file.path, first, context.file.kind);
  const final = apply(first, insertHclAttribute(file, again, 'custom_subdomain_name', () => nameText));
  let start = 0;
  while (start < original.length && start < final.length && original[start] === final[start]) start++;
  let tail = 0;
  while (tail < original.length - start && tail < final.length - start && original[original.length - 1 - tail] === final[final.length - 1 - tail]) tail++;
  return [{ start, end: original.length - tail, newText: final.slice(start, final.length - tail) }];
}
