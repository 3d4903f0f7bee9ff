/**
 * Shapes found on real repositories: a Microsoft Entra access token passed where a key goes (not
 * key auth), API Management subscription keys and proxies (the gateway's key, not the account's),
 * and clients of the page's own origin. Each case is a minimal reproduction written for this suite.
 */
import { testRule } from '../../helpers/rule-tester';
import { rule as azureOpenAI } from '../../../rules/typescript/js-azure-openai-client-key-auth';
import { rule as openAIv1 } from '../../../rules/typescript/js-openai-client-azure-endpoint-key-auth';
import { rule as keyCredential } from '../../../rules/typescript/js-azure-key-credential-ai-client';
import { rule as header } from '../../../rules/typescript/js-api-key-header-request';
import { rule as envRead } from '../../../rules/typescript/js-azure-openai-key-env-read';

const TOKEN_CLIENT = [
  'import { OpenAI } from "openai";',
  'import { DefaultAzureCredential, type AccessToken } from "@azure/identity";',
  'const credential = new DefaultAzureCredential();',
  'let token: AccessToken;',
  'export async function client() {',
  '  token = await credential.getToken("https://cognitiveservices.azure.com/.default");',
  '  const options = {',
  '    apiKey: token.token,',
  '    defaultHeaders: { "api-key": token.token },',
  '  };',
  '  return new OpenAI({ ...options, baseURL: `https://contoso.openai.azure.com/openai/deployments/gpt-4o` });',
  '}',
].join('\n');

testRule(openAIv1, {
  path: 'src/plugins/openai.ts',
  valid: [
    {
      name: 'an api.openai.com client with an APIM-looking key name is still out of scope',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ apiKey: process.env.APIM_KEY });'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'an Entra access token from getToken() in apiKey is info without an auth-switch fix',
      code: TOKEN_CLIENT,
      errors: [{ line: 8, column: 5, endColumn: 24, severity: 'info', message: /Microsoft Entra access token.*expires after about an hour.*getBearerTokenProvider/ }],
      output: null,
    },
    {
      name: 'an inline (await cred.getToken(scope)).token followed through a constant is info',
      code: [
        'import OpenAI from "openai";',
        'import { DefaultAzureCredential } from "@azure/identity";',
        'const cred = new DefaultAzureCredential();',
        'const apiKey = (await cred.getToken("https://cognitiveservices.azure.com/.default")).token;',
        'const client = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/", apiKey });',
      ].join('\n'),
      errors: [{ line: 5, column: 85, endColumn: 91, severity: 'info', message: 'not an API key' }],
      output: null,
    },
    {
      name: 'a token string awaited from a getBearerTokenProvider provider is info, not key auth',
      code: [
        'import OpenAI from "openai";',
        'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";',
        'const getToken = getBearerTokenProvider(new DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default");',
        'const token = await getToken();',
        'const client = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/", apiKey: token });',
      ].join('\n'),
      errors: [{ line: 5, column: 85, endColumn: 98, severity: 'info' }],
      output: null,
    },
    {
      name: 'a `.token` of a value that is not a getToken() result is still key auth',
      code: [
        'import OpenAI from "openai";',
        'const settings = { token: process.env.AZURE_OPENAI_API_KEY };',
        'const client = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/", apiKey: settings.token });',
      ].join('\n'),
      errors: [{ line: 3, column: 85, endColumn: 107, severity: 'warning', message: 'API key' }],
    },
    {
      name: 'a key sent to an APIM gateway base URL is an APIM subscription key: info, no fix',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ baseURL: "https://contoso-apim.azure-api.net/openai/v1/", apiKey: process.env.AZURE_OPENAI_API_KEY });'].join('\n'),
      errors: [{ line: 2, column: 87, endColumn: 127, severity: 'info', message: /API Management subscription key.*validate-azure-ad-token/ }],
      output: null,
    },
  ],
});

