import { rule } from '../../../rules/config/yaml-prompt-flow-connection-key-auth';
import { testRule } from '../../helpers/rule-tester';

const HEAD = '$schema: https://azuremlschemas.azureedge.net/promptflow/latest/AzureOpenAIConnection.schema.json\nname: open_ai_connection\ntype: azure_open_ai\n';

testRule(rule, {
  path: 'connections/azure_openai.yaml',
  valid: [
    { name: 'meid_token connection', code: `${HEAD}auth_mode: meid_token\napi_base: "https://contoso.openai.azure.com/"\n` },
    { name: 'commented-out api_key with meid_token', code: `${HEAD}#api_key: "<user-input>"\nauth_mode: meid_token\n` },
    { name: 'OpenAI (non-Azure) connection', code: 'name: oai\ntype: open_ai\napi_key: "<to-be-replaced>"\n' },
    { name: 'a flow file mentioning the type', code: 'nodes:\n  - name: chat\n    connection: azure_open_ai_connection\n    api: chat\n' },
  ],
  invalid: [
    {
      name: 'official template: api_key placeholder becomes auth_mode: meid_token',
      code: `${HEAD}api_key: "<to-be-replaced>"\napi_base: "https://contoso.openai.azure.com/"\napi_type: "azure"\n`,
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 28, severity: 'warning', message: 'API key' }],
      output: `${HEAD}auth_mode: meid_token\napi_base: "https://contoso.openai.azure.com/"\napi_type: "azure"\n`,
      fixTitle: /meid_token.*Cognitive Services OpenAI User/,
    },
    {
      name: 'explicit auth_mode: key with api_key: the key line goes and the mode flips',
      code: `${HEAD}api_key: \${env:AOAI_KEY}\nauth_mode: key\n`,
      errors: [{ line: 4, column: 1 }],
      output: `${HEAD}auth_mode: meid_token\n`,
    },
    {
      name: 'auth_mode: key without api_key',
      code: `${HEAD}auth_mode: key\n`,
      errors: [{ line: 4, column: 1, endLine: 4, endColumn: 15, message: 'auth_mode: key' }],
      output: `${HEAD}auth_mode: meid_token\n`,
    },
    {
      name: 'AI Services connection',
      code: 'name: ais\ntype: azure_ai_services\nendpoint: https://contoso.cognitiveservices.azure.com/\napi_key: abc\n',
      errors: [{ line: 4, column: 1 }],
      output: 'name: ais\ntype: azure_ai_services\nendpoint: https://contoso.cognitiveservices.azure.com/\nauth_mode: meid_token\n',
    },
  ],
});
