import { rule } from '../../../rules/secrets/secret-azure-openai-hex-key';
import { testRule } from '../../helpers/rule-tester';
import { fakeHexKey } from './fake-keys';

const H = fakeHexKey();
const EP = 'https://contoso.openai.azure.com/';

testRule(rule, {
  path: 'app.py',
  valid: [
    { name: 'a key masked at both ends (test fixture)', code: `cfg = {"api_key": "1111${H.slice(4, 28)}1111", "base_url": "${EP}"}\n` },
    { name: 'a binary-looking extension is never read', path: 'assets/logo.png', code: `AZURE_OPENAI_API_KEY=${H}\n` },
    { name: 'hex without any key name (a hash)', code: `digest = "${H}"\n` },
    { name: 'generic key name without an Azure endpoint', code: `api_key = "${H}"\n` },
    { name: 'autogen placeholder fixture', code: `AZURE_OPENAI_API_KEY = "11111222223333344444555556666677"\n` },
    { name: 'repeated characters', path: '.env', code: `AZURE_OPENAI_API_KEY=${'a'.repeat(32)}\n` },
    { name: 'repeated block', path: '.env', code: `AZURE_OPENAI_API_KEY=${'0123456789abcdef'.repeat(2)}\n` },
    { name: 'Azure AI Search key beside an OpenAI endpoint', path: '.env', code: `AZURE_OPENAI_ENDPOINT=${EP}\nAZURE_SEARCH_KEY=${H}\n` },
    { name: 'PublicKeyToken in a config', path: 'web.config', kind: 'xml', code: `<add assembly="X, PublicKeyToken=${H}" key="x" />\n` },
    { name: 'hash named as such', code: `api_key_sha = "${H}"  # ${EP}\n` },
    { name: 'GUID without dashes as a client id', code: `AZURE_CLIENT_ID = "${H}"\nendpoint = "${EP}"\n` },
    { name: 'lock file', path: 'package-lock.json', code: `{"apiKey": "${H}", "u": "${EP}"}\n` },
    { name: 'longer hex run is not a 32-hex key', code: `AZURE_OPENAI_API_KEY = "${H}ab"\n` },
    { name: 'base64-encoded hex without key context', code: `blob = "${Buffer.from(H).toString('base64')}"\n` },
    { name: 'environment variable reference', path: '.env', code: `AZURE_OPENAI_API_KEY=\${${'K'.repeat(3)}}\n` },
  ],
  invalid: [
    {
      name: 'committed Terraform state: the account key beside its endpoint',
      path: 'infra/terraform.tfstate',
      code: `{\n  "resources": [{\n    "instances": [{\n      "attributes": {\n        "endpoint": "${EP}",\n        "primary_access_key": "${H}"\n      }\n    }]\n  }]\n}\n`,
      errors: [{ line: 6, column: 32, endLine: 6, endColumn: 64, severity: 'error' }],
      output: null,
    },
    {
      name: 'a Go source file (no rules of its own) is read for key literals',
      path: 'proxy/main.go',
      code: `package main\n\nconst AzureOpenAIKey = "${H}"\n`,
      errors: [{ line: 3, column: 25, endLine: 3, endColumn: 57 }],
      output: null,
    },
    {
      name: 'Azure key name on the same line',
      path: '.env',
      code: `AZURE_OPENAI_API_KEY=${H}\n`,
      errors: [{ line: 1, column: 22, endLine: 1, endColumn: 54, severity: 'error', message: `${H.slice(0, 4)}… (32 chars)` }],
      output: null,
    },
    {
      name: 'generic api_key with an Azure endpoint nearby',
      code: `client = AzureOpenAI(\n    azure_endpoint="${EP}",\n    api_key="${H}",\n)\n`,
      errors: [{ line: 3, column: 14, endLine: 3, endColumn: 46 }],
    },
    {
      name: 'appsettings ApiKey beside an endpoint',
      path: 'appsettings.json',
      code: `{\n  "AzureOpenAI": {\n    "Endpoint": "${EP}",\n    "ApiKey": "${H}"\n  }\n}\n`,
      errors: [{ line: 4, column: 16 }],
    },
    {
      name: 'Kubernetes env item: name on the line above value',
      path: 'deploy.yaml',
      code: `env:\n  - name: AZURE_OPENAI_API_KEY\n    value: "${H}"\n`,
      errors: [{ line: 3, column: 13 }],
    },
    {
      name: 'api-key header in a .http file with an Azure URL',
      path: 'chat.http',
      code: `POST ${EP}openai/deployments/gpt/chat/completions?api-version=2024-10-21\napi-key: ${H}\n`,
      errors: [{ line: 2, column: 10 }],
    },
    {
      name: 'base64-encoded hex key in a Kubernetes Secret',
      path: 'k8s/secret.yaml',
      code: `kind: Secret\ndata:\n  AZURE_OPENAI_API_KEY: ${Buffer.from(H).toString('base64')}\n`,
      errors: [{ line: 3, column: 25, endLine: 3, endColumn: 69, message: '(base64-encoded)' }],
    },
    {
      name: 'REST Client file variable named key, Azure URL below',
      path: 'chat.http',
      code: `@key = ${H}\n\nPOST ${EP}openai/v1/chat/completions\napi-key: {{key}}\n`,
      errors: [{ line: 1, column: 8 }],
    },
    {
      name: 'camel-case Azure name in TypeScript',
      path: 'a.ts',
      code: `const azureOpenAIKey = '${H}';\n`,
      errors: [{ line: 1, column: 25 }],
    },
    {
      name: 'uppercase hex in a shell export',
      path: 'setup.sh',
      code: `export AOAI_KEY=${H.toUpperCase()}\n`,
      errors: [{ line: 1, column: 17 }],
    },
  ],
});