testRule(azureOpenAI, {
  path: 'src/gateway.ts',
  valid: [],
  invalid: [
    {
      name: 'a key whose name says APIM is reported as an APIM subscription key without the DefaultAzureCredential fix',
      code: [
        'import { AzureOpenAI } from "openai";',
        'const client = new AzureOpenAI({',
        '  endpoint: process.env.AZURE_OPENAI_ENDPOINT,',
        '  apiKey: process.env.APIM_SUBSCRIPTION_KEY,',
        '  apiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
      errors: [{ line: 4, column: 3, endColumn: 44, severity: 'info', message: 'APIM_SUBSCRIPTION_KEY' }],
      output: null,
    },
    {
      name: 'a variable called subscriptionKey that reads the account key variable is still account key auth',
      code: ['import { AzureOpenAI } from "openai";', 'const subscriptionKey = process.env.AZURE_OPENAI_API_KEY;', 'const client = new AzureOpenAI({ endpoint: "https://contoso.openai.azure.com", apiKey: subscriptionKey });'].join('\n'),
      errors: [{ line: 3, column: 80, endColumn: 103, severity: 'warning', message: 'AZURE_OPENAI_API_KEY' }],
    },
    {
      name: 'a client whose endpoint is an APIM gateway host reports the implicit key as a subscription key',
      code: ['import { AzureOpenAI } from "openai";', 'const client = new AzureOpenAI({ endpoint: "https://contoso.azure-api.net", apiVersion: "2024-10-21" });'].join('\n'),
      errors: [{ line: 2, column: 20, endColumn: 31, severity: 'info', message: /subscription key from AZURE_OPENAI_API_KEY \(\*\.azure-api\.net\)/ }],
      output: null,
    },
    {
      name: 'a hard-coded APIM subscription key is still an error',
      code: ['import { AzureOpenAI } from "openai";', 'const apimKey = "0123456789abcdef0123456789abcdef";', 'const client = new AzureOpenAI({ endpoint: "https://contoso.azure-api.net", apiKey: apimKey });'].join('\n'),
      errors: [{ line: 3, column: 77, endColumn: 92, severity: 'error', message: 'hard-coded' }],
      output: null,
    },
    {
      name: 'an Entra token in apiKey of AzureOpenAI suggests azureADTokenProvider as info',
      code: [
        'import { AzureOpenAI } from "openai";',
        'import { DefaultAzureCredential } from "@azure/identity";',
        'const t = await new DefaultAzureCredential().getToken("https://cognitiveservices.azure.com/.default");',
        'const client = new AzureOpenAI({ endpoint: "https://contoso.openai.azure.com", apiKey: t.token });',
      ].join('\n'),
      errors: [{ line: 4, column: 80, endColumn: 95, severity: 'info', message: '`azureADTokenProvider`' }],
      output: null,
    },
  ],
});

testRule(keyCredential, {
  path: 'src/providers/client.tsx',
  valid: [
    {
      name: 'a client of the page’s own origin (the app’s proxy) is not Azure key auth',
      code: [
        'import { OpenAIClient, AzureKeyCredential } from "@azure/openai";',
        'export const make = (code: string) => new OpenAIClient(`${window.location.origin}/api/v1`, new AzureKeyCredential(`${code}`));',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'an AzureKeyCredential for a proxy endpoint variable is the proxy’s key: info, no fix',
      code: [
        'const { OpenAIClient, AzureKeyCredential } = require("@azure/openai");',
        'const client = new OpenAIClient(process.env.OPENAI_PROXY_URL, new AzureKeyCredential(process.env.EVENT_TOKEN));',
      ].join('\n'),
      path: 'src/proxy.js',
      errors: [{ line: 2, column: 63, endColumn: 110, severity: 'info', message: /to a proxy \(OPENAI_PROXY_URL\)/ }],
      output: null,
    },
    {
      name: 'an AzureKeyCredential with an APIM key variable is an APIM subscription key: info, no fix',
      code: [
        'import ModelClient from "@azure-rest/ai-inference";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        'const client = ModelClient(process.env.AZURE_AI_ENDPOINT!, new AzureKeyCredential(process.env.APIM_KEY!));',
      ].join('\n'),
      errors: [{ line: 3, column: 60, endColumn: 105, severity: 'info', message: 'API Management subscription key' }],
      output: null,
    },
  ],
});

testRule(header, {
  path: 'src/api/chat.ts',
  valid: [
    {
      name: 'an Entra access token in an api-key header is not key auth',
      code: [
        'import { DefaultAzureCredential } from "@azure/identity";',
        'const token = await new DefaultAzureCredential().getToken("https://cognitiveservices.azure.com/.default");',
        'const headers = { "api-key": token.token };',
      ].join('\n'),
    },
    {
      name: 'a fetch to a relative path (the app’s own server) is not Azure key auth',
      code: ['import { AzureOpenAI } from "openai";', 'export const info = (code: string) => fetch(`/api/v1/eventinfo`, { method: "POST", headers: { "api-key": code } });'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'an api-key in the defaultHeaders of an OpenAI client for an Azure deployment URL is key auth',
      code: [
        'import OpenAI from "openai";',
        'const client = new OpenAI({',
        '  baseURL: `https://contoso.openai.azure.com/openai/deployments/gpt-4o`,',
        '  defaultQuery: { "api-version": "2024-02-01" },',
        '  defaultHeaders: { "api-key": process.env.AZURE_OPENAI_API_KEY },',
        '});',
      ].join('\n'),
      errors: [{ line: 5, column: 21, endColumn: 64, severity: 'warning', message: 'to Azure OpenAI' }],
    },
    {
      name: 'an api-key header carrying an APIM subscription key is info with the APIM advice',
      code: ['import { AzureOpenAI } from "openai";', 'export const call = (url: string) => fetch(url, { headers: { "api-key": process.env.APIM_SUBSCRIPTION_KEY! } });'].join('\n'),
      errors: [{ line: 2, column: 62, endColumn: 107, severity: 'info', message: 'validate-azure-ad-token' }],
    },
  ],
});

testRule(envRead, {
  path: 'src/plugins/openai.ts',
  valid: [],
  invalid: [
    {
      name: 'an APIM key read that feeds a client is info with gateway wording and points at the client',
      code: ['import { AzureOpenAI } from "openai";', 'const client = new AzureOpenAI({ endpoint: process.env.AZURE_OPENAI_ENDPOINT, apiKey: process.env.AZURE_OPENAI_APIM_KEY });'].join('\n'),
      errors: [{ line: 2, column: 87, endColumn: 120, severity: 'info', message: 'API Management gateway', related: [{ line: 2, column: 79 }] }],
    },
  ],
});
