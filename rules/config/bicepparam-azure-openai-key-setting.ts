import { isAzureAIEndpoint } from '../../engine/azure-signals';
import { bicepParser, propertyKeyName, type BicepExpression, type BicepObject, type BicepProperty } from '../../engine/parsers/bicep';
import type { Rule, RuleContext } from '../../engine/rule';
import {
  classifyValue,
  displayName,
  gatewaySettingMessage,
  isGatewayKeyName,
  isGenericKeyBesideEndpoint,
  isKeySettingName,
  severityFor,
  settingMessage,
  type SiblingSetting,
  type ValueClass,
} from './key-settings';

/** `OPENAI_API_KEY`-like names count with an Azure endpoint or an `AZURE_OPENAI_*` name in the file. */
function azureContext(text: string): boolean {
  return isAzureAIEndpoint(text) || /azure[\s_-]?open[\s_-]?ai|\baoai/i.test(text);
}

/**
 * How a parameter value relates to a secret, or undefined when it comes from a secret store
 * (`getSecret(...)`, `az.getSecret(...)`: a Key Vault reference is clean).
 */
function valueClass(value: BicepExpression): ValueClass | undefined {
  switch (value.kind) {
    case 'string':
      return classifyValue(value.value);
    case 'call':
      if (value.name.name === 'getSecret') return undefined;
      return 'reference'; // readEnvironmentVariable('X'), concat(...): the key comes from elsewhere
    case 'number':
    case 'bool':
    case 'null':
      return 'placeholder';
    default:
      return 'reference';
  }
}

/** A property's value as a plain string (for sibling context), else undefined. */
function stringValue(p: BicepProperty): string | undefined {
  return p.value.kind === 'string' ? p.value.value : undefined;
}

/** Names of the `name` half of a name/value pair (`secretName`, `name`, `keyName`). */
const PAIR_NAME = /^(?:[a-z]*name)$/i;
/** Names of the `value` half of a name/value pair (`secretValue`, `value`). */
const PAIR_VALUE = /^(?:[a-z]*value)$/i;

interface Site {
  name: string;
  start: number;
  end: number;
  cls: ValueClass;
  gateway: boolean;
}

/** Key settings inside an object value, at any depth (arrays of objects too). */
function objectSites(object: BicepObject, azure: boolean, out: Site[], depth = 0): void {
  if (depth > 32) return;
  const siblings: SiblingSetting[] = object.properties.map((p) => ({ name: propertyKeyName(p) ?? '', value: stringValue(p) }));
  // `{ secretName: 'aoai-eastus-key', secretValue: '…' }`: the name half says what the value is.
  const names = (p: BicepProperty) => {
    const v = stringValue(p);
    return PAIR_NAME.test(propertyKeyName(p) ?? '') && v !== undefined && (isKeySettingName(v, azure) || isGatewayKeyName(v));
  };
  const pairName = object.properties.find(names);
  const pairValue = object.properties.find((p) => PAIR_VALUE.test(propertyKeyName(p) ?? ''));
  const named = pairName ? stringValue(pairName)! : undefined;
  let pairReported = false;
  if (named !== undefined && pairValue) {
    const cls = valueClass(pairValue.value);
    if (cls) out.push({ name: named, start: pairValue.start, end: pairValue.end, cls, gateway: !isKeySettingName(named, azure) });
    pairReported = true;
  }
  for (const p of object.properties) {
    const key = propertyKeyName(p);
    if (key === undefined) continue;
    if (p.value.kind === 'object') {
      objectSites(p.value, azure, out, depth + 1);
      continue;
    }
    if (p.value.kind === 'array') {
      for (const item of p.value.items) if (item.kind === 'object') objectSites(item, azure, out, depth + 1);
      continue;
    }
    if (pairReported && p === pairValue) continue;
    const known = isKeySettingName(key, azure);
    const beside = known ? undefined : isGenericKeyBesideEndpoint(key, siblings);
    const gateway = !known && (isGatewayKeyName(key) || beside === 'gateway');
    if (!known && !beside && !gateway) continue;
    const cls = valueClass(p.value);
    if (cls) out.push({ name: key, start: p.start, end: p.end, cls, gateway });
  }
}

function report(context: RuleContext, site: Site): void {
  const where = 'This parameter value';
  context.report({
    start: site.start,
    end: site.end,
    severity: severityFor(site.cls),
    message: site.gateway ? gatewaySettingMessage(site.name, site.cls, where) : settingMessage(site.name, site.cls, where),
    data: { setting: displayName(site.name), value: site.cls },
  });
}

export const rule: Rule = {
  meta: {
    code: 'AOAI409',
    name: 'bicepparam-azure-openai-key-setting',
    description: 'Flags Azure OpenAI API keys passed as values in Bicep parameters files.',
    severity: 'warning',
    category: 'config',
    kinds: ['bicepparam'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `.bicepparam` values that hand an Azure OpenAI / AI Services key to a deployment: a parameter named for the key (`param azureOpenAIApiKey = ...`), a key-named property at any depth of an object or array parameter (`{ openAiKey: ... }`), a generic `apiKey` / `api_key` / `key` property beside an Azure OpenAI endpoint property in the same object, the value half of a name/value pair whose name says it is an Azure OpenAI key (`{ secretName: \'aoai-eastus-key\', secretValue: ... }`, the shape of secure objects of secrets), and API Management subscription keys (with gateway advice). A literal is a warning; a placeholder, `readEnvironmentVariable(...)` or another expression is info. `getSecret(...)` (a Key Vault reference) is not reported.',
      whyBad:
        'A key in a parameters file sits in every clone and in git history, and the template it feeds sets the gateway or app up for key auth. With managed identities the deployment needs no key at all: APIM calls the backend with `authentication-managed-identity`, apps with DefaultAzureCredential.',
      example: "using './main.bicep'\n\nparam backends = [\n  {\n    endpoint: 'https://contoso-eastus.openai.azure.com/'\n    apiKey: '<key from the portal>'\n  }\n]",
      useInstead: "using './main.bicep'\n\n// The gateway authenticates to each backend with its managed identity\n// (Cognitive Services OpenAI User role); no key is passed.\nparam backends = [\n  {\n    endpoint: 'https://contoso-eastus.openai.azure.com/'\n  }\n]",
      exampleLanguage: 'bicep',
      references: [
        'https://learn.microsoft.com/azure/azure-resource-manager/bicep/parameter-files',
        'https://learn.microsoft.com/azure/api-management/api-management-authenticate-authorize-azure-openai',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
      ],
    },
  },
  prefilter: /key/i,
  check(context) {
    const { declarations } = context.parse(bicepParser);
    const azure = azureContext(context.file.text);
    for (const d of declarations) {
      if (d.kind !== 'param' || !d.value) continue;
      const name = d.name.name;
      const sites: Site[] = [];
      if (d.value.kind === 'object') objectSites(d.value, azure, sites);
      else if (d.value.kind === 'array') {
        for (const item of d.value.items) if (item.kind === 'object') objectSites(item, azure, sites);
      } else if (isKeySettingName(name, azure) || isGatewayKeyName(name)) {
        const cls = valueClass(d.value);
        if (cls) sites.push({ name, start: d.name.start, end: d.value.end, cls, gateway: !isKeySettingName(name, azure) });
      }
      for (const site of sites) report(context, site);
    }
  },
};
