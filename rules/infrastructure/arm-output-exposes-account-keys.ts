import { jsonParser, propertyValue, type JsonNode } from '../../engine/parsers/json';
import type { Rule } from '../../engine/rule';
import { isDeploymentTemplate } from './arm-cognitive-account-local-auth-enabled';
import { REFERENCES } from './cognitive-account';

const LIST_KEYS = /\blistKeys\s*\(/i;
const ACCOUNT_TYPE = /Microsoft\.CognitiveServices\/accounts/i;
const VARIABLE_REF = /\bvariables\s*\(\s*'([^']+)'\s*\)/gi;

export const rule: Rule = {
  meta: {
    code: 'AOAI612',
    name: 'arm-output-exposes-account-keys',
    description: 'An ARM template output returns the API keys of an Azure OpenAI / AI Services account (listKeys()).',
    severity: 'warning',
    category: 'infrastructure',
    kinds: ['json'],
    fix: 'none',
    docs: {
      whatItDoes:
        "In ARM deployment templates, flags outputs whose value calls `listKeys()` on a `Microsoft.CognitiveServices/accounts` resource, directly (`[listKeys(resourceId('Microsoft.CognitiveServices/accounts', …), …).key1]`) or through a variable. Outputs of type `secureString` / `secureObject` are left alone.",
      whyBad:
        'Deployment outputs are stored in plain text in the deployment history, readable by anyone with read access to the resource group, and are usually copied into app settings or pipeline variables. A key handed out this way keeps working until it is rotated and keeps the account on key authentication.',
      example: [
        '"outputs": {',
        '  "openAiKey": {',
        '    "type": "string",',
        '    "value": "[listKeys(resourceId(\'Microsoft.CognitiveServices/accounts\', parameters(\'name\')), \'2024-10-01\').key1]"',
        '  }',
        '}',
      ].join('\n'),
      useInstead: [
        '"outputs": {',
        '  "openAiEndpoint": {',
        '    "type": "string",',
        '    "value": "[reference(resourceId(\'Microsoft.CognitiveServices/accounts\', parameters(\'name\')), \'2024-10-01\').endpoint]"',
        '  }',
        '}',
      ].join('\n'),
      exampleLanguage: 'json',
      references: [REFERENCES.bicepOutputs, REFERENCES.disableLocalAuth],
    },
  },
  prefilter: /listKeys/i,
  check(context) {
    const root = context.parse(jsonParser).root;
    if (!isDeploymentTemplate(root)) return;
    visit(root!, 0, (template) => {
      const variables = propertyValue(template, 'variables');
      const outputs = propertyValue(template, 'outputs');
      for (const prop of outputs?.children ?? []) {
        const name = prop.children?.[0]?.value;
        const out = prop.children?.[1];
        const type = propertyValue(out, 'type')?.value;
        if (typeof type === 'string' && /^secure/i.test(type)) continue;
        const value = propertyValue(out, 'value');
        if (value?.type !== 'string' || !exposesKeys(value.value as string, variables)) continue;
        context.report({
          start: value.offset,
          end: value.offset + value.length,
          message: `Output '${name}' returns the API keys of an Azure AI account, which are then stored in plain text in the deployment history. Output the endpoint instead and authenticate with Microsoft Entra ID.`,
        });
      }
    });
  },
};

/** The template and its inline nested templates. */
function visit(template: JsonNode, depth: number, f: (t: JsonNode) => void): void {
  f(template);
  if (depth > 6) return;
  const resources = propertyValue(template, 'resources');
  const list = resources?.type === 'array' ? resources.children ?? [] : (resources?.children ?? []).map((p) => p.children?.[1]).filter((x): x is JsonNode => !!x);
  for (const r of list) {
    const inner = propertyValue(propertyValue(r, 'properties'), 'template');
    if (inner?.type === 'object') visit(inner, depth + 1, f);
  }
}

function exposesKeys(expr: string, variables: JsonNode | undefined, seen = new Set<string>()): boolean {
  if (!expr.startsWith('[') || expr.startsWith('[[')) return false;
  if (LIST_KEYS.test(expr) && ACCOUNT_TYPE.test(expr)) return true;
  for (const m of expr.matchAll(VARIABLE_REF)) {
    if (seen.has(m[1])) continue;
    seen.add(m[1]);
    const v = propertyValue(variables, m[1], true);
    if (v?.type === 'string' && (LIST_KEYS.test(expr) ? ACCOUNT_TYPE.test(v.value as string) : exposesKeys(v.value as string, variables, seen))) return true;
  }
  return false;
}
