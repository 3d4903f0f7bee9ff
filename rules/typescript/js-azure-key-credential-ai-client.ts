import type { Rule } from '../../engine/rule';
import { typescriptParser } from '../../engine/parsers/typescript';
import { reportCredentialSites } from './key-site-report';

/** `AzureKeyCredential` handed to `@azure/openai` v1, `@azure-rest/ai-inference` or another Azure AI client. */
export const rule: Rule = {
  meta: {
    code: 'AOAI103',
    name: 'js-azure-key-credential-ai-client',
    description: 'An Azure AI client (`OpenAIClient`, `ModelClient`, other `@azure/ai-*` clients) is given an `AzureKeyCredential`.',
    severity: 'warning',
    category: 'code',
    kinds: ['typescript', 'javascript'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `new AzureKeyCredential(key)` (from `@azure/core-auth` or an Azure AI package), written in place or held in a same-file constant, when it is passed to a client from `@azure/openai` (v1 `OpenAIClient`), `@azure-rest/ai-inference` (the default-export factory, under any name, with or without `new`) or another `@azure/ai-*` / `@azure-rest/ai-*` package. Azure AI Search (`@azure/search-documents`) is a different service and is not flagged; neither is GitHub Models (`models.inference.ai.azure.com`, `models.github.ai`), which has no Entra option. A hard-coded key is an error, every other finding a warning. A client of the page\'s own origin (`window.location.origin`, a relative URL) talks to the app\'s server and is not flagged. A key that is an API Management subscription key (its name says APIM, or the endpoint is an `*.azure-api.net` gateway or an `APIM_…` variable) or that goes to a proxy-named endpoint is the gateway\'s key, not the account\'s: info with gateway advice (`validate-azure-ad-token`), and no `DefaultAzureCredential` fix.',
      whyBad:
        'A key credential is a shared secret with full data-plane access, no per-caller identity and manual rotation. Every Azure AI client also accepts a `TokenCredential`; `DefaultAzureCredential` uses managed identity in Azure and your developer sign-in locally.',
      example: [
        'import ModelClient from "@azure-rest/ai-inference";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        '',
        'const client = ModelClient(process.env.AZURE_INFERENCE_ENDPOINT!, new AzureKeyCredential(process.env.AZURE_INFERENCE_CREDENTIAL!));',
      ].join('\n'),
      useInstead: [
        'import ModelClient from "@azure-rest/ai-inference";',
        'import { DefaultAzureCredential } from "@azure/identity";',
        '',
        'const client = ModelClient(process.env.AZURE_INFERENCE_ENDPOINT!, new DefaultAzureCredential(), {',
        '  credentials: { scopes: ["https://cognitiveservices.azure.com/.default"] },',
        '});',
      ].join('\n'),
      exampleLanguage: 'ts',
      fixSafety:
        'Unsafe: it changes how the app authenticates. It replaces the credential argument with `new DefaultAzureCredential()`, adds `{ credentials: { scopes: ["<scope>"] } }` for `@azure-rest/ai-inference` when no options are given (its default scope is not the Azure OpenAI one), and adds or merges the `@azure/identity` import. Assign "Cognitive Services OpenAI User" (Azure OpenAI) or the service\'s data role to the identity and remove the key from configuration. `@azure/openai` v1 is deprecated: migrating to `AzureOpenAI` from `openai` is a separate step.',
      references: [
        'https://github.com/Azure/azure-sdk-for-js/blob/main/sdk/ai/ai-inference-rest/README.md',
        'https://github.com/Azure/azure-sdk-for-js/blob/main/sdk/openai/openai/MIGRATION.md',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
      ],
    },
  },
  prefilter: /AzureKeyCredential/,
  parsers: [typescriptParser],
  check(context) {
    reportCredentialSites(context);
  },
};
