import { rule } from '../../../rules/infrastructure/tf-apim-backend-api-key-credential';
import { testRule } from '../../helpers/rule-tester';

const backend = (url: string, credentials: string) =>
  `resource "azurerm_api_management_backend" "aoai" {\n  name     = "aoai"\n  protocol = "http"\n  url      = ${url}\n${credentials}}\n`;

testRule(rule, {
  path: 'infra/apim.tf',
  valid: [
    { name: 'a backend without credentials', code: backend('"https://contoso.openai.azure.com/openai"', '') },
    { name: 'a credentials block with another header', code: backend('"https://contoso.openai.azure.com/openai"', '  credentials {\n    header = {\n      "x-tenant" = "contoso"\n    }\n  }\n') },
    { name: 'an AI Search backend takes its own api-key', code: backend('"https://s.search.windows.net"', '  credentials {\n    header = {\n      "api-key" = "{{search-key}}"\n    }\n  }\n') },
    { name: 'an api-key header on another resource type', code: 'resource "azurerm_api_management_api" "a" {\n  credentials {\n    header = {\n      "api-key" = "x"\n    }\n  }\n}\n' },
  ],
  invalid: [
    {
      name: 'api-key header from a named value, unquoted key',
      code: backend('"${azurerm_cognitive_account.this.endpoint}/openai"', '  credentials {\n    header = {\n      api-key = "{{openai-key}}"\n    }\n  }\n'),
      errors: [{ line: 7, column: 7, endLine: 7, endColumn: 33, severity: 'warning', message: 'from a named value' }],
      output: null,
    },
    {
      name: 'quoted API-Key header with a reference value',
      code: backend('var.openai_url', '  credentials {\n    header = {\n      "API-Key" = azurerm_cognitive_account.this.primary_access_key\n    }\n  }\n'),
      errors: [{ line: 7, column: 7, endLine: 7, endColumn: 68, severity: 'warning', message: 'authenticates with the account key' }],
      output: null,
    },
  ],
});
