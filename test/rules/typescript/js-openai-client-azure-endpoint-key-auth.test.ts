import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/typescript/js-openai-client-azure-endpoint-key-auth';

const SCOPE = 'https://cognitiveservices.azure.com/.default';
const PROVIDER = `getBearerTokenProvider(new DefaultAzureCredential(), "${SCOPE}")`;
const IDENTITY = 'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";';

testRule(rule, {
  path: 'src/v1.ts',
  valid: [
    {
      name: 'OpenAI for api.openai.com (no baseURL) is out of scope',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });'].join('\n'),
    },
    {
      name: 'OpenAI with a non-Azure baseURL is out of scope',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY, baseURL: "https://api.openai.com/v1" });'].join('\n'),
    },
    {
      name: 'a token provider as apiKey (the v1-endpoint Entra pattern)',
      code: [
        'import OpenAI from "openai";',
        IDENTITY,
        `const tokenProvider = ${PROVIDER};`,
        'const client = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/", apiKey: tokenProvider });',
      ].join('\n'),
    },
    {
      name: 'getBearerTokenProvider called inline as apiKey',
      code: ['import OpenAI from "openai";', IDENTITY, `const client = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/", apiKey: ${PROVIDER} });`].join('\n'),
    },
    {
      name: 'an arrow function as apiKey',
      code: ['import { OpenAI } from "openai";', 'const client = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/", apiKey: async () => getToken() });', 'declare function getToken(): Promise<string>;'].join('\n'),
    },
    {
      name: 'GitHub Models is not Azure OpenAI',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ baseURL: "https://models.github.ai/inference", apiKey: process.env.GITHUB_TOKEN });'].join('\n'),
    },
    {
      name: 'an api-version default query sent to a concrete non-Azure host is not Azure',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ apiKey: k, baseURL: "https://llm.example.com/v1", defaultQuery: { "api-version": "1" } });', 'declare const k: string;'].join('\n'),
    },
    {
      name: 'an api-key default header without an apiKey option (the client may carry another provider\'s auth)',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ provider: custom, defaultHeaders: { "api-key": "x" } });', 'declare const custom: unknown;'].join('\n'),
    },
    {
      name: 'default headers without api-key and no base URL stay api.openai.com',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ apiKey: k, defaultHeaders: { "OpenAI-Beta": "assistants=v2" } });', 'declare const k: string;'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'the pre-AzureOpenAI recipe: no baseURL, an api-version default query and an api-key default header',
      code: [
        'import { OpenAI } from "openai";',
        'export const make = (key: string, version: string) =>',
        '  new OpenAI({ apiKey: key, defaultQuery: { "api-version": version }, defaultHeaders: { "api-key": key } });',
      ].join('\n'),
      errors: [{ line: 3, column: 16, endColumn: 27, severity: 'warning', message: '`OpenAI` authenticates with an API key in `apiKey`' }],
    },
    {
      name: 'an api-version default query alone marks Azure when the base URL comes from a variable',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ apiKey: k, baseURL: base, defaultQuery: { "api-version": "2024-10-21" } });', 'declare const k: string, base: string;'].join('\n'),
      errors: [{ line: 2, column: 29, endColumn: 38 }],
    },
    {
      name: 'the client points back at the read its key comes from',
      code: ['import OpenAI from "openai";', 'const apiKey = process.env["AZURE_OPENAI_API_KEY"];', 'const client = new OpenAI({ apiKey, baseURL: "https://contoso.openai.azure.com/openai/v1/" });'].join('\n'),
      errors: [{ line: 3, column: 29, endColumn: 35, related: [{ line: 2, column: 16, message: 'The key is read here from AZURE_OPENAI_API_KEY.' }] }],
    },
    {
      name: 'flags a key sent to an Azure v1 endpoint and passes a token provider as apiKey',
      code: [
        'import OpenAI from "openai";',
        '',
        'const client = new OpenAI({',
        '  baseURL: "https://contoso.openai.azure.com/openai/v1/",',
        '  apiKey: process.env.AZURE_OPENAI_API_KEY,',
        '});',
      ].join('\n'),
      errors: [{ line: 5, column: 3, endColumn: 43, severity: 'warning', message: 'AZURE_OPENAI_API_KEY' }],
      fixTitle: /"Cognitive Services OpenAI User".*remove AZURE_OPENAI_API_KEY/,
      output: ['import OpenAI from "openai";', IDENTITY, '', 'const client = new OpenAI({', '  baseURL: "https://contoso.openai.azure.com/openai/v1/",', `  apiKey: ${PROVIDER},`, '});'].join('\n'),
    },
    {
      name: 'follows a template baseURL built from the Azure endpoint variable',
      code: ['import { OpenAI } from "openai";', 'const endpoint = process.env.AZURE_OPENAI_ENDPOINT;', 'const apiKey = process.env.AZURE_OPENAI_API_KEY;', 'const client = new OpenAI({ baseURL: `${endpoint}/openai/v1/`, apiKey });'].join('\n'),
      errors: [{ line: 4, column: 64, endColumn: 70 }],
      output: [
        'import { OpenAI } from "openai";',
        IDENTITY,
        'const endpoint = process.env.AZURE_OPENAI_ENDPOINT;',
        `const client = new OpenAI({ baseURL: \`\${endpoint}/openai/v1/\`, apiKey: ${PROVIDER} });`,
      ].join('\n'),
    },
    {
      name: 'flags a hard-coded key as an error',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ baseURL: "https://contoso.services.ai.azure.com/openai/v1/", apiKey: "0123456789abcdef0123456789abcdef" });'].join('\n'),
      errors: [{ line: 2, column: 90, severity: 'error', message: '0123… (32 chars)' }],
    },
    {
      name: 'flags the implicit OPENAI_API_KEY when the baseURL is Azure',
      code: ['const OpenAI = require("openai");', 'const client = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/" });'].join('\n'),
      path: 'src/v1.cjs',
      errors: [{ line: 2, column: 20, endColumn: 26, message: 'OPENAI_API_KEY' }],
      output: [
        'const OpenAI = require("openai");',
        'const { DefaultAzureCredential, getBearerTokenProvider } = require("@azure/identity");',
        `const client = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/", apiKey: ${PROVIDER} });`,
      ].join('\n'),
    },
  ],
});
