import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-openai-module-azure-key-auth';

const PROVIDER = 'get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")';

testRule(rule, {
  path: 'legacy.py',
  valid: [
    { name: 'api_type azure_ad is Entra (a static token), not a key', code: 'import openai\nopenai.api_type = "azure_ad"\nopenai.api_key = credential.get_token(scope).token\n' },
    {
      name: 'api_type reset from azure to azure_ad before the api_key: the key is a token',
      code: 'import openai\nopenai.api_type = "azure"\nopenai.api_base = f"https://{service}.openai.azure.com"\nopenai.api_version = "2023-05-15"\nopenai.api_type = "azure_ad"\nopenai.api_key = azure_credential.get_token("https://cognitiveservices.azure.com/.default").token\n',
    },
    { name: 'api_type azuread spelling', code: "import openai\nopenai.api_type = 'azuread'\nopenai.api_key = token\n" },
    { name: 'openai>=1 module client with a token provider', code: 'import openai\nopenai.api_type = "azure"\nopenai.azure_endpoint = e\nopenai.azure_ad_token_provider = tp\n' },
    { name: 'plain OpenAI module config', code: 'import openai\nopenai.api_key = os.environ["OPENAI_API_KEY"]\n' },
    { name: 'an attribute of another object named openai-like', code: 'import openai\nsettings.api_type = "azure"\nsettings.api_key = key\n' },
  ],
  invalid: [
    {
      name: 'every openai.api_key assignment governed by api_type azure, not only the first',
      code: 'import openai\nclass Client:\n    def __init__(self):\n        openai.api_type = "azure"\n    def chat(self, key):\n        openai.api_key = key\n    def embed(self, key):\n        openai.api_key = key\n',
      errors: [
        { line: 6, column: 9, endColumn: 29 },
        { line: 8, column: 9, endColumn: 29 },
      ],
      output: null,
    },
    {
      name: 'dual-mode setup: the api_key set under api_type azure is flagged, the token under azure_ad is not',
      code: 'import os, openai\nif use_key:\n    openai.api_type = "azure"\n    openai.api_key = os.environ["OPENAI_API_KEY"]\nelse:\n    openai.api_type = "azure_ad"\n    openai.api_key = token.token\n',
      errors: [{ line: 4, column: 5, endColumn: 50, severity: 'warning' }],
    },
    {
      name: 'flags legacy 0.x globals with a key and offers no in-place fix (migration needed)',
      code: 'import os\nimport openai\nopenai.api_type = "azure"\nopenai.api_base = os.getenv("AZURE_OPENAI_ENDPOINT")\nopenai.api_version = "2023-05-15"\nopenai.api_key = os.getenv("AZURE_OPENAI_API_KEY")\n',
      errors: [{ line: 6, column: 1, endLine: 6, endColumn: 51, severity: 'warning', message: 'migrate to openai>=1' }],
      output: null,
    },
    {
      name: 'flags a hard-coded key in the module globals as an error, through an import alias',
      code: "import openai as oa\noa.api_type = 'azure'\noa.api_key = '9f2c4b7a1e3d5f6a8b0c2d4e6f8a0b1c'\n",
      errors: [{ line: 3, column: 1, endColumn: 48, severity: 'error', message: /hard-coded(?!.*9f2c)/ }],
    },
    {
      name: 'openai>=1 module client: replaces openai.api_key with azure_ad_token_provider',
      code: 'import openai\n\nopenai.api_type = "azure"\nopenai.azure_endpoint = "https://contoso.openai.azure.com"\nopenai.api_version = "2024-10-21"\nopenai.api_key = os.environ["AZURE_OPENAI_API_KEY"]\n',
      errors: [{ line: 6, column: 1, endColumn: 52 }],
      fixTitle: 'Cognitive Services OpenAI User',
      output: `import openai\nfrom azure.identity import DefaultAzureCredential, get_bearer_token_provider\n\nopenai.api_type = "azure"\nopenai.azure_endpoint = "https://contoso.openai.azure.com"\nopenai.api_version = "2024-10-21"\nopenai.azure_ad_token_provider = ${PROVIDER}\n`,
    },
    {
      name: 'openai>=1 module client without any key line: flags api_type and adds the provider after it',
      code: 'import openai\nopenai.api_type = "azure"\nopenai.azure_endpoint = endpoint\n',
      errors: [{ line: 2, column: 1, endColumn: 26, message: 'without a token provider' }],
      output: `import openai\nfrom azure.identity import DefaultAzureCredential, get_bearer_token_provider\nopenai.api_type = "azure"\nopenai.azure_ad_token_provider = ${PROVIDER}\nopenai.azure_endpoint = endpoint\n`,
    },
  ],
});
