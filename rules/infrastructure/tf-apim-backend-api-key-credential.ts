import { hclAttribute, hclBlocks, hclParser, hclStringValue, walkHclExpression, type HclExpression } from '../../engine/parsers/hcl';
import type { Rule } from '../../engine/rule';
import { OPENAI_USER_ROLE } from './cognitive-account';

/** Backends whose `api-key` header is not an Azure OpenAI key (AI Search takes one too). */
const OTHER_SERVICE_URL = /search\.windows\.net|search\.azure\.com/i;

/** The source text of an expression, for a cheap look at what a URL names. */
function urlText(text: string, expr: HclExpression | undefined): string {
  return expr ? text.slice(expr.start, expr.end) : '';
}

export const rule: Rule = {
  meta: {
    code: 'AOAI704',
    name: 'tf-apim-backend-api-key-credential',
    description: 'Flags Terraform APIM backends that send an api-key header to Azure OpenAI from their credentials block.',
    severity: 'warning',
    category: 'gateway',
    kinds: ['terraform'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `azurerm_api_management_backend` resources whose `credentials` block sets an `api-key` header (`header = { "api-key" = ... }`): the gateway then calls Azure OpenAI with the account key on every request, as a `<set-header name="api-key">` policy would. Backends whose `url` is an AI Search endpoint are not reported.',
      whyBad:
        'The key is a shared secret stored in an APIM named value (and in the Terraform state) that never expires and gives every caller of the gateway the same identity toward Azure OpenAI. A managed identity of the APIM instance needs no secret and can be scoped with a role assignment.',
      example: [
        'resource "azurerm_api_management_backend" "openai" {',
        '  url      = "${azurerm_cognitive_account.openai.endpoint}openai"',
        '  protocol = "http"',
        '  credentials {',
        '    header = {',
        '      "api-key" = "{{openai-key}}"',
        '    }',
        '  }',
        '}',
      ].join('\n'),
      useInstead: [
        'resource "azurerm_api_management_backend" "openai" {',
        '  url      = "${azurerm_cognitive_account.openai.endpoint}openai"',
        '  protocol = "http"',
        '}',
        '',
        '# In the API policy: <authentication-managed-identity resource="https://cognitiveservices.azure.com" />',
        `# and give the APIM identity the ${OPENAI_USER_ROLE} role on the account.`,
      ].join('\n'),
      exampleLanguage: 'hcl',
      references: [
        'https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/api_management_backend',
        'https://learn.microsoft.com/azure/api-management/api-management-authenticate-authorize-azure-openai',
      ],
    },
  },
  prefilter: /azurerm_api_management_backend/,
  check(context) {
    const { body } = context.parse(hclParser);
    const text = context.file.text;
    for (const res of hclBlocks(body, 'resource', 'azurerm_api_management_backend')) {
      if (OTHER_SERVICE_URL.test(urlText(text, hclAttribute(res.body, 'url')?.value))) continue;
      for (const creds of hclBlocks(res.body, 'credentials')) {
        const header = hclAttribute(creds.body, 'header')?.value;
        if (header?.kind !== 'object') continue;
        for (const item of header.items) {
          const key = item.key.kind === 'identifier' ? item.key.name : hclStringValue(item.key);
          if (key?.toLowerCase() !== 'api-key') continue;
          let fromNamedValue = false;
          walkHclExpression(item.value, (n) => {
            if (n.kind === 'template' && /\{\{[^}]+\}\}/.test(text.slice(n.start, n.end))) fromNamedValue = true;
          });
          context.report({
            start: item.start,
            end: item.end,
            message: `This APIM backend sends an api-key header to Azure OpenAI${fromNamedValue ? ' from a named value' : ''}: the gateway authenticates with the account key. Remove it and use authentication-managed-identity in the policy, with the ${OPENAI_USER_ROLE} role for the APIM identity.`,
          });
        }
      }
    }
  },
};
