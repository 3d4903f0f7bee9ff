import { rule } from '../../../rules/config/http-azure-openai-key-env-read';
import { testRule } from '../../helpers/rule-tester';

const URL = 'POST https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21';
const GATEWAY = 'POST https://contoso-gw.azure-api.net/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21';

testRule(rule, {
  path: 'requests/chat.http',
  valid: [
    { name: 'a literal placeholder variable, no environment read', code: `@key = replace-me\n\n${URL}\napi-key: {{key}}\n` },
    { name: 'an endpoint read from the environment is not a key', code: `@endpoint = {{$dotenv AZURE_OPENAI_ENDPOINT}}\n\nPOST {{endpoint}}/openai/deployments/gpt-4o/chat/completions\nAuthorization: Bearer {{$aadV2Token}}\n` },
    { name: 'an env read used by an api-key header to a host that is not Azure', code: '@key = {{$dotenv VENDOR_TOKEN}}\n\nGET https://api.example.com/v1/items\napi-key: {{key}}\n' },
    { name: 'an env read used by an Azure AI Search request', code: '@key = {{$processEnv SEARCH_KEY}}\n\nPOST https://s.search.windows.net/indexes/i/docs/search?api-version=2024-07-01\napi-key: {{key}}\n' },
    { name: 'a commented-out variable definition', code: `# @key = {{$dotenv AZURE_OPENAI_API_KEY}}\n\n${URL}\nAuthorization: Bearer {{$aadV2Token}}\n` },
  ],
  invalid: [
    {
      name: 'a file variable read with $dotenv and sent in an api-key header points at the header',
      code: `@api-key = {{$dotenv %AZURE_OPENAI_API_KEY}}\n\n${URL}\napi-key: {{api-key}}\n`,
      errors: [{ line: 1, column: 12, endColumn: 45, severity: 'warning', message: 'AZURE_OPENAI_API_KEY', related: [{ line: 4, column: 1, message: 'api-key' }] }],
      output: null,
    },
    {
      name: 'a $processEnv read inline in the header, whatever the variable is called',
      code: `${URL}\napi-key: {{$processEnv LLM_SECRET}}\n`,
      errors: [{ line: 2, column: 10, endColumn: 36, severity: 'warning', message: 'LLM_SECRET', related: [{ line: 2, column: 1 }] }],
    },
    {
      name: 'a variable built from a variable that reads the environment, used by two requests',
      code: `@secret = {{$dotenv KEY_FROM_ENV}}\n@key = {{secret}}\n\n${URL}\napi-key: {{key}}\n\n###\n\n${URL}\napi-key: {{key}}\n`,
      errors: [{ line: 1, column: 11, endColumn: 35, related: [{ line: 5, column: 1 }, { line: 10, column: 1 }] }],
    },
    {
      name: 'the key of an API Management gateway is info',
      code: `@gw-key = {{$dotenv %APIM_SUBSCRIPTION_KEY}}\n\n${GATEWAY}\napi-key: {{gw-key}}\n`,
      errors: [{ line: 1, column: 11, severity: 'info', message: 'API Management gateway', related: [{ line: 4, column: 1 }] }],
    },
    {
      name: 'a variable named for an Azure OpenAI key is flagged even when no header uses it',
      code: '@aoai = {{$dotenv AZURE_OPENAI_API_KEY}}\n\nGET https://example.com/\n',
      errors: [{ line: 1, column: 9, endColumn: 41, severity: 'warning' }],
    },
  ],
});
