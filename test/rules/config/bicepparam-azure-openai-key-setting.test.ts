import { rule } from '../../../rules/config/bicepparam-azure-openai-key-setting';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'infra/main.bicepparam',
  valid: [
    { name: 'names, locations and capacities only', code: "using './main.bicep'\nparam location = 'eastus'\nparam capacity = 10\n" },
    { name: 'a key from Key Vault (getSecret) is clean', code: "using './main.bicep'\nparam azureOpenAIApiKey = getSecret('sub', 'rg', 'kv', 'aoai-key')\n" },
    { name: 'a key vault name is not a key', code: "using './main.bicep'\nparam keyVaultName = 'kv-contoso'\n" },
    { name: 'generic apiKey beside a Search endpoint', code: "using './main.bicep'\nparam search = {\n  endpoint: 'https://s.search.windows.net'\n  apiKey: 'abc'\n}\n" },
    { name: 'name/value pair of another secret', code: "using './main.bicep'\nparam secrets = {\n  db: {\n    secretName: 'sql-password'\n    secretValue: 'abc'\n  }\n}\n" },
  ],
  invalid: [
    {
      name: 'a parameter named for the key, with a literal',
      code: "using './main.bicep'\nparam azureOpenAIApiKey = 'abc123'\n",
      errors: [{ line: 2, column: 7, endLine: 2, endColumn: 35, severity: 'warning', message: 'azureOpenAIApiKey' }],
      output: null,
    },
    {
      name: 'secure object of secrets: each value half of an AOAI-key name/value pair',
      code: "using './apim.bicep'\nparam secretsObject = {\n  east: {\n    secretName: 'aoai-eastus-key'\n    secretValue: 'keyValueHere'\n    endpointURL: 'https://eastus.openai.azure.com/openai'\n  }\n  west: {\n    endpointName: 'aoai-westus-endpoint'\n    secretName: 'aoai-westus-key'\n    secretValue: ''\n  }\n}\n",
      errors: [
        { line: 5, column: 5, endLine: 5, endColumn: 32, severity: 'warning', message: 'aoai-eastus-key' },
        { line: 11, column: 5, endLine: 11, endColumn: 20, severity: 'info', message: 'aoai-westus-key' },
      ],
      output: null,
    },
    {
      name: 'generic apiKey beside an Azure OpenAI endpoint in an array of backends',
      code: "using './main.bicep'\nparam backends = [\n  {\n    endpoint: 'https://a.openai.azure.com/'\n    apiKey: '<key>'\n  }\n]\n",
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 20, severity: 'info', message: 'apiKey' }],
      output: null,
    },
    {
      name: 'readEnvironmentVariable is a reference (info)',
      code: "using './main.bicep'\nparam openAi = {\n  openAiKey: readEnvironmentVariable('AZURE_OPENAI_API_KEY')\n}\n",
      errors: [{ line: 3, column: 3, endLine: 3, endColumn: 61, severity: 'info', message: 'secret store' }],
      output: null,
    },
    {
      name: 'an APIM subscription key parameter gets gateway advice',
      code: "using './main.bicep'\nparam apimSubscriptionKey = ''\n",
      errors: [{ line: 2, column: 7, endLine: 2, endColumn: 31, severity: 'info', message: 'API Management subscription key' }],
      output: null,
    },
  ],
});
