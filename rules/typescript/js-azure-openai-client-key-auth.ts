import type { Rule } from '../../engine/rule';
import { typescriptParser } from '../../engine/parsers/typescript';
import { reportOptionsSites } from './key-site-report';

/** `new AzureOpenAI({ apiKey })` from `openai`, or `new AzureOpenAI({...})` that falls back to AZURE_OPENAI_API_KEY. */
export const rule: Rule = {
  meta: {
    code: 'AOAI101',
    name: 'js-azure-openai-client-key-auth',
    description: 'An `AzureOpenAI` client from `openai` authenticates with an API key, given explicitly or read from AZURE_OPENAI_API_KEY.',
    severity: 'warning',
    category: 'code',
    kinds: ['typescript', 'javascript'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `new AzureOpenAI({ apiKey })` (a literal, an environment read or any variable, also through a same-file `const` options object or spread) and `new AzureOpenAI({...})` with neither `apiKey` nor `azureADTokenProvider`, which silently uses the key in `AZURE_OPENAI_API_KEY`. Imports are followed through aliases, namespace imports and `require`. A hard-coded key is an error, every other finding a warning; an options object built elsewhere (an unknown spread or parameter) is not guessed at. A Microsoft Entra access token passed as the key (`(await credential.getToken(scope)).token`, directly or through a variable every assignment of which is such a call) is not key auth: it is reported as info suggesting a token provider (the token expires after about an hour), with no fix. A key that is an API Management subscription key (its name says APIM, or the endpoint is an `*.azure-api.net` gateway or an `APIM_…` variable) or that goes to a proxy-named endpoint is the gateway\'s key, not the account\'s: info with gateway advice (`validate-azure-ad-token`), and no `DefaultAzureCredential` fix, which the gateway would reject.',
      whyBad:
        'An API key is a shared secret: it grants full data-plane access to whoever holds it, cannot tell callers apart in logs, and must be rotated by hand. Microsoft Entra ID gives each app its own identity, short-lived tokens and role-based access. The implicit form is easy to miss in review because no key appears in code. openai-node treats `apiKey` (including the environment default) and `azureADTokenProvider` as mutually exclusive and throws when both are present, so the key variable must go when switching.',
      example: [
        'import { AzureOpenAI } from "openai";',
        '',
        'const client = new AzureOpenAI({',
        '  endpoint: process.env.AZURE_OPENAI_ENDPOINT,',
        '  apiKey: process.env.AZURE_OPENAI_API_KEY,',
        '  apiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
      useInstead: [
        'import { AzureOpenAI } from "openai";',
        'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";',
        '',
        'const client = new AzureOpenAI({',
        '  endpoint: process.env.AZURE_OPENAI_ENDPOINT,',
        '  azureADTokenProvider: getBearerTokenProvider(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"),',
        '  apiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
      exampleLanguage: 'ts',
      fixSafety:
        'Unsafe: it changes how the app authenticates. It replaces the `apiKey` option with (or adds) `azureADTokenProvider: getBearerTokenProvider(new DefaultAzureCredential(), "<scope>")` and adds or merges the `@azure/identity` import (version 4.2.0 or later). The identity running the app needs the "Cognitive Services OpenAI User" role on the resource, and `AZURE_OPENAI_API_KEY` must be removed from the environment and `.env` files, or the constructor throws. When both a key and a provider are given, the fix only removes the key. A hard-coded key removed by the fix is still in version control history: rotate it.',
      references: [
        'https://github.com/openai/openai-node/blob/master/src/azure.ts',
        'https://github.com/Azure/azure-sdk-for-js/blob/main/sdk/openai/openai/README.md',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
      ],
    },
  },
  prefilter: /AzureOpenAI/,
  parsers: [typescriptParser],
  check(context) {
    reportOptionsSites(context, 'azure-openai');
  },
};
