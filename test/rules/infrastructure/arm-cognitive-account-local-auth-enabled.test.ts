import { rule } from '../../../rules/infrastructure/arm-cognitive-account-local-auth-enabled';
import { testRule } from '../../helpers/rule-tester';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';
const template = (resource: string, extra = '') =>
  `{\n  "$schema": "${SCHEMA}",\n  "contentVersion": "1.0.0.0",${extra}\n  "resources": [\n${resource}\n  ]\n}\n`;
const account = (props: string, api = '2024-10-01') =>
  `    {\n      "type": "Microsoft.CognitiveServices/accounts",\n      "apiVersion": "${api}",\n      "name": "oai-contoso",\n      "kind": "OpenAI",\n      "properties": {\n${props}\n      }\n    }`;

testRule(rule, {
  path: 'infra/azuredeploy.json',
  valid: [
    { name: 'disableLocalAuth true', code: template(account('        "disableLocalAuth": true')) },
    {
      name: 'true through a parameter default',
      code: template(account('        "disableLocalAuth": "[parameters(\'disableLocalAuth\')]"'), '\n  "parameters": { "disableLocalAuth": { "type": "bool", "defaultValue": true } },'),
    },
    {
      name: 'true through a variable with not() and if()',
      code: template(account('        "disableLocalAuth": "[variables(\'keysOff\')]"'), '\n  "parameters": { "allowKeys": { "type": "bool", "defaultValue": false } },\n  "variables": { "keysOff": "[if(parameters(\'allowKeys\'), false(), not(parameters(\'allowKeys\')))]" },'),
    },
    { name: 'not an ARM template (no deploymentTemplate $schema)', code: '{\n  "resources": [ { "type": "Microsoft.CognitiveServices/accounts", "properties": {} } ]\n}\n' },
    { name: 'existing resources (languageVersion 2.0)', code: `{\n  "$schema": "${SCHEMA}",\n  "languageVersion": "2.0",\n  "resources": {\n    "acct": { "type": "Microsoft.CognitiveServices/accounts", "apiVersion": "2024-10-01", "existing": true, "name": "x" }\n  }\n}\n` },
    { name: 'other resource types', code: template('    { "type": "Microsoft.Storage/storageAccounts", "apiVersion": "2023-05-01", "name": "st", "properties": {} }') },
  ],
  invalid: [
    {
      name: 'disableLocalAuth missing: inserted with the file indentation',
      code: template(account('        "customSubDomainName": "oai-contoso"')),
      errors: [{ line: 6, column: 15, endLine: 6, endColumn: 53, severity: 'warning', message: "Azure AI account 'oai-contoso' does not set properties.disableLocalAuth" }],
      fixTitle: 'Cognitive Services OpenAI User',
      output: template(account('        "customSubDomainName": "oai-contoso",\n        "disableLocalAuth": true')),
    },
    {
      name: 'disableLocalAuth false',
      code: template(account('        "disableLocalAuth": false')),
      errors: [{ line: 6, column: 15, message: 'sets properties.disableLocalAuth to false' }],
      output: template(account('        "disableLocalAuth": true')),
    },
    {
      name: 'false through a parameter defaultValue: the default is flipped',
      code: template(account('        "disableLocalAuth": "[parameters(\'disableLocalAuth\')]"'), '\n  "parameters": { "disableLocalAuth": { "type": "bool", "defaultValue": false } },'),
      errors: [{ line: 7, column: 15, message: "(from the defaultValue of parameter 'disableLocalAuth')" }],
      output: template(account('        "disableLocalAuth": "[parameters(\'disableLocalAuth\')]"'), '\n  "parameters": { "disableLocalAuth": { "type": "bool", "defaultValue": true } },'),
    },
    {
      name: 'a parameter without defaultValue: info',
      code: template(account('        "disableLocalAuth": "[parameters(\'disableLocalAuth\')]"'), '\n  "parameters": { "disableLocalAuth": { "type": "bool" } },'),
      errors: [{ line: 7, column: 15, severity: 'info', message: "depends on the deployer: disableLocalAuth comes from parameter 'disableLocalAuth'" }],
      output: null,
    },
    {
      name: 'no properties object: one is created',
      code: template('    {\n      "type": "Microsoft.CognitiveServices/accounts",\n      "apiVersion": "2024-10-01",\n      "name": "ai",\n      "kind": "AIServices"\n    }'),
      errors: [{ line: 6, column: 15 }],
      output: template('    {\n      "type": "Microsoft.CognitiveServices/accounts",\n      "apiVersion": "2024-10-01",\n      "name": "ai",\n      "kind": "AIServices",\n      "properties": {\n        "disableLocalAuth": true\n      }\n    }'),
    },
    {
      name: 'copy loops and nested resources',
      code: template('    {\n      "type": "Microsoft.Resources/resourceGroups",\n      "apiVersion": "2022-09-01",\n      "name": "rg",\n      "resources": [\n        {\n          "type": "Microsoft.CognitiveServices/accounts",\n          "apiVersion": "2024-10-01",\n          "name": "[concat(\'oai\', copyIndex())]",\n          "copy": { "name": "accts", "count": 2 },\n          "properties": { "disableLocalAuth": false }\n        }\n      ]\n    }'),
      errors: [{ line: 11, column: 19, message: 'Azure AI account sets properties.disableLocalAuth to false' }],
      output: template('    {\n      "type": "Microsoft.Resources/resourceGroups",\n      "apiVersion": "2022-09-01",\n      "name": "rg",\n      "resources": [\n        {\n          "type": "Microsoft.CognitiveServices/accounts",\n          "apiVersion": "2024-10-01",\n          "name": "[concat(\'oai\', copyIndex())]",\n          "copy": { "name": "accts", "count": 2 },\n          "properties": { "disableLocalAuth": true }\n        }\n      ]\n    }'),
    },
    {
      name: 'symbolic-name resources (languageVersion 2.0) and an inline nested deployment',
      code: `{\n  "$schema": "${SCHEMA}",\n  "languageVersion": "2.0",\n  "resources": {\n    "ai": {\n      "type": "Microsoft.Resources/deployments",\n      "apiVersion": "2022-09-01",\n      "name": "ai",\n      "properties": {\n        "mode": "Incremental",\n        "template": {\n          "$schema": "${SCHEMA}",\n          "resources": [\n            { "type": "Microsoft.CognitiveServices/accounts", "apiVersion": "2023-05-01", "name": "oai", "properties": { "disableLocalAuth": false } }\n          ]\n        }\n      }\n    }\n  }\n}\n`,
      errors: [{ line: 14, column: 23 }],
      output: `{\n  "$schema": "${SCHEMA}",\n  "languageVersion": "2.0",\n  "resources": {\n    "ai": {\n      "type": "Microsoft.Resources/deployments",\n      "apiVersion": "2022-09-01",\n      "name": "ai",\n      "properties": {\n        "mode": "Incremental",\n        "template": {\n          "$schema": "${SCHEMA}",\n          "resources": [\n            { "type": "Microsoft.CognitiveServices/accounts", "apiVersion": "2023-05-01", "name": "oai", "properties": { "disableLocalAuth": true } }\n          ]\n        }\n      }\n    }\n  }\n}\n`,
    },
    {
      name: 'an API version before 2021-04-30: no fix',
      code: template(account('        "disableLocalAuth": true', '2017-04-18')),
      errors: [{ line: 6, column: 15, message: 'predates disableLocalAuth (2021-04-30)' }],
      output: null,
    },
    {
      name: 'properties from an expression: info',
      code: template('    {\n      "type": "Microsoft.CognitiveServices/accounts",\n      "apiVersion": "2024-10-01",\n      "name": "ai",\n      "properties": "[variables(\'props\')]"\n    }'),
      errors: [{ line: 6, column: 15, severity: 'info', message: 'its properties come from an expression' }],
      output: null,
    },
    {
      name: 'a value computed at deployment time: info',
      code: template(account('        "disableLocalAuth": "[contains(resourceGroup().name, \'prod\')]"')),
      errors: [{ line: 6, column: 15, severity: 'info' }],
      output: null,
    },
  ],
});
