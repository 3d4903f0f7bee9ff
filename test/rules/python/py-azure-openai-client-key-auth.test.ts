import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-azure-openai-client-key-auth';

const PROVIDER = 'get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")';
const IMPORT = 'from azure.identity import DefaultAzureCredential, get_bearer_token_provider';

testRule(rule, {
  path: 'app.py',
  valid: [
    {
      name: 'a unit-test client on a mock transport sends its fake key nowhere',
      code: 'import httpx\nfrom openai import AzureOpenAI\nc = AzureOpenAI(api_key="fake-key", azure_endpoint=E, http_client=httpx.Client(transport=httpx.MockTransport(handler)))\n',
    },
    {
      name: 'a client built with OPENAI_API_TYPE=azure_ad in the environment sends a token',
      code: 'import os\nfrom openai import AzureOpenAI\nos.environ["OPENAI_API_TYPE"] = "azure_ad"\nc = AzureOpenAI(azure_endpoint=E)\n',
    },
    {
      name: 'token provider passed',
      code: `from openai import AzureOpenAI
from azure.identity import DefaultAzureCredential, get_bearer_token_provider
token_provider = get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")
client = AzureOpenAI(azure_endpoint=endpoint, api_version="2024-10-21", azure_ad_token_provider=token_provider)
`,
    },
    { name: 'static azure_ad_token is Entra, not a key', code: 'from openai import AzureOpenAI\nc = AzureOpenAI(azure_ad_token=token, api_version="v")\n' },
    { name: 'plain OpenAI for api.openai.com', code: 'from openai import OpenAI\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n' },
    { name: 'unreadable **kwargs is not guessed', code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(**settings.client_kwargs())\n' },
    { name: 'a local class named AzureOpenAI is not the openai one', code: 'class AzureOpenAI:\n    pass\nclient = AzureOpenAI(api_key="k")\n' },
    { name: 'api_key given a token provider callable', code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(api_key=lambda: token(), api_version="v")\n' },
    { name: 'names in comments and strings', code: 'from openai import AzureOpenAI\n# client = AzureOpenAI(api_key=key)\ns = "AzureOpenAI(api_key=key)"\n' },
    {
      name: 'a bare AzureOpenAI nothing imports, in a plain .py file, is not guessed at',
      code: 'client = AzureOpenAI(api_key=key)\n',
    },
    {
      name: 'a function parameter shadows a module-level provider name: key stays unresolved, and is not a provider',
      code: 'from openai import AzureOpenAI\ndef make(token_provider):\n    return AzureOpenAI(azure_ad_token_provider=token_provider)\n',
    },
    {
      name: 'token provider in a **cfg dict literal',
      code: 'from openai import AzureOpenAI\ncfg = {"azure_ad_token_provider": tp, "api_version": "v"}\nclient = AzureOpenAI(**cfg)\n',
    },
  ],
  invalid: [
    {
      name: 'the key argument points at the read it comes from, in this module and through an import',
      code: 'import os\nfrom openai import AzureOpenAI\nfrom config import AZURE_OPENAI_KEY\nk = os.getenv("AZURE_OPENAI_API_KEY")\na = AzureOpenAI(api_key=k)\nb = AzureOpenAI(api_key=AZURE_OPENAI_KEY)\n',
      files: { 'config.py': 'import os\n\nAZURE_OPENAI_KEY = os.environ["AZURE_OPENAI_KEY"]\n' },
      errors: [
        { line: 5, column: 17, message: 'read from AZURE_OPENAI_API_KEY', related: [{ line: 4, column: 5, message: 'The key is read here (AZURE_OPENAI_API_KEY)' }] },
        { line: 6, column: 17, related: [{ path: 'config.py', line: 3, column: 20, endColumn: 50, message: 'in config.py' }] },
      ],
    },
    {
      name: 'an APIM subscription key sent to the gateway is info with the gateway advice and no client fix',
      code: `from openai import AzureOpenAI
client = AzureOpenAI(
    azure_endpoint=f"{apim_resource_gateway_url}/{inference_api_path}",
    api_key=apim_subscription_key,
    api_version="2024-10-21",
)
`,
      errors: [{ line: 4, column: 5, endLine: 4, endColumn: 34, severity: 'info', message: /API Management subscription key .*validate-azure-ad-token/ }],
      output: null,
    },
    {
      name: 'a key picked from the APIM subscriptions list is APIM, whatever the endpoint is called',
      code: "from openai import AzureOpenAI\nclient = AzureOpenAI(azure_endpoint=endpoint, api_key=apim_subscriptions[0]['key'], api_version='v')\n",
      errors: [{ line: 2, column: 47, endColumn: 83, severity: 'info', message: 'API Management subscription key' }],
      output: null,
    },
    {
      name: 'a generic api_key name is APIM when the endpoint resolves to a gateway URL through a local name',
      code: `from openai import AzureOpenAI
api_key = apim_subscriptions[0].get("key")
gateway_url = "https://contoso-apim.azure-api.net"
client = AzureOpenAI(azure_endpoint=gateway_url, api_key=api_key, api_version="v")
`,
      errors: [{ line: 4, column: 50, endColumn: 65, severity: 'info', message: 'API Management gateway' }],
      output: null,
    },
    {
      name: 'an azure-api.net endpoint makes an env-read key a gateway key too',
      code: 'import os\nfrom openai import AzureOpenAI\nclient = AzureOpenAI(azure_endpoint="https://contoso.azure-api.net/", api_key=os.environ["AZURE_OPENAI_API_KEY"], api_version="v")\n',
      errors: [{ line: 3, column: 71, endColumn: 113, severity: 'info', message: 'API Management' }],
      output: null,
    },
    {
      name: 'a hard-coded APIM subscription key is still a hard-coded secret: error, no client fix',
      code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(azure_endpoint="https://contoso.azure-api.net/", api_key="0123456789abcdef0123456789abcdef", api_version="v")\n',
      errors: [{ line: 2, column: 71, endColumn: 113, severity: 'error', message: 'hard-coded API Management subscription key' }],
      output: null,
    },
    {
      name: 'an account endpoint with a key names the environment variable the key was read into',
      code: `import os
from openai import AzureOpenAI
def main():
    key = os.environ["AZURE_OPENAI_API_KEY"]
    return AzureOpenAI(azure_endpoint="https://contoso.openai.azure.com", api_key=key, api_version="v")
`,
      errors: [{ line: 5, column: 75, endColumn: 86, severity: 'warning', message: 'API key (api_key, read from AZURE_OPENAI_API_KEY)' }],
    },
    {
      name: 'flags api_key= read from the environment and replaces it with a token provider',
      code: `import os
from openai import AzureOpenAI

client = AzureOpenAI(
    api_key=os.getenv("AZURE_OPENAI_API_KEY"),
    api_version="2024-10-21",
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
)
`,
      errors: [{ line: 5, column: 5, endLine: 5, endColumn: 46, severity: 'warning', message: 'authenticates with an API key (api_key, read from AZURE_OPENAI_API_KEY)' }],
      fixTitle: 'Cognitive Services OpenAI User',
      output: `import os
from openai import AzureOpenAI
${IMPORT}

client = AzureOpenAI(
    azure_ad_token_provider=${PROVIDER},
    api_version="2024-10-21",
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
)
`,
    },
    {
      name: 'flags a hard-coded key as an error without quoting it',
      code: "from openai import AzureOpenAI\nclient = AzureOpenAI(api_key='0123456789abcdef0123456789abcdef', api_version='v')\n",
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 64, severity: 'error', message: /hard-coded API key(?!.*0123)/ }],
      output: `from openai import AzureOpenAI\nfrom azure.identity import DefaultAzureCredential, get_bearer_token_provider\nclient = AzureOpenAI(azure_ad_token_provider=${PROVIDER.replace(/"/g, "'")}, api_version='v')\n`,
    },
    {
      name: 'flags AzureOpenAI constructed without a credential and adds the keyword on its own line',
      code: `from openai import AzureOpenAI

client = AzureOpenAI(
    api_version="2024-10-21",
    azure_endpoint="https://contoso.openai.azure.com",
)
`,
      errors: [{ line: 3, column: 10, endLine: 3, endColumn: 21, message: 'falls back to the AZURE_OPENAI_API_KEY' }],
      output: `from openai import AzureOpenAI
${IMPORT}

client = AzureOpenAI(
    api_version="2024-10-21",
    azure_endpoint="https://contoso.openai.azure.com",
    azure_ad_token_provider=${PROVIDER},
)
`,
    },
    {
      name: 'implicit fallback on one line keeps one line, no trailing comma habit',
      code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(api_version="v",\n                     azure_endpoint=e)\n',
      errors: [{ line: 2, column: 10, endColumn: 21 }],
      output: `from openai import AzureOpenAI\n${IMPORT}\nclient = AzureOpenAI(api_version="v",\n                     azure_endpoint=e,\n                     azure_ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'a comment after the last argument stays on its line (trailing comma)',
      code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(\n    api_version="v",  # pinned\n)\n',
      errors: [{ line: 2, column: 10, endColumn: 21 }],
      output: `from openai import AzureOpenAI\n${IMPORT}\nclient = AzureOpenAI(\n    api_version="v",  # pinned\n    azure_ad_token_provider=${PROVIDER},\n)\n`,
    },
    {
      name: 'a comment after the last argument stays on its line (no trailing comma)',
      code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(\n    api_version="v"  # pinned\n)\n',
      errors: [{ line: 2, column: 10, endColumn: 21 }],
      output: `from openai import AzureOpenAI\n${IMPORT}\nclient = AzureOpenAI(\n    api_version="v",  # pinned\n    azure_ad_token_provider=${PROVIDER}\n)\n`,
    },
    {
      name: 'implicit fallback with an empty argument list',
      code: 'import openai\nclient = openai.AzureOpenAI()\n',
      errors: [{ line: 2, column: 10, endColumn: 28 }],
      output: `import openai\n${IMPORT}\nclient = openai.AzureOpenAI(azure_ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'resolves import aliases (import openai as oa, from openai import AzureOpenAI as AOAI)',
      code: 'import openai as oa\nfrom openai import AzureOpenAI as AOAI\na = oa.AzureOpenAI(api_key=k, api_version="v")\nb = AOAI(api_key=k, api_version="v")\n',
      errors: [
        { line: 3, column: 20, endColumn: 29 },
        { line: 4, column: 10, endColumn: 19 },
      ],
      output: `import openai as oa\nfrom openai import AzureOpenAI as AOAI\n${IMPORT}\na = oa.AzureOpenAI(azure_ad_token_provider=${PROVIDER}, api_version="v")\nb = AOAI(azure_ad_token_provider=${PROVIDER}, api_version="v")\n`,
    },
    {
      name: 'AsyncAzureOpenAI gets the azure.identity.aio import',
      code: 'from openai import AsyncAzureOpenAI\nclient = AsyncAzureOpenAI(api_version="v", azure_endpoint=e)\n',
      errors: [{ line: 2, column: 10, endColumn: 26 }],
      output: `from openai import AsyncAzureOpenAI\nfrom azure.identity.aio import DefaultAzureCredential, get_bearer_token_provider\nclient = AsyncAzureOpenAI(api_version="v", azure_endpoint=e, azure_ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'merges into an existing from azure.identity import',
      code: 'from azure.identity import ManagedIdentityCredential\nfrom openai import AzureOpenAI\nclient = AzureOpenAI(api_key=key)\n',
      errors: [{ line: 3, column: 22, endColumn: 33 }],
      output: `from azure.identity import ManagedIdentityCredential, DefaultAzureCredential, get_bearer_token_provider\nfrom openai import AzureOpenAI\nclient = AzureOpenAI(azure_ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'places the import after the docstring and __future__ imports, before code',
      code: '"""Chat helper."""\nfrom __future__ import annotations\n\nimport openai\n\nclient = openai.AzureOpenAI(api_key=key)\n\nimport late_module\n',
      errors: [{ line: 6, column: 29, endColumn: 40 }],
      output: `"""Chat helper."""\nfrom __future__ import annotations\n\nimport openai\n${IMPORT}\n\nclient = openai.AzureOpenAI(azure_ad_token_provider=${PROVIDER})\n\nimport late_module\n`,
    },
    {
      name: 'keeps CRLF line endings',
      code: 'from openai import AzureOpenAI\r\nclient = AzureOpenAI(\r\n    api_version="v",\r\n)\r\n',
      errors: [{ line: 2, column: 10, endColumn: 21 }],
      output: `from openai import AzureOpenAI\r\n${IMPORT}\r\nclient = AzureOpenAI(\r\n    api_version="v",\r\n    azure_ad_token_provider=${PROVIDER},\r\n)\r\n`,
    },
    {
      name: 'flags api_key inside a **cfg dict literal at the entry',
      code: 'from openai import AzureOpenAI\ncfg = {"api_key": key, "api_version": "v"}\nclient = AzureOpenAI(**cfg)\n',
      errors: [{ line: 2, column: 8, endColumn: 22 }],
      output: `from openai import AzureOpenAI\n${IMPORT}\ncfg = {"azure_ad_token_provider": ${PROVIDER}, "api_version": "v"}\nclient = AzureOpenAI(**cfg)\n`,
    },
    {
      name: 'a key beside a token provider is redundant; the fix removes it',
      code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(api_key=key, azure_ad_token_provider=tp, api_version="v")\n',
      errors: [{ line: 2, column: 22, endColumn: 33, message: 'Realtime', severity: 'info' }],
      output: 'from openai import AzureOpenAI\nclient = AzureOpenAI(azure_ad_token_provider=tp, api_version="v")\n',
    },
    {
      name: 'from openai import * binds AzureOpenAI',
      code: 'from openai import *\nclient = AzureOpenAI(api_key=key)\n',
      errors: [{ line: 2, column: 22, endColumn: 33 }],
      output: `from openai import *\n${IMPORT}\nclient = AzureOpenAI(azure_ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'the sync credential is imported under an alias when DefaultAzureCredential is the aio one (both flavours coexist)',
      code: 'from azure.identity.aio import DefaultAzureCredential\nfrom openai import AzureOpenAI\nclient = AzureOpenAI(api_key=key)\n',
      errors: [{ line: 3, column: 22, endColumn: 33 }],
      output:
        'from azure.identity.aio import DefaultAzureCredential\nfrom openai import AzureOpenAI\nfrom azure.identity import DefaultAzureCredential as SyncDefaultAzureCredential, get_bearer_token_provider\nclient = AzureOpenAI(azure_ad_token_provider=get_bearer_token_provider(SyncDefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"))\n',
    },
    {
      name: 'a hard-coded key in a module constant is an error, reported at the argument',
      code: 'from openai import AzureOpenAI\nKEY = "9f2c4b7a1e3d5f6a8b0c2d4e6f8a0b1c"\ndef make(api_key=None):\n    return AzureOpenAI(api_key=KEY)\n',
      errors: [{ line: 4, column: 24, endColumn: 35, severity: 'error' }],
    },
    {
      name: 'a parameter named like a module constant is not resolved to it',
      code: 'from openai import AzureOpenAI\nKEY = "9f2c4b7a1e3d5f6a8b0c2d4e6f8a0b1c"\ndef make(KEY):\n    return AzureOpenAI(api_key=KEY)\n',
      errors: [{ line: 4, column: 24, endColumn: 35, severity: 'warning' }],
    },
    {
      name: 'azure_ad_token_provider=None beside a key: the fix fills it in and drops the key, never duplicating a keyword',
      code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(api_key=key, azure_ad_token_provider=None)\n',
      errors: [{ line: 2, column: 22, endColumn: 33, message: 'authenticates with an API key' }],
      output: `from openai import AzureOpenAI\n${IMPORT}\nclient = AzureOpenAI(azure_ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'a short test literal is key auth (warning), not a hard-coded secret',
      code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(api_key="test", api_version="v")\n',
      errors: [{ line: 2, column: 22, endColumn: 36, severity: 'warning', message: 'authenticates with an API key' }],
    },
    {
      name: 'api_key=None is no credential: implicit fallback',
      code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(api_key=None)\n',
      errors: [{ line: 2, column: 10, endColumn: 21, message: 'without a credential' }],
    },
    {
      name: 'still finds clients after a syntax error elsewhere in the file',
      code: 'from openai import AzureOpenAI\ndef broken(:\n    pass\nclient = AzureOpenAI(api_key=key)\n',
      errors: [{ line: 4, column: 22, endColumn: 33 }],
    },
  ],
});

testRule(rule, {
  path: 'app.py',
  tokenScope: 'https://ai.azure.com/.default',
  valid: [],
  invalid: [
    {
      name: 'uses the configured token scope',
      code: 'from openai import AzureOpenAI\nclient = AzureOpenAI(api_key=key)\n',
      errors: [{ line: 2, column: 22 }],
      output: `from openai import AzureOpenAI\n${IMPORT}\nclient = AzureOpenAI(azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), "https://ai.azure.com/.default"))\n`,
    },
  ],
});
