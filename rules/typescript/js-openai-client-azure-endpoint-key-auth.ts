import type { Rule } from '../../engine/rule';
import { typescriptParser } from '../../engine/parsers/typescript';
import { reportOptionsSites } from './key-site-report';

/** The plain `OpenAI` client pointed at an Azure OpenAI v1 endpoint with a key. */
export const rule: Rule = {
  meta: {
    code: 'AOAI102',
    name: 'js-openai-client-azure-endpoint-key-auth',
    description: 'An `OpenAI` client whose `baseURL` is an Azure OpenAI endpoint authenticates with an API key.',
    severity: 'warning',
    category: 'code',
    kinds: ['typescript', 'javascript'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `new OpenAI({ baseURL, apiKey })` from `openai` when `baseURL` points at Azure OpenAI (an `*.openai.azure.com`, `*.cognitiveservices.azure.com` or `*.services.ai.azure.com` host, an `/openai/v1/` path, or an Azure OpenAI endpoint variable) and `apiKey` is a string, an environment read or a variable; also the pre-`AzureOpenAI` recipe with no Azure `baseURL`: a `defaultQuery` with `api-version` or `defaultHeaders` with `api-key` (the Azure OpenAI request shape), unless `baseURL` is a concrete non-Azure host; also such a client with no `apiKey`, which sends `OPENAI_API_KEY`. An `apiKey` that is a function or a `getBearerTokenProvider(...)` value is Entra ID and is not flagged. `OpenAI` for api.openai.com (no or a non-Azure `baseURL`) is out of scope. A hard-coded key is an error, every other finding a warning. A Microsoft Entra access token passed as the key (`(await credential.getToken(scope)).token`, directly or through a variable every assignment of which is such a call) is not key auth: it is reported as info suggesting a token provider (the token expires after about an hour), with no fix. A key that is an API Management subscription key (its name says APIM, or the endpoint is an `*.azure-api.net` gateway or an `APIM_…` variable) or that goes to a proxy-named endpoint is the gateway\'s key, not the account\'s: info with gateway advice (`validate-azure-ad-token`), and no `DefaultAzureCredential` fix, which the gateway would reject.',
      whyBad:
        'Since the Azure OpenAI v1 API, the plain `OpenAI` class talks to Azure, so the only Azure signal is the base URL. Passed a string, `apiKey` is a shared secret with no per-caller identity; openai-node 5.18.0 and later accept a token provider function in its place, which gives Microsoft Entra ID tokens with automatic refresh.',
      example: [
        'import OpenAI from "openai";',
        '',
        'const client = new OpenAI({',
        '  baseURL: "https://contoso.openai.azure.com/openai/v1/",',
        '  apiKey: process.env.AZURE_OPENAI_API_KEY,',
        '});',
      ].join('\n'),
      useInstead: [
        'import OpenAI from "openai";',
        'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";',
        '',
        'const client = new OpenAI({',
        '  baseURL: "https://contoso.openai.azure.com/openai/v1/",',
        '  apiKey: getBearerTokenProvider(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default"),',
        '});',
      ].join('\n'),
      exampleLanguage: 'ts',
      fixSafety:
        'Unsafe: it changes how the app authenticates. It sets `apiKey` to `getBearerTokenProvider(new DefaultAzureCredential(), "<scope>")` (needs `openai` 5.18.0 or later and `@azure/identity` 4.2.0 or later) and adds or merges the `@azure/identity` import. Assign "Cognitive Services OpenAI User" to the identity and remove the key variable from the environment.',
      references: [
        'https://github.com/openai/openai-node/blob/master/examples/azure/chat.ts',
        'https://learn.microsoft.com/azure/ai-foundry/openai/api-version-lifecycle',
        'https://learn.microsoft.com/azure/developer/ai/how-to/switching-endpoints',
      ],
    },
  },
  prefilter: /OpenAI|openai/,
  parsers: [typescriptParser],
  check(context) {
    reportOptionsSites(context, 'openai-v1');
  },
};
