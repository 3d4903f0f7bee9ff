import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import type { Rule } from '../../engine/rule';
import { reportClientSites } from './report-client-sites';

/** openai>=1 `AzureOpenAI` / `AsyncAzureOpenAI` built with `api_key=` or with no credential at all. */
export const rule: Rule = {
  meta: {
    code: 'AOAI201',
    name: 'py-azure-openai-client-key-auth',
    description: 'An openai `AzureOpenAI` or `AsyncAzureOpenAI` client authenticates with an API key, passed or read from AZURE_OPENAI_API_KEY.',
    severity: 'warning', // a hard-coded key raises its own report to error
    category: 'code',
    kinds: ['python'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `AzureOpenAI(...)` and `AsyncAzureOpenAI(...)` from the `openai` package (aliases such as `import openai as oa` included) that pass `api_key=`, and those that pass no credential at all: without `api_key`, `azure_ad_token` or `azure_ad_token_provider` the client falls back to the `AZURE_OPENAI_API_KEY` environment variable. Calls that spread `**kwargs` the linter cannot read are not guessed at. A hard-coded key is an error; a key passed beside an Entra credential (usually dual-mode code) is info; every other finding is a warning. A key sent to an API Management gateway (an `*.azure-api.net` endpoint, an endpoint built from a name that says apim/gateway, or a key whose name says it is an APIM subscription key) is the gateway\'s own subscription key: it is reported as info, with the advice to protect the gateway with `validate-azure-ad-token`, and gets no fix.',
      whyBad:
        'An API key is a shared secret: anyone holding it can call the resource, it cannot be scoped to one caller, and it has to be rotated by hand. Microsoft Entra ID tokens are short-lived, tied to an identity and governed by Azure RBAC. Note that a leftover `AZURE_OPENAI_API_KEY` keeps key auth alive for the Realtime API even after the code passes a token provider.',
      example: `import os
from openai import AzureOpenAI

client = AzureOpenAI(
    api_key=os.getenv("AZURE_OPENAI_API_KEY"),
    api_version="2024-10-21",
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
)`,
      useInstead: `import os
from openai import AzureOpenAI
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

client = AzureOpenAI(
    azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), "${DEFAULT_TOKEN_SCOPE}"),
    api_version="2024-10-21",
    azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
)`,
      exampleLanguage: 'python',
      fixSafety:
        'Unsafe: it switches the client from the key to Microsoft Entra ID. It replaces `api_key=...` (or adds the keyword when none was passed) with `azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), scope)` and adds the `azure.identity` import (`azure.identity.aio` for `AsyncAzureOpenAI`). The identity running the app needs the "Cognitive Services OpenAI User" role, the package `azure-identity>=1.15.0`, and `AZURE_OPENAI_API_KEY` should be removed from the environment and `.env`.',
      references: [
        'https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py',
        'https://github.com/openai/openai-python/blob/main/examples/azure_ad.py',
        'https://learn.microsoft.com/azure/developer/ai/how-to/switching-endpoints',
      ],
    },
  },
  prefilter: /AzureOpenAI/,
  check(context) {
    reportClientSites(context, {
      family: 'openai',
      fixKeywords: [['azure_ad_token_provider', '{provider}']],
      implicitSource: 'the AZURE_OPENAI_API_KEY environment variable',
      implicitSeverity: 'warning',
    });
  },
};
