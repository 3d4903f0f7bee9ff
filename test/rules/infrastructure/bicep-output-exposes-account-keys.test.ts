import { rule } from '../../../rules/infrastructure/bicep-output-exposes-account-keys';
import { testRule } from '../../helpers/rule-tester';

const ACCT = "resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {\n  name: 'oai'\n}\n";

testRule(rule, {
  path: 'infra/main.bicep',
  valid: [
    { name: 'endpoint output', code: `${ACCT}output endpoint string = openai.properties.endpoint\n` },
    { name: '@secure() output', code: `${ACCT}@secure()\noutput key string = openai.listKeys().key1\n` },
    { name: 'listKeys on another resource type', code: "resource st 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {\n  name: 'st'\n}\noutput k string = st.listKeys().keys[0].value\n" },
    { name: 'listKeys used in a resource, not an output', code: `${ACCT}resource kv 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {\n  name: 'kv/oai'\n  properties: { value: openai.listKeys().key1 }\n}\n` },
  ],
  invalid: [
    {
      name: 'account.listKeys().key1 in an output',
      code: `${ACCT}output key string = openai.listKeys().key1\n`,
      errors: [{ line: 4, column: 21, endLine: 4, endColumn: 38, severity: 'warning', message: "Output 'key' returns the API keys of Azure AI account 'openai'" }],
      fixTitle: /Remove output 'key'.*rotate the account keys/,
      output: ACCT,
    },
    {
      name: 'the output goes with its decorator; the outputs around it stay',
      code: `${ACCT}output endpoint string = openai.properties.endpoint\n@description('Primary key')\noutput key string = openai.listKeys().key1\noutput name string = openai.name\n`,
      errors: [{ line: 6, column: 21, endColumn: 38 }],
      output: `${ACCT}output endpoint string = openai.properties.endpoint\noutput name string = openai.name\n`,
    },
    {
      name: 'listKeys(account.id, version) in an object output',
      code: `${ACCT}output conn object = {\n  endpoint: openai.properties.endpoint\n  key: listKeys(openai.id, '2024-10-01').key1\n}\n`,
      errors: [{ line: 6, column: 8, endColumn: 41 }],
      fixTitle: /Remove the key from output 'conn'/,
      output: `${ACCT}output conn object = {\n  endpoint: openai.properties.endpoint\n}\n`,
    },
    {
      name: 'listKeys(resourceId(...)) in an output',
      code: "output key string = listKeys(resourceId('Microsoft.CognitiveServices/accounts', 'oai'), '2024-10-01').key1\n",
      errors: [{ line: 1, column: 21, message: "Azure AI account 'oai'" }],
    },
    {
      name: 'keys through a var',
      code: `${ACCT}var keys = openai.listKeys()\noutput key string = keys.key1\n`,
      errors: [{ line: 5, column: 21, endColumn: 25 }],
    },
  ],
});
