import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import type { Rule } from '../../engine/rule';
import { reportClientSites } from './report-client-sites';

/** LangChain `AzureChatOpenAI` / `AzureOpenAIEmbeddings` / `AzureOpenAI` with a key or no credential. */
export const rule: Rule = {
  meta: {
    code: 'AOAI203',
    name: 'py-langchain-azure-openai-key-auth',
    description: 'A LangChain Azure OpenAI model authenticates with an API key, passed or read from the environment.',
    severity: 'warning', // a hard-coded key raises its own report to error
    category: 'code',
    kinds: ['python'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `AzureChatOpenAI`, `AzureOpenAIEmbeddings` and `AzureOpenAI` from `langchain_openai`, `langchain_community` or the legacy `langchain.*` modules that pass `api_key=` / `openai_api_key=`, and those that pass no credential (no `azure_ad_token_provider`, `azure_ad_async_token_provider`, `azure_ad_token` or pre-built client): LangChain then reads `AZURE_OPENAI_API_KEY`, then `OPENAI_API_KEY`, from the environment. A hard-coded key is an error; a key passed beside an Entra credential (usually dual-mode code) is info; every other finding is a warning. A key sent to an API Management gateway (an `*.azure-api.net` endpoint, an endpoint built from a name that says apim/gateway, or a key whose name says it is an APIM subscription key) is the gateway\'s own subscription key: it is reported as info, with the advice to protect the gateway with `validate-azure-ad-token`, and gets no fix.',
      whyBad:
        'An API key is a shared secret that grants full access to the resource and cannot be tied to a caller. A Microsoft Entra ID token provider gives short-lived tokens for an identity governed by Azure RBAC.',
      example: `from langchain_openai import AzureChatOpenAI

llm = AzureChatOpenAI(
    azure_deployment="gpt-4o",
    api_version="2024-10-21",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
)`,
      useInstead: `from langchain_openai import AzureChatOpenAI
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

llm = AzureChatOpenAI(
    azure_deployment="gpt-4o",
    api_version="2024-10-21",
    azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), "${DEFAULT_TOKEN_SCOPE}"),
)`,
      exampleLanguage: 'python',
      fixSafety:
        'Unsafe: it switches the model from the key to Microsoft Entra ID by replacing the key argument (or adding one) with `azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), scope)` and importing both from `azure.identity`. Assign the "Cognitive Services OpenAI User" role to the identity and remove `AZURE_OPENAI_API_KEY` and an Azure-valued `OPENAI_API_KEY` from the environment and `.env`.',
      references: [
        'https://github.com/langchain-ai/langchain/blob/master/libs/partners/openai/langchain_openai/chat_models/azure.py',
        'https://github.com/langchain-ai/langchain/blob/master/libs/partners/openai/langchain_openai/embeddings/azure.py',
      ],
    },
  },
  prefilter: /\bAzure(?:ChatOpenAI|OpenAIEmbeddings|OpenAI)\b/,
  check(context) {
    reportClientSites(context, {
      family: 'langchain',
      fixKeywords: [['azure_ad_token_provider', '{provider}']],
      implicitSource: 'the AZURE_OPENAI_API_KEY (then OPENAI_API_KEY) environment variable',
      implicitSeverity: 'warning',
      envVars: 'AZURE_OPENAI_API_KEY and an Azure-valued OPENAI_API_KEY',
    });
  },
};
