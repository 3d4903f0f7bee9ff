import { bicepParser, bicepProperty, bodyObject, type BicepObject } from '../../engine/parsers/bicep';
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { accountsIn, accountVerdict, declarationHead, isAvmAccountModule, moduleParams } from './bicep-accounts';
import { insertBicepProperty } from './bicep-edits';
import { evaluate } from './bicep-values';
import { REFERENCES } from './cognitive-account';

export const rule: Rule = {
  meta: {
    code: 'AOAI602',
    name: 'bicep-cognitive-account-without-custom-subdomain',
    description: 'Bicep deploys an Azure OpenAI / AI Services account without customSubDomainName, which Microsoft Entra ID authentication requires.',
    severity: 'warning',
    category: 'infrastructure',
    kinds: ['bicep'],
    fix: 'display-only',
    docs: {
      whatItDoes:
        'Flags `Microsoft.CognitiveServices/accounts` resources, and calls of the Azure Verified Module `avm/res/cognitive-services/account`, that do not set `customSubDomainName`. It is a warning when the account also disables keys (no way left to authenticate) and information otherwise.',
      whyBad:
        'Microsoft Entra ID tokens are only accepted on the custom subdomain endpoint (`https://<name>.openai.azure.com`); regional endpoints do not support Entra authentication. An account without a subdomain cannot move off API keys, and one that also has `disableLocalAuth: true` cannot be called at all. The subdomain cannot be changed once set, so it belongs in the template from the start.',
      example: ["resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {", '  name: name', "  kind: 'OpenAI'", '  properties: {', '    disableLocalAuth: true', '  }', '}'].join('\n'),
      useInstead: [
        "resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {",
        '  name: name',
        "  kind: 'OpenAI'",
        '  properties: {',
        '    customSubDomainName: name',
        '    disableLocalAuth: true',
        '  }',
        '}',
      ].join('\n'),
      exampleLanguage: 'bicep',
      fixSafety:
        "Suggestion only: it proposes `customSubDomainName` set to the account's `name` expression, but the subdomain must be globally unique and DNS-safe and cannot be changed after it is set, so a person has to choose it.",
      references: [REFERENCES.customSubdomain, REFERENCES.authentication, REFERENCES.template],
    },
  },
  prefilter: /Microsoft\.CognitiveServices\/accounts|cognitive-services\/account/i,
  check(context) {
    const file = context.parse(bicepParser);
    const scope = { file };
    for (const account of accountsIn(file)) {
      const props = account.properties?.value;
      // Computed properties (a var, union(), a spread) may well set it: no claim.
      if (hasSubdomain(props) || account.body?.spreads.length || (props && (props.kind !== 'object' || props.spreads.length))) continue;
      const keysOff = accountVerdict(account, scope).state === 'secure';
      const name = account.resource.name.name;
      const nameText = nameExpression(context.file.text, account.body);
      const fixes: Fix[] = [];
      if (nameText && (props?.kind === 'object' || (!account.properties && account.body))) {
        const eol = context.file.eol;
        const edit =
          props?.kind === 'object'
            ? insertBicepProperty(context.file, props, 'customSubDomainName', () => nameText)
            : insertBicepProperty(context.file, account.body!, 'properties', ({ inner, unit }) => `{${eol}${inner}${unit}customSubDomainName: ${nameText}${eol}${inner}}`);
        fixes.push({ title: 'Set customSubDomainName to the account name (choose a globally unique name; it cannot be changed later)', applicability: 'display-only', edits: [edit] });
      }
      context.report({
        ...declarationHead(account.resource),
        severity: keysOff ? 'warning' : 'info',
        message: keysOff
          ? `Azure AI account '${name}' disables API keys but has no customSubDomainName, so Microsoft Entra ID tokens are not accepted either. Set a custom subdomain.`
          : `Azure AI account '${name}' has no customSubDomainName: Microsoft Entra ID authentication only works on the custom subdomain endpoint, so clients cannot move off API keys.`,
        fixes,
      });
    }
    for (const d of file.declarations) {
      if (d.kind !== 'module' || !isAvmAccountModule(d)) continue;
      const params = moduleParams(d);
      if (params?.kind !== 'object' || params.spreads.length || hasSubdomain(params)) continue;
      const setting = bicepProperty(params, 'disableLocalAuth');
      const v = setting ? evaluate(setting.value, scope) : undefined;
      const keysOff = !setting || (v?.state === 'known' && v.value === true);
      context.report({
        ...declarationHead(d),
        severity: keysOff ? 'warning' : 'info',
        message: keysOff
          ? `Module '${d.name.name}' deploys an Azure AI account with API keys disabled (the module default) but no customSubDomainName, so Microsoft Entra ID tokens are not accepted either. Pass customSubDomainName.`
          : `Module '${d.name.name}' deploys an Azure AI account without customSubDomainName: Microsoft Entra ID authentication only works on the custom subdomain endpoint.`,
      });
    }
  },
};

export function hasSubdomain(obj: BicepObject | Parameters<typeof bicepProperty>[0]): boolean {
  const p = bicepProperty(obj, 'customSubDomainName');
  if (!p) return false;
  return !(p.value.kind === 'string' && p.value.value === '') && p.value.kind !== 'null';
}

/** The source text of the account's `name:` value, to propose as its subdomain. */
export function nameExpression(text: string, body: ReturnType<typeof bodyObject>): string | undefined {
  const p = bicepProperty(body, 'name');
  if (!p || p.value.kind === 'error') return undefined;
  const t = text.slice(p.value.start, p.value.end);
  return t.includes('\n') ? undefined : t;
}
