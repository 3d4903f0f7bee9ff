import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import type { Rule } from '../../engine/rule';
import { reportClientSites } from './report-client-sites';

/** LlamaIndex `AzureOpenAI` / `AzureOpenAIEmbedding` with a key and without `use_azure_ad=True`. */
export const rule: Rule = {
  meta: {
    code: 'AOAI205',
    name: 'py-llamaindex-azure-openai-key-auth',
    description: 'A LlamaIndex Azure OpenAI model authenticates with an API key instead of `use_azure_ad` or a token provider.',
    severity: 'warning', // a hard-coded key raises its own report to error
    category: 'code',
    kinds: ['python'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `AzureOpenAI`, `AzureOpenAIEmbedding` and `AzureOpenAIMultiModal` from `llama_index` built with `api_key=`, or with no credential at all (LlamaIndex then reads `AZURE_OPENAI_API_KEY`). Models with `use_azure_ad=True` or `azure_ad_token_provider=` are Entra: LlamaIndex puts a token into `api_key` itself. A hard-coded key is an error, every other finding a warning. A key sent to an API Management gateway (an `*.azure-api.net` endpoint, an endpoint built from a name that says apim/gateway, or a key whose name says it is an APIM subscription key) is the gateway\'s own subscription key: it is reported as info, with the advice to protect the gateway with `validate-azure-ad-token`, and gets no fix.',
      whyBad:
        'An API key is a shared secret that grants full access to the resource and cannot be tied to a caller. A Microsoft Entra ID token provider gives short-lived tokens for an identity governed by Azure RBAC.',
      example: `from llama_index.llms.azure_openai import AzureOpenAI

llm = AzureOpenAI(
    engine="gpt-4o",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    azure_endpoint=endpoint,
    api_version="2024-10-21",
)`,
      useInstead: `from llama_index.llms.azure_openai import AzureOpenAI
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

llm = AzureOpenAI(
    engine="gpt-4o",
    azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), "${DEFAULT_TOKEN_SCOPE}"),
    use_azure_ad=True,
    azure_endpoint=endpoint,
    api_version="2024-10-21",
)`,
      exampleLanguage: 'python',
      fixSafety:
        'Unsafe: it switches the model to Microsoft Entra ID by replacing `api_key=` (or adding keywords) with `azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), scope)` and `use_azure_ad=True`, importing both from `azure.identity`. Assign the "Cognitive Services OpenAI User" role to the identity and remove `AZURE_OPENAI_API_KEY` from the environment and `.env`.',
      references: [
        'https://github.com/run-llama/llama_index/blob/main/llama-index-integrations/llms/llama-index-llms-azure-openai/llama_index/llms/azure_openai/base.py',
        'https://github.com/run-llama/llama_index/issues/18968',
      ],
    },
  },
  prefilter: /llama_index/,
  check(context) {
    reportClientSites(context, {
      family: 'llamaindex',
      fixKeywords: [
        ['azure_ad_token_provider', '{provider}'],
        ['use_azure_ad', 'True'],
      ],
      implicitSource: 'the AZURE_OPENAI_API_KEY environment variable',
      implicitSeverity: 'warning',
    });
  },
};
