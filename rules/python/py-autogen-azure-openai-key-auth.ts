import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import type { Rule } from '../../engine/rule';
import { reportClientSites } from './report-client-sites';

/** AutoGen's `AzureOpenAIChatCompletionClient` with a key or no credential. */
export const rule: Rule = {
  meta: {
    code: 'AOAI211',
    name: 'py-autogen-azure-openai-key-auth',
    description: 'An AutoGen `AzureOpenAIChatCompletionClient` authenticates with an API key, passed or read from AZURE_OPENAI_API_KEY.',
    severity: 'warning', // a hard-coded key raises its own report to error
    category: 'code',
    kinds: ['python'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `AzureOpenAIChatCompletionClient(...)` from `autogen_ext.models.openai` (AutoGen 0.4+) that passes `api_key=`, and one that passes no credential at all: the client builds an openai `AsyncAzureOpenAI`, which then falls back to the `AZURE_OPENAI_API_KEY` environment variable. `azure_ad_token_provider` or `azure_ad_token` is Entra and is not flagged. AutoGen\'s `AzureAIChatCompletionClient` (`autogen_ext.models.azure`) with an `AzureKeyCredential` is reported by AOAI206 (py-ai-inference-azure-key-credential). A hard-coded key is an error, every other finding a warning; a key sent to an API Management gateway is info, with the gateway advice.',
      whyBad:
        'An API key is a shared secret that grants full access to the resource and cannot be tied to a caller. The AutoGen client accepts a Microsoft Entra ID token provider, like the openai client it wraps.',
      example: `from autogen_ext.models.openai import AzureOpenAIChatCompletionClient

model_client = AzureOpenAIChatCompletionClient(
    azure_deployment="gpt-4o",
    model="gpt-4o",
    api_version="2024-10-21",
    azure_endpoint="https://contoso.openai.azure.com",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
)`,
      useInstead: `from autogen_ext.models.openai import AzureOpenAIChatCompletionClient
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

model_client = AzureOpenAIChatCompletionClient(
    azure_deployment="gpt-4o",
    model="gpt-4o",
    api_version="2024-10-21",
    azure_endpoint="https://contoso.openai.azure.com",
    azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), "${DEFAULT_TOKEN_SCOPE}"),
)`,
      exampleLanguage: 'python',
      fixSafety:
        'Unsafe: it replaces `api_key=...` (or adds the keyword when none was passed) with `azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), scope)` and adds the `azure.identity` import. The identity running the app needs the "Cognitive Services OpenAI User" role, and `AZURE_OPENAI_API_KEY` should be removed from the environment and `.env`.',
      references: [
        'https://microsoft.github.io/autogen/stable/reference/python/autogen_ext.models.openai.html',
        'https://learn.microsoft.com/azure/developer/ai/how-to/switching-endpoints',
      ],
    },
  },
  prefilter: /\bAzureOpenAIChatCompletionClient\b/,
  check(context) {
    reportClientSites(context, {
      family: 'autogen',
      fixKeywords: [['azure_ad_token_provider', '{provider}']],
      implicitSource: 'the AZURE_OPENAI_API_KEY environment variable',
      implicitSeverity: 'warning',
    });
  },
};
