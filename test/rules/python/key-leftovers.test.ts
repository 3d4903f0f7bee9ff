import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-azure-openai-client-key-auth';

/** One migration per client: the Entra fix also removes what only served the key. */

const SCOPE = '"https://cognitiveservices.azure.com/.default"';
const PROVIDER = `get_bearer_token_provider(DefaultAzureCredential(), ${SCOPE})`;
const IMPORT = 'from azure.identity import DefaultAzureCredential, get_bearer_token_provider';

testRule(rule, {
  path: 'app.py',
  valid: [],
  invalid: [
    {
      name: 'a strict module-level read and the guard that only checks it go with the key; import os stays for the endpoint',
      code: `import os
from openai import AzureOpenAI

API_KEY = os.environ["AZURE_OPENAI_API_KEY"]
ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]

if not API_KEY:
    raise ValueError("Set AZURE_OPENAI_API_KEY")

client = AzureOpenAI(api_key=API_KEY, azure_endpoint=ENDPOINT, api_version="2024-10-21")
`,
      errors: [{ line: 10, column: 22, endColumn: 37 }],
      fixTitle: /removes what only the key used \(API_KEY\); then assign the "Cognitive Services OpenAI User" role/,
      output: `import os
from openai import AzureOpenAI
${IMPORT}

ENDPOINT = os.environ["AZURE_OPENAI_ENDPOINT"]

client = AzureOpenAI(azure_ad_token_provider=${PROVIDER}, azure_endpoint=ENDPOINT, api_version="2024-10-21")
`,
    },
    {
      name: 'import os goes when the key read was its only use',
      code: 'import os\nfrom openai import AzureOpenAI\n\nkey = os.getenv("AZURE_OPENAI_API_KEY")\nclient = AzureOpenAI(api_key=key, api_version="v")\n',
      errors: [{ line: 5, column: 22, endColumn: 33 }],
      output: `from openai import AzureOpenAI\n${IMPORT}\n\nclient = AzureOpenAI(azure_ad_token_provider=${PROVIDER}, api_version="v")\n`,
    },
    {
      name: 'an inline read leaves os unused: the import goes, other names of the statement stay',
      code: 'import os, sys\nfrom openai import AzureOpenAI\nclient = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], api_version="v")\nsys.exit(0)\n',
      errors: [{ line: 3, column: 22, endColumn: 64 }],
      output: `import sys\nfrom openai import AzureOpenAI\n${IMPORT}\nclient = AzureOpenAI(azure_ad_token_provider=${PROVIDER}, api_version="v")\nsys.exit(0)\n`,
    },
    {
      name: 'a guard that checks the key beside other settings loses only the key operand; assert on the key goes',
      code: `import os
from openai import AzureOpenAI


def make():
    endpoint = os.getenv("AZURE_OPENAI_ENDPOINT")
    api_key = os.getenv("AZURE_OPENAI_API_KEY")
    assert api_key, "no key"
    if not endpoint or not api_key:
        raise RuntimeError("missing settings")
    return AzureOpenAI(api_key=api_key, azure_endpoint=endpoint, api_version="v")
`,
      errors: [{ line: 11, column: 24, endColumn: 39 }],
      output: `import os
from openai import AzureOpenAI
${IMPORT}


def make():
    endpoint = os.getenv("AZURE_OPENAI_ENDPOINT")
    if not endpoint:
        raise RuntimeError("missing settings")
    return AzureOpenAI(azure_ad_token_provider=${PROVIDER}, azure_endpoint=endpoint, api_version="v")
`,
    },
    {
      name: 'a key that has another use (a log line) is kept, and the title says where',
      code: `import os
from openai import AzureOpenAI

api_key = os.getenv("AZURE_OPENAI_API_KEY")
print(f"key ends with {api_key[-4:]}")
client = AzureOpenAI(api_key=api_key, api_version="v")
`,
      errors: [{ line: 6, column: 22, endColumn: 37 }],
      fixTitle: /keeps api_key, still used on line 5; then assign/,
      output: `import os
from openai import AzureOpenAI
${IMPORT}

api_key = os.getenv("AZURE_OPENAI_API_KEY")
print(f"key ends with {api_key[-4:]}")
client = AzureOpenAI(azure_ad_token_provider=${PROVIDER}, api_version="v")
`,
    },
    {
      name: 'a key shared by two clients is removed with the second fix, once no client reads it',
      code: `import os
from openai import AzureOpenAI
key = os.environ["AZURE_OPENAI_API_KEY"]
a = AzureOpenAI(api_key=key, api_version="v")
b = AzureOpenAI(api_key=key, api_version="v")
`,
      errors: [
        { line: 4, column: 17, endColumn: 28 },
        { line: 5, column: 17, endColumn: 28 },
      ],
      output: `from openai import AzureOpenAI
${IMPORT}
a = AzureOpenAI(azure_ad_token_provider=${PROVIDER}, api_version="v")
b = AzureOpenAI(azure_ad_token_provider=${PROVIDER}, api_version="v")
`,
    },
    {
      name: 'a key/Entra toggle is resolved by keeping the Entra branch (the switch, its log line and the key read go)',
      code: `import os
import logging
from openai import AzureOpenAI
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

use_key = os.getenv("USE_API_KEY") == "true"

if use_key:
    logging.info("using API key")
    client = AzureOpenAI(api_key=os.environ["AZURE_OPENAI_API_KEY"], api_version="v")
else:
    provider = get_bearer_token_provider(DefaultAzureCredential(), ${SCOPE})
    client = AzureOpenAI(azure_ad_token_provider=provider, api_version="v")

print(client)
`,
      errors: [{ line: 10, column: 26, endColumn: 68 }],
      fixTitle: /keep the Entra branch of the key\/Entra switch.*removes what only the key used \(use_key\)/,
      output: `from openai import AzureOpenAI
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

provider = get_bearer_token_provider(DefaultAzureCredential(), ${SCOPE})
client = AzureOpenAI(azure_ad_token_provider=provider, api_version="v")

print(client)
`,
    },
    {
      name: 'a toggle inside a function, Entra branch first, is dedented into the function body',
      code: `from openai import AzureOpenAI


def make(entra, key, provider):
    if entra:
        return AzureOpenAI(azure_ad_token_provider=provider, api_version="v")
    else:
        return AzureOpenAI(api_key=key, api_version="v")
`,
      errors: [{ line: 8, column: 28, endColumn: 39 }],
      output: `from openai import AzureOpenAI


def make(entra, key, provider):
    return AzureOpenAI(azure_ad_token_provider=provider, api_version="v")
`,
    },
    {
      name: 'a function-local import of the credential in one branch: the fix imports in the same block, not at module level (no UnboundLocalError)',
      code: `from openai import AzureOpenAI


def build(flag, key):
    if flag:
        from azure.identity import DefaultAzureCredential
        return DefaultAzureCredential()
    else:
        return AzureOpenAI(api_key=key, api_version="v")
`,
      errors: [{ line: 9, column: 28, endColumn: 39 }],
      output: `from openai import AzureOpenAI


def build(flag, key):
    if flag:
        from azure.identity import DefaultAzureCredential
        return DefaultAzureCredential()
    else:
        ${IMPORT}
        return AzureOpenAI(azure_ad_token_provider=${PROVIDER}, api_version="v")
`,
    },
    {
      name: 'sync and async clients in one module: the aio names are imported under aliases beside the sync ones',
      code: `from openai import AzureOpenAI, AsyncAzureOpenAI
${IMPORT}

sync_client = AzureOpenAI(azure_ad_token_provider=${PROVIDER}, api_version="v")
async_client = AsyncAzureOpenAI(api_key=key, api_version="v")
`,
      errors: [{ line: 5, column: 33, endColumn: 44 }],
      output: `from openai import AzureOpenAI, AsyncAzureOpenAI
${IMPORT}
from azure.identity.aio import DefaultAzureCredential as AsyncDefaultAzureCredential, get_bearer_token_provider as get_async_bearer_token_provider

sync_client = AzureOpenAI(azure_ad_token_provider=${PROVIDER}, api_version="v")
async_client = AsyncAzureOpenAI(azure_ad_token_provider=get_async_bearer_token_provider(AsyncDefaultAzureCredential(), ${SCOPE}), api_version="v")
`,
    },
    {
      name: 'a hard-coded key: the constant goes and the title asks for the key to be rotated',
      code: 'from openai import AzureOpenAI\nKEY = "9f2c4b7a1e3d5f6a8b0c2d4e6f8a0b1c"\nclient = AzureOpenAI(api_key=KEY, api_version="v")\n',
      errors: [{ line: 3, column: 22, endColumn: 33, severity: 'error' }],
      fixTitle: /rotate the key/,
      output: `from openai import AzureOpenAI\n${IMPORT}\nclient = AzureOpenAI(azure_ad_token_provider=${PROVIDER}, api_version="v")\n`,
    },
  ],
});
