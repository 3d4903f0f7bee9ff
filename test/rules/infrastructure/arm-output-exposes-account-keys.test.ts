import { rule } from '../../../rules/infrastructure/arm-output-exposes-account-keys';
import { testRule } from '../../helpers/rule-tester';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const t = (outputs: string, variables = '') => `{\n  "$schema": "${SCHEMA}",${variables}\n  "resources": [],\n  "outputs": {\n${outputs}\n  }\n}\n`;
const KEY = "[listKeys(resourceId('Microsoft.CognitiveServices/accounts', parameters('name')), '2024-10-01').key1]";

testRule(rule, {
  path: 'infra/azuredeploy.json',
  valid: [
    { name: 'endpoint output', code: t(`    "endpoint": { "type": "string", "value": "[reference(resourceId('Microsoft.CognitiveServices/accounts', parameters('name')), '2024-10-01').endpoint]" }`) },
    { name: 'secureString output', code: t(`    "key": { "type": "securestring", "value": "${KEY}" }`) },
    { name: 'storage keys', code: t(`    "key": { "type": "string", "value": "[listKeys(resourceId('Microsoft.Storage/storageAccounts', 'st'), '2023-05-01').keys[0].value]" }`) },
    { name: 'not a template', code: `{\n  "outputs": { "key": { "type": "string", "value": "${KEY}" } }\n}\n` },
  ],
  invalid: [
    {
      name: 'listKeys of an account in an output',
      code: t(`    "key": { "type": "string", "value": "${KEY}" }`),
      errors: [{ line: 5, column: 41, endLine: 5, endColumn: 41 + KEY.length + 2, severity: 'warning', message: "Output 'key' returns the API keys of an Azure AI account" }],
      output: null,
    },
    {
      name: 'listKeys through a variable',
      code: t(`    "key": { "type": "string", "value": "[variables('keys').key1]" }`, `\n  "variables": { "keys": "[listKeys(resourceId('Microsoft.CognitiveServices/accounts', 'oai'), '2024-10-01')]" },`),
      errors: [{ line: 6, column: 41 }],
    },
  ],
});
