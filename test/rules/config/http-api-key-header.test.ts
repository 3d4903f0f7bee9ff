import { rule } from '../../../rules/config/http-api-key-header';
import { testRule } from '../../helpers/rule-tester';

const URL = 'POST https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21';
const TOKEN = 'Authorization: Bearer {{$aadV2Token scopes:https://cognitiveservices.azure.com/.default}}';

testRule(rule, {
  path: 'requests/chat.http',
  valid: [
    { name: 'already Entra', code: `${URL}\n${TOKEN}\n` },
    { name: 'commented-out api-key header', code: `${URL}\n# api-key: {{key}}\n${TOKEN}\n` },
    { name: 'Azure AI Search uses api-key too (different service)', code: 'POST https://s.search.windows.net/indexes/i/docs/search?api-version=2024-07-01\napi-key: {{searchKey}}\n' },
    { name: 'non-Azure API', code: 'GET https://api.example.com/v1/items\napi-key: {{key}}\n' },
    { name: 'api-key text in the body', code: `${URL}\nContent-Type: application/json\n\n{"api-key": "x"}\n` },
    { name: 'GitHub Models endpoint', code: 'POST https://models.inference.ai.azure.com/chat/completions\napi-key: {{token}}\n' },
  ],
  invalid: [
    {
      name: 'api-key header to an Azure OpenAI endpoint',
      code: `${URL}\napi-key: {{$dotenv AZURE_OPENAI_API_KEY}}\nContent-Type: application/json\n\n{}\n`,
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 42, severity: 'warning', message: 'api-key header', related: [{ line: 2, column: 10, message: 'AZURE_OPENAI_API_KEY ($dotenv)' }] }],
      output: `${URL}\n${TOKEN}\nContent-Type: application/json\n\n{}\n`,
      fixTitle: /\$aadV2Token.*Cognitive Services OpenAI User/,
    },
    {
      name: 'host from a file variable, mixed-case header name',
      path: 'api.rest',
      code: '@endpoint = https://contoso.cognitiveservices.azure.com\n@key = {{$processEnv AOAI_KEY}}\n\nPOST {{endpoint}}/openai/v1/chat/completions\nApi-Key: {{key}}\n',
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 17, related: [{ line: 2, column: 8, message: 'AOAI_KEY ($processEnv)' }] }],
      output: `@endpoint = https://contoso.cognitiveservices.azure.com\n@key = {{$processEnv AOAI_KEY}}\n\nPOST {{endpoint}}/openai/v1/chat/completions\n${TOKEN}\n`,
    },
    {
      name: 'unknown host but an Azure OpenAI path',
      code: 'POST {{baseUrl}}/openai/deployments/gpt/embeddings?api-version=2024-10-21\napi-key: {{key}}\n',
      errors: [{ line: 2, column: 1 }],
      output: `POST {{baseUrl}}/openai/deployments/gpt/embeddings?api-version=2024-10-21\n${TOKEN}\n`,
    },
    {
      name: 'existing Authorization header: the api-key line is removed, CRLF kept',
      code: `${URL}\r\napi-key: {{key}}\r\nAuthorization: Bearer {{token}}\r\n`,
      errors: [{ line: 2, column: 1 }],
      output: `${URL}\r\nAuthorization: Bearer {{token}}\r\n`,
    },
    {
      name: 'APIM gateway is info without a fix',
      code: 'POST https://contoso.azure-api.net/openai/deployments/gpt/chat/completions?api-version=2024-10-21\napi-key: {{apimKey}}\n',
      errors: [{ line: 2, column: 1, severity: 'info', message: 'API Management' }],
      output: null,
    },
    {
      name: 'second request of the file',
      code: `GET https://example.com\n\n###\n${URL}\napi-key: abc\n`,
      errors: [{ line: 5, column: 1, endLine: 5, endColumn: 13 }],
      output: `GET https://example.com\n\n###\n${URL}\n${TOKEN}\n`,
    },
  ],
});

testRule(rule, {
  path: 'v1.http',
  tokenScope: 'https://ai.azure.com/.default',
  valid: [],
  invalid: [
    {
      name: 'the configured token scope is written',
      code: 'GET https://contoso.openai.azure.com/openai/v1/models\napi-key: {{key}}\n',
      errors: [{ line: 2, column: 1 }],
      output: 'GET https://contoso.openai.azure.com/openai/v1/models\nAuthorization: Bearer {{$aadV2Token scopes:https://ai.azure.com/.default}}\n',
    },
  ],
});
