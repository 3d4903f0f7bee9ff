import { allBlocks, hclAttribute, hclParser, traversalPath, walkHclExpression, type HclExpression } from '../../engine/parsers/hcl';
import type { Rule } from '../../engine/rule';
import { OPENAI_USER_ROLE, REFERENCES } from './cognitive-account';

/** Resource types whose `primary_access_key` / `secondary_access_key` are Azure AI account keys. */
const KEYED_TYPES = new Set(['azurerm_cognitive_account', 'azurerm_ai_services']);
const KEY_ATTRIBUTES = new Set(['primary_access_key', 'secondary_access_key']);

export const rule: Rule = {
  meta: {
    code: 'AOAI622',
    name: 'tf-cognitive-account-key-reference',
    description: 'Terraform reads the API key of an Azure OpenAI / AI Services account (primary_access_key or secondary_access_key).',
    severity: 'warning',
    category: 'infrastructure',
    kinds: ['terraform'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags references to `primary_access_key` / `secondary_access_key` of `azurerm_cognitive_account` and `azurerm_ai_services` resources and data sources: in app settings, Key Vault secrets, APIM named values, policy heredocs, outputs and locals. An output not marked `sensitive = true` is called out, because its value is printed by `terraform output`.',
      whyBad:
        "Reading the key means some client authenticates with it: a shared secret that never expires, lands in the Terraform state and the consuming app's configuration, and keeps the account from turning keys off (with `local_auth_enabled = false` these attributes are empty). Give the consumer a managed identity and the Cognitive Services OpenAI User role instead.",
      example: [
        'resource "azurerm_linux_web_app" "api" {',
        '  app_settings = {',
        '    AZURE_OPENAI_ENDPOINT = azurerm_cognitive_account.openai.endpoint',
        '    AZURE_OPENAI_API_KEY  = azurerm_cognitive_account.openai.primary_access_key',
        '  }',
        '}',
      ].join('\n'),
      useInstead: [
        'resource "azurerm_linux_web_app" "api" {',
        '  identity {',
        '    type = "SystemAssigned"',
        '  }',
        '  app_settings = {',
        '    AZURE_OPENAI_ENDPOINT = azurerm_cognitive_account.openai.endpoint',
        '  }',
        '}',
        '',
        'resource "azurerm_role_assignment" "api_openai" {',
        '  scope                = azurerm_cognitive_account.openai.id',
        `  role_definition_name = "${OPENAI_USER_ROLE}"`,
        '  principal_id         = azurerm_linux_web_app.api.identity[0].principal_id',
        '}',
      ].join('\n'),
      exampleLanguage: 'hcl',
      references: [REFERENCES.azurermAccount, REFERENCES.azurermAiServices, REFERENCES.disableLocalAuth],
    },
  },
  prefilter: /_access_key/,
  check(context) {
    const file = context.parse(hclParser);
    for (const block of allBlocks(file.body)) {
      const sensitiveOutput = block.type.name === 'output' && isTrue(hclAttribute(block.body, 'sensitive')?.value);
      for (const attr of block.body.attributes) {
        walkHclExpression(attr.value, (n) => {
          const ref = keyReference(n);
          if (!ref) return;
          const where = block.type.name === 'output' ? (sensitiveOutput ? ` in output '${block.labels[0]?.value}'` : ` in output '${block.labels[0]?.value}', which is not marked sensitive`) : '';
          context.report({
            start: n.start,
            end: n.end,
            message: `This reads the API key of ${ref}${where}: a client will authenticate with a shared key that lands in state and configuration. Give it a managed identity with the '${OPENAI_USER_ROLE}' role instead.`,
          });
        });
      }
    }
  },
};

function isTrue(e: HclExpression | undefined): boolean {
  return e?.kind === 'bool' && e.value;
}

/** `azurerm_cognitive_account.x.primary_access_key` (or `data.…`, or with an index) → a description, else undefined. */
function keyReference(n: HclExpression): string | undefined {
  if (n.kind !== 'getattr' || !KEY_ATTRIBUTES.has(n.name.name)) return undefined;
  const path = traversalPath(n);
  if (!path) return undefined;
  const data = path[0] === 'data';
  const p = data ? path.slice(1) : path;
  if (!KEYED_TYPES.has(p[0]) || p.length < 3) return undefined;
  return `${data ? 'data source' : 'resource'} ${p[0]} '${p[1]}'`;
}
