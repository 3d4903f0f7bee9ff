import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import type { Rule } from '../../engine/rule';
import { reportClientSites } from './report-client-sites';

/** Semantic Kernel `AzureChatCompletion` / `AzureTextEmbedding` (and siblings) with a key or no credential. */
export const rule: Rule = {
  meta: {
    code: 'AOAI204',
    name: 'py-semantic-kernel-azure-openai-key-auth',
    description: 'A Semantic Kernel Azure OpenAI service authenticates with an API key, passed or read from AZURE_OPENAI_API_KEY.',
    severity: 'warning', // a hard-coded key raises its own report to error
    category: 'code',
    kinds: ['python'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `AzureChatCompletion`, `AzureTextEmbedding` and the other `semantic_kernel` Azure OpenAI services built with `api_key=`. A service built with no credential at all (no `ad_token_provider`, `ad_token`, `credential`, `token_endpoint` or `async_client`) is reported as info: Semantic Kernel reads `AZURE_OPENAI_API_KEY` from the environment or a `.env` file when it is set, so whether key auth is used depends on the deployment. A hard-coded key is an error, `api_key=` beside an Entra credential info, any other `api_key=` a warning. A key sent to an API Management gateway (an `*.azure-api.net` endpoint, an endpoint built from a name that says apim/gateway, or a key whose name says it is an APIM subscription key) is the gateway\'s own subscription key: it is reported as info, with the advice to protect the gateway with `validate-azure-ad-token`, and gets no fix.',
      whyBad:
        'An API key is a shared secret that grants full access to the resource and cannot be tied to a caller. A Microsoft Entra ID token provider gives short-lived tokens for an identity governed by Azure RBAC.',
      example: `from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion

chat = AzureChatCompletion(
    deployment_name="gpt-4o",
    endpoint=endpoint,
    api_key=api_key,
)`,
      useInstead: `from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

chat = AzureChatCompletion(
    deployment_name="gpt-4o",
    endpoint=endpoint,
    ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), "${DEFAULT_TOKEN_SCOPE}"),
)`,
      exampleLanguage: 'python',
      fixSafety:
        'Unsafe: it switches the service to Microsoft Entra ID by replacing `api_key=` (or adding a keyword) with `ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), scope)` and importing both from `azure.identity`. Assign the "Cognitive Services OpenAI User" role to the identity and remove `AZURE_OPENAI_API_KEY` from the environment and `.env`.',
      references: [
        'https://github.com/microsoft/semantic-kernel/blob/main/python/semantic_kernel/connectors/ai/open_ai/services/azure_chat_completion.py',
        'https://github.com/microsoft/semantic-kernel/blob/main/python/semantic_kernel/connectors/ai/open_ai/settings/azure_open_ai_settings.py',
      ],
    },
  },
  prefilter: /semantic_kernel/,
  check(context) {
    reportClientSites(context, {
      family: 'semantic-kernel',
      fixKeywords: [['ad_token_provider', '{provider}']],
      implicitSource: 'AZURE_OPENAI_API_KEY from the environment or .env when it is set',
      implicitSeverity: 'info',
    });
  },
};
