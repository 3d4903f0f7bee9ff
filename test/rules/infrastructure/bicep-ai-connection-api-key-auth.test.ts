import { rule } from '../../../rules/infrastructure/bicep-ai-connection-api-key-auth';
import { testRule } from '../../helpers/rule-tester';

const conn = (auth: string, extra = "    credentials: {\n      key: openai.listKeys().key1\n    }\n", category = "'AzureOpenAI'") =>
  `resource conn 'Microsoft.CognitiveServices/accounts/projects/connections@2025-06-01' = {\n  parent: project\n  name: 'aoai'\n  properties: {\n    category: ${category}\n    target: openai.properties.endpoint\n    authType: ${auth}\n${extra}    metadata: {\n      ResourceId: openai.id\n    }\n  }\n}\n`;

testRule(rule, {
  path: 'infra/foundry.bicep',
  valid: [
    { name: 'AAD connection', code: conn("'AAD'", '') },
    { name: 'ApiKey connection to a non-AI target (e.g. a custom API)', code: conn("'ApiKey'", undefined, "'CustomKeys'") },
    { name: 'existing connection', code: "resource c 'Microsoft.CognitiveServices/accounts/connections@2025-06-01' existing = {\n  name: 'x'\n}\n" },
  ],
  invalid: [
    {
      name: 'ApiKey connection to Azure OpenAI: authType switched, stored key removed',
      code: conn("'ApiKey'"),
      errors: [{ line: 7, column: 15, endLine: 7, endColumn: 23, severity: 'warning', message: "Connection 'conn' (category AzureOpenAI) authenticates with an API key" }],
      fixTitle: 'Cognitive Services OpenAI User',
      output: conn("'AAD'", ''),
    },
    {
      name: 'nested connection under an AI Services account, category through a var',
      code: "var cat = 'AIServices'\nresource ais 'Microsoft.CognitiveServices/accounts@2025-06-01' = {\n  name: 'ais'\n  properties: {\n    disableLocalAuth: true\n  }\n  resource c 'connections' = {\n    name: 'ais'\n    properties: { category: cat, authType: 'ApiKey', credentials: { key: 'x' } }\n  }\n}\n",
      errors: [{ line: 9, column: 44 }],
      output: null,
    },
  ],
});
