import { rule } from '../../../rules/config/json-azure-openai-key-setting';
import { testRule } from '../../helpers/rule-tester';

const EP = 'https://contoso.openai.azure.com/';

testRule(rule, {
  path: 'appsettings.json',
  valid: [
    { name: 'endpoint and deployment only', code: `{\n  "AzureOpenAI": {\n    "Endpoint": "${EP}",\n    "DeploymentName": "gpt-4o"\n  }\n}\n` },
    { name: 'commented-out ApiKey (JSONC)', code: `{\n  "AzureOpenAI": {\n    "Endpoint": "${EP}"\n    // "ApiKey": "abc"\n  }\n}\n` },
    { name: 'Azure AI Search key', code: `{\n  "AzureSearch": { "Endpoint": "https://s.search.windows.net", "ApiKey": "abc" }\n}\n` },
    { name: 'OpenAI:Key without Azure context', code: `{\n  "OpenAI": { "Key": "sk-abc", "Model": "gpt-4o" }\n}\n` },
    {
      name: 'a public OpenAI section beside an Azure OpenAI one: the context is the sibling entries, not the file',
      code: `{\n  "OpenAI": { "ApiKey": "", "ChatModelId": "gpt-4o" },\n  "AzureOpenAI": { "Endpoint": "${EP}", "Deployment": "gpt-4o" }\n}\n`,
    },
    { name: 'a generic ApiKey beside a non-Azure endpoint', code: `{ "Llm": { "Endpoint": "https://api.example.com", "ApiKey": "" } }\n` },
    { name: 'ARM template with a key-like parameter is not a settings file', path: 'azuredeploy.json', code: `{\n  "parameters": { "AzureOpenAIApiKey": { "type": "securestring" } }\n}\n` },
    { name: 'package.json is not a settings file', path: 'package.json', code: `{ "config": { "AZURE_OPENAI_API_KEY": "abc" } }\n` },
    { name: 'Aspire connection string without a key', code: `{ "ConnectionStrings": { "openai": "Endpoint=${EP};Deployment=gpt-4o" } }\n` },
    { name: 'connection string with a key to a non-Azure endpoint', code: `{ "ConnectionStrings": { "openai": "Endpoint=https://api.openai.com/v1;Key=sk-abc" } }\n` },
    { name: 'storage connection string', code: `{ "ConnectionStrings": { "blobs": "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=abc" } }\n` },
    { name: 'key vault settings', code: `{ "KeyVault": { "Uri": "https://kv.vault.azure.net/" }, "AzureOpenAI": { "Endpoint": "${EP}" } }\n` },
  ],
  invalid: [
    {
      name: 'nested AzureOpenAI:ApiKey, last property: the comma before it goes',
      code: `{\n  "AzureOpenAI": {\n    "Endpoint": "${EP}",\n    "ApiKey": "abc123"\n  }\n}\n`,
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 23, severity: 'warning', message: 'AzureOpenAI:ApiKey' }],
      output: `{\n  "AzureOpenAI": {\n    "Endpoint": "${EP}"\n  }\n}\n`,
      fixTitle: /Remove AzureOpenAI:ApiKey .*DefaultAzureCredential.*Cognitive Services OpenAI User/,
    },
    {
      name: 'nested key before other properties: the whole line goes',
      path: 'appsettings.Development.json',
      code: `{\n  "AzureOpenAI": {\n    "ApiKey": "abc123",\n    "Endpoint": "${EP}"\n  }\n}\n`,
      errors: [{ line: 3, column: 5, severity: 'warning' }],
      output: `{\n  "AzureOpenAI": {\n    "Endpoint": "${EP}"\n  }\n}\n`,
    },
    {
      name: 'flat user-secrets key',
      path: 'secrets.json',
      code: `{\n  "AzureOpenAI:Endpoint": "${EP}",\n  "AzureOpenAI:ApiKey": "abc123"\n}\n`,
      errors: [{ line: 3, column: 3, endLine: 3, endColumn: 33 }],
      output: `{\n  "AzureOpenAI:Endpoint": "${EP}"\n}\n`,
    },
    {
      name: 'Functions local.settings.json Values',
      path: 'local.settings.json',
      code: `{\n  "IsEncrypted": false,\n  "Values": {\n    "AzureWebJobsStorage": "UseDevelopmentStorage=true",\n    "AZURE_OPENAI_API_KEY": "abc123",\n    "AZURE_OPENAI_ENDPOINT": "${EP}"\n  }\n}\n`,
      errors: [{ line: 5, column: 5 }],
      output: `{\n  "IsEncrypted": false,\n  "Values": {\n    "AzureWebJobsStorage": "UseDevelopmentStorage=true",\n    "AZURE_OPENAI_ENDPOINT": "${EP}"\n  }\n}\n`,
    },
    {
      name: 'OpenAI:Key with an Azure endpoint',
      code: `{ "OpenAI": { "Endpoint": "${EP}", "Key": "abc" } }\n`,
      errors: [{ line: 1, column: 64, endLine: 1, endColumn: 76 }],
      output: `{ "OpenAI": { "Endpoint": "${EP}" } }\n`,
    },
    {
      name: 'a template copy of appsettings with mustache sections: the Azure section is flagged, the public OpenAI one is not',
      path: 'templates/appsettings.Development.json.tpl',
      kind: 'json',
      code: `{\n  "Bot": "",\n{{#useOpenAI}}\n  "OpenAI": { "ApiKey": "" }\n{{/useOpenAI}}\n{{#useAzureOpenAI}}\n  "Azure": {\n    "OpenAIApiKey": "",\n    "OpenAIEndpoint": ""\n  }\n{{/useAzureOpenAI}}\n}\n`,
      errors: [{ line: 8, column: 5, severity: 'info', message: 'Azure:OpenAIApiKey' }],
    },
    {
      name: 'a generic Key beside an API Management gateway endpoint and a deployment',
      code: `{\n  "OpenAI": {\n    "Key": "",\n    "EndPoint": "https://contoso-gw.azure-api.net",\n    "Deployment": "gpt"\n  }\n}\n`,
      errors: [{ line: 3, column: 5, endColumn: 14, severity: 'info', message: 'OpenAI:Key' }],
    },
    {
      name: 'a generic ApiKey in an options section beside deployment entries',
      code: `{\n  "ModelOptions": {\n    "ApiKey": "",\n    "Endpoint": "",\n    "ChatDeployment": ""\n  }\n}\n`,
      errors: [{ line: 3, column: 5, message: 'ModelOptions:ApiKey' }],
    },
    {
      name: 'a flat generic key whose placeholder names Azure OpenAI',
      code: `{\n  "ServiceUrl": "http://localhost:5000",\n  "ApiKey": "<the Azure OpenAI key or the APIM subscription key>"\n}\n`,
      errors: [{ line: 3, column: 3, severity: 'info', message: 'ApiKey' }],
    },
    {
      name: 'Key Vault reference is info',
      path: 'appsettings.Production.json',
      code: `{\n  "AzureOpenAI": {\n    "ApiKey": "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/aoai/)"\n  }\n}\n`,
      errors: [{ line: 3, column: 5, severity: 'info', message: 'secret store' }],
      output: `{\n  "AzureOpenAI": {\n  }\n}\n`,
    },
    {
      name: 'empty value is info',
      code: `{ "AzureOpenAI": { "Endpoint": "", "ApiKey": "" } }\n`,
      errors: [{ line: 1, column: 36, severity: 'info', message: 'empty or a placeholder' }],
      output: `{ "AzureOpenAI": { "Endpoint": "" } }\n`,
    },
    {
      name: 'templated JSON with mustache sections',
      code: `{\n  "AzureOpenAI": {\n    "Endpoint": "{{endpoint}}",\n{{#if useKey}}\n    "ApiKey": "{{apiKey}}"\n{{/if}}\n  }\n}\n`,
      errors: [{ line: 5, column: 5, severity: 'info' }],
      output: `{\n  "AzureOpenAI": {\n    "Endpoint": "{{endpoint}}"\n{{#if useKey}}\n{{/if}}\n  }\n}\n`,
    },
    {
      name: 'launchSettings environment variables, CRLF kept',
      path: 'Properties/launchSettings.json',
      code: `{\r\n  "profiles": {\r\n    "web": {\r\n      "environmentVariables": {\r\n        "AZURE_OPENAI_KEY": "abc",\r\n        "ASPNETCORE_ENVIRONMENT": "Development"\r\n      }\r\n    }\r\n  }\r\n}\r\n`,
      errors: [{ line: 5, column: 9 }],
      output: `{\r\n  "profiles": {\r\n    "web": {\r\n      "environmentVariables": {\r\n        "ASPNETCORE_ENVIRONMENT": "Development"\r\n      }\r\n    }\r\n  }\r\n}\r\n`,
    },
    {
      name: 'Aspire connection string: the Key= part goes',
      code: `{\n  "ConnectionStrings": {\n    "openai": "Endpoint=${EP};Key=abc123;Deployment=gpt-4o"\n  }\n}\n`,
      errors: [{ line: 3, column: 5, severity: 'warning', message: 'ConnectionStrings:openai carries an Azure OpenAI key' }],
      output: `{\n  "ConnectionStrings": {\n    "openai": "Endpoint=${EP};Deployment=gpt-4o"\n  }\n}\n`,
      fixTitle: /Remove Key= .*DefaultAzureCredential.*Cognitive Services OpenAI User/,
    },
    {
      name: 'connection string with the key last and a placeholder is info',
      path: 'appsettings.Development.json',
      code: `{ "ConnectionStrings": { "chat": "Endpoint=https://contoso.services.ai.azure.com/models;Key=<your-key>" } }\n`,
      errors: [{ line: 1, column: 26, severity: 'info' }],
      output: `{ "ConnectionStrings": { "chat": "Endpoint=https://contoso.services.ai.azure.com/models" } }\n`,
    },
    {
      name: 'only property with a trailing comment keeps the comment',
      code: `{ "AzureOpenAI": {\n    "ApiKey": "abc" // dev only\n  }\n}\n`,
      errors: [{ line: 2, column: 5 }],
      output: `{ "AzureOpenAI": {\n     // dev only\n  }\n}\n`,
    },
  ],
});
