import type { Rule } from '../../engine/rule';
import { typescriptParser } from '../../engine/parsers/typescript';
import { reportOptionsSites } from './key-site-report';

/** LangChain.js Azure OpenAI models with a key option or the implicit AZURE_OPENAI_API_KEY. */
export const rule: Rule = {
  meta: {
    code: 'AOAI104',
    name: 'js-langchain-azure-openai-key-auth',
    description: 'A LangChain.js Azure OpenAI model (`AzureChatOpenAI`, `AzureOpenAIEmbeddings`, `AzureOpenAI`) authenticates with an API key.',
    severity: 'warning',
    category: 'code',
    kinds: ['typescript', 'javascript'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `AzureChatOpenAI`, `AzureOpenAIEmbeddings` and `AzureOpenAI` from `@langchain/openai` given `azureOpenAIApiKey`, `openAIApiKey` or `apiKey`, or constructed with neither a key nor `azureADTokenProvider` (they then read `AZURE_OPENAI_API_KEY`); also `ChatOpenAI` / `OpenAIEmbeddings` / `OpenAI` given `azureOpenAIApiKey`, and key options of the deprecated `@langchain/azure-openai` package (reported without a fix). A hard-coded key is an error, every other finding a warning. A Microsoft Entra access token passed as the key (`(await credential.getToken(scope)).token`, directly or through a variable every assignment of which is such a call) is not key auth: it is reported as info suggesting a token provider (the token expires after about an hour), with no fix. A key that is an API Management subscription key (its name says APIM, or the endpoint is an `*.azure-api.net` gateway or an `APIM_…` variable) or that goes to a proxy-named endpoint is the gateway\'s key, not the account\'s: info with gateway advice (`validate-azure-ad-token`), and no `DefaultAzureCredential` fix, which the gateway would reject.',
      whyBad:
        'An API key is a shared secret with no per-caller identity. When a key is set, LangChain.js sends it as an `api-key` header on every request, which takes precedence over a token provider, so a leftover key keeps key authentication alive even after `azureADTokenProvider` is added.',
      example: [
        'import { AzureChatOpenAI } from "@langchain/openai";',
        '',
        'const model = new AzureChatOpenAI({',
        '  azureOpenAIApiKey: process.env.AZURE_OPENAI_API_KEY,',
        '  azureOpenAIApiInstanceName: "contoso",',
        '  azureOpenAIApiDeploymentName: "gpt-4o",',
        '  azureOpenAIApiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
      useInstead: [
        'import { AzureChatOpenAI } from "@langchain/openai";',
        'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";',
        '',
        'const model = new AzureChatOpenAI({',
        '  azureADTokenProvider: getBearerTokenProvider(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"),',
        '  azureOpenAIApiInstanceName: "contoso",',
        '  azureOpenAIApiDeploymentName: "gpt-4o",',
        '  azureOpenAIApiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
      exampleLanguage: 'ts',
      fixSafety:
        'Unsafe: it changes how the app authenticates. It replaces the key option with (or adds) `azureADTokenProvider: getBearerTokenProvider(new DefaultAzureCredential(), "<scope>")`, or only removes the key when a provider is already there, and adds or merges the `@azure/identity` import. Assign "Cognitive Services OpenAI User" to the identity and remove `AZURE_OPENAI_API_KEY` from the environment.',
      references: [
        'https://github.com/langchain-ai/langchainjs/blob/main/libs/langchain-openai/src/azure/chat_models.ts',
        'https://github.com/langchain-ai/langchainjs/blob/main/examples/src/models/chat/integration_azure_openai_managed_identity.ts',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
      ],
    },
  },
  prefilter: /@langchain\/|langchain\//,
  parsers: [typescriptParser],
  check(context) {
    reportOptionsSites(context, 'langchain');
  },
};
