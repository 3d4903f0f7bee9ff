import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/typescript/js-azure-openai-client-key-auth';

const SCOPE = 'https://cognitiveservices.azure.com/.default';
const PROVIDER = `getBearerTokenProvider(new DefaultAzureCredential(), "${SCOPE}")`;
const IDENTITY = 'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";';

testRule(rule, {
  path: 'src/client.ts',
  valid: [
    {
      name: 'a token provider passed as azureADTokenProvider',
      code: [
        'import { AzureOpenAI } from "openai";',
        IDENTITY,
        `const azureADTokenProvider = ${PROVIDER};`,
        'const client = new AzureOpenAI({ endpoint: "https://contoso.openai.azure.com", apiVersion: "2024-10-21", azureADTokenProvider });',
      ].join('\n'),
    },
    {
      name: 'an options object spread from an unknown source (no guessing)',
      code: ['import { AzureOpenAI } from "openai";', 'import { settings } from "./settings";', 'export const client = new AzureOpenAI({ ...settings.openai, apiVersion: "2024-10-21" });'].join('\n'),
    },
    {
      name: 'options passed in as a parameter',
      code: ['import { AzureOpenAI, type AzureClientOptions } from "openai";', 'export function makeClient(options: AzureClientOptions) {', '  return new AzureOpenAI(options);', '}'].join('\n'),
    },
    {
      name: 'an AzureOpenAI class that is not from openai',
      code: ['import { AzureOpenAI } from "./fakes";', 'const client = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY });'].join('\n'),
    },
    {
      name: 'a type-only import',
      code: ['import type { AzureOpenAI } from "openai";', 'declare const AzureOpenAIImpl: typeof AzureOpenAI;', 'export type Client = AzureOpenAI;'].join('\n'),
    },
    {
      name: 'the pattern inside comments and strings',
      code: [
        'import { AzureOpenAI } from "openai";',
        '// const client = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY });',
        'const doc = "new AzureOpenAI({ apiKey: key })";',
        '/* new AzureOpenAI() */',
        'export { doc, AzureOpenAI };',
      ].join('\n'),
    },
    {
      name: 'a local name that shadows the import',
      code: ['import { AzureOpenAI } from "openai";', 'function make(AzureOpenAI: any) {', '  return new AzureOpenAI({ apiKey: "k" });', '}', 'export { make };'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'flags an apiKey read from the environment and rewrites it to a token provider',
      code: [
        'import { AzureOpenAI } from "openai";',
        '',
        'const client = new AzureOpenAI({',
        '  endpoint: process.env.AZURE_OPENAI_ENDPOINT,',
        '  apiKey: process.env.AZURE_OPENAI_API_KEY,',
        '  apiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
      errors: [{ line: 5, column: 3, endLine: 5, endColumn: 43, severity: 'warning', message: 'AZURE_OPENAI_API_KEY' }],
      fixTitle: /"Cognitive Services OpenAI User".*remove AZURE_OPENAI_API_KEY.*throws/,
      output: [
        'import { AzureOpenAI } from "openai";',
        IDENTITY,
        '',
        'const client = new AzureOpenAI({',
        '  endpoint: process.env.AZURE_OPENAI_ENDPOINT,',
        `  azureADTokenProvider: ${PROVIDER},`,
        '  apiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
    },
    {
      name: 'flags a hard-coded key as an error without quoting it',
      code: ['import { AzureOpenAI } from "openai";', 'const client = new AzureOpenAI({ endpoint: "https://contoso.openai.azure.com", apiKey: "0123456789abcdef0123456789abcdef", apiVersion: "2024-10-21" });'].join('\n'),
      errors: [{ line: 2, column: 80, endColumn: 122, severity: 'error', message: /hard-coded API key \(0123… \(32 chars\)\)(?!.*0123456789abcdef0123456789abcdef)/ }],
      output: [
        'import { AzureOpenAI } from "openai";',
        IDENTITY,
        `const client = new AzureOpenAI({ endpoint: "https://contoso.openai.azure.com", azureADTokenProvider: ${PROVIDER}, apiVersion: "2024-10-21" });`,
      ].join('\n'),
    },
    {
      name: 'treats a short stand-in string as key auth, not as a hard-coded secret',
      code: ['import { AzureOpenAI } from "openai";', 'const client = new AzureOpenAI({ apiKey: "test-key" });'].join('\n'),
      errors: [{ line: 2, column: 34, endColumn: 52, severity: 'warning', message: /^`AzureOpenAI` authenticates with an API key in `apiKey`/ }],
    },
    {
      name: 'flags the implicit AZURE_OPENAI_API_KEY fallback under an alias and adds the provider in the object layout',
      code: [
        'import { AzureOpenAI as AOAI } from "openai";',
        '',
        'export const client = new AOAI({',
        '  endpoint: process.env.AZURE_OPENAI_ENDPOINT,',
        '  apiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
      errors: [{ line: 3, column: 27, endColumn: 31, message: /without a key.*AZURE_OPENAI_API_KEY.*throws/ }],
      output: [
        'import { AzureOpenAI as AOAI } from "openai";',
        IDENTITY,
        '',
        'export const client = new AOAI({',
        '  endpoint: process.env.AZURE_OPENAI_ENDPOINT,',
        '  apiVersion: "2024-10-21",',
        `  azureADTokenProvider: ${PROVIDER},`,
        '});',
      ].join('\n'),
    },
    {
      name: 'follows a namespace import and a key held in a constant, which the fix removes',
      code: ['import * as oai from "openai";', 'const key = process.env.AZURE_OPENAI_KEY;', 'const client = new oai.AzureOpenAI({ apiKey: key, deployment: "gpt-4o" });'].join('\n'),
      errors: [{ line: 3, column: 38, endColumn: 49, message: 'AZURE_OPENAI_KEY' }],
      output: [
        'import * as oai from "openai";',
        IDENTITY,
        `const client = new oai.AzureOpenAI({ azureADTokenProvider: ${PROVIDER}, deployment: "gpt-4o" });`,
      ].join('\n'),
    },
    {
      name: 'follows require() destructuring in CommonJS and keeps single quotes without semicolons',
      path: 'src/client.js',
      code: ["const { AzureOpenAI } = require('openai')", '', "const client = new AzureOpenAI({ endpoint, apiVersion: '2024-10-21' })", 'module.exports = client'].join('\n'),
      errors: [{ line: 3, column: 20, endColumn: 31 }],
      output: [
        "const { AzureOpenAI } = require('openai')",
        "const { DefaultAzureCredential, getBearerTokenProvider } = require('@azure/identity')",
        '',
        `const client = new AzureOpenAI({ endpoint, apiVersion: '2024-10-21', azureADTokenProvider: getBearerTokenProvider(new DefaultAzureCredential(), '${SCOPE}') })`,
        'module.exports = client',
      ].join('\n'),
    },
    {
      name: 'follows a whole-module require',
      path: 'src/client.cjs',
      code: ['const openai = require("openai");', 'const client = new openai.AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY });'].join('\n'),
      errors: [{ line: 2, column: 41, endColumn: 81 }],
    },
    {
      name: 'follows an options constant with a shorthand apiKey',
      code: [
        'import { AzureOpenAI } from "openai";',
        'const apiKey = process.env.AZURE_OPENAI_API_KEY;',
        'const options = { endpoint: "https://contoso.openai.azure.com", apiKey, apiVersion: "2024-10-21" };',
        'export const client = new AzureOpenAI(options);',
      ].join('\n'),
      errors: [{ line: 3, column: 65, endColumn: 71 }],
      output: [
        'import { AzureOpenAI } from "openai";',
        IDENTITY,
        `const options = { endpoint: "https://contoso.openai.azure.com", azureADTokenProvider: ${PROVIDER}, apiVersion: "2024-10-21" };`,
        'export const client = new AzureOpenAI(options);',
      ].join('\n'),
    },
    {
      name: 'keeps a key constant that is still used elsewhere, exported or computed with side effects',
      code: [
        'import { AzureOpenAI } from "openai";',
        'const key = process.env.AZURE_OPENAI_API_KEY;',
        'export const shared = process.env.AZURE_OPENAI_KEY;',
        'const fetched = await loadKey();',
        'console.log(key?.length);',
        'const a = new AzureOpenAI({ apiKey: key });',
        'const b = new AzureOpenAI({ apiKey: shared });',
        'const c = new AzureOpenAI({ apiKey: fetched });',
        'declare function loadKey(): Promise<string>;',
      ].join('\n'),
      errors: [{ line: 6, column: 29 }, { line: 7, column: 29 }, { line: 8, column: 29 }],
      output: [
        'import { AzureOpenAI } from "openai";',
        IDENTITY,
        'const key = process.env.AZURE_OPENAI_API_KEY;',
        'export const shared = process.env.AZURE_OPENAI_KEY;',
        'const fetched = await loadKey();',
        'console.log(key?.length);',
        `const a = new AzureOpenAI({ azureADTokenProvider: ${PROVIDER} });`,
        `const b = new AzureOpenAI({ azureADTokenProvider: ${PROVIDER} });`,
        `const c = new AzureOpenAI({ azureADTokenProvider: ${PROVIDER} });`,
        'declare function loadKey(): Promise<string>;',
      ].join('\n'),
    },
    {
      name: 'follows a known spread',
      code: ['import { AzureOpenAI } from "openai";', 'const auth = { apiKey: process.env.AZURE_OPENAI_API_KEY };', 'export const client = new AzureOpenAI({ ...auth, apiVersion: "2024-10-21" });'].join('\n'),
      errors: [{ line: 2, column: 16, endColumn: 56 }],
    },
    {
      name: 'flags a constructor without arguments and adds an options object',
      code: ['import { AzureOpenAI } from "openai";', 'export const client = new AzureOpenAI();'].join('\n'),
      errors: [{ line: 2, column: 27, endColumn: 38 }],
      output: ['import { AzureOpenAI } from "openai";', IDENTITY, `export const client = new AzureOpenAI({ azureADTokenProvider: ${PROVIDER} });`].join('\n'),
    },
    {
      name: 'flags a key next to a token provider (the constructor throws) and only removes the key',
      code: [
        'import { AzureOpenAI } from "openai";',
        'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";',
        'const client = new AzureOpenAI({',
        `  azureADTokenProvider: ${PROVIDER},`,
        '  apiKey: process.env.AZURE_OPENAI_API_KEY,',
        '  apiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
      errors: [{ line: 5, column: 3, message: 'mutually exclusive' }],
      output: [
        'import { AzureOpenAI } from "openai";',
        'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";',
        'const client = new AzureOpenAI({',
        `  azureADTokenProvider: ${PROVIDER},`,
        '  apiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
    },
    {
      name: 'merges into an existing @azure/identity import',
      code: ['import { AzureOpenAI } from "openai";', 'import { ManagedIdentityCredential } from "@azure/identity";', 'const client = new AzureOpenAI({ apiVersion: "2024-10-21" });'].join('\n'),
      errors: [{ line: 3, column: 20 }],
      output: [
        'import { AzureOpenAI } from "openai";',
        'import { ManagedIdentityCredential, DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";',
        `const client = new AzureOpenAI({ apiVersion: "2024-10-21", azureADTokenProvider: ${PROVIDER} });`,
      ].join('\n'),
    },
    {
      name: 'merges into a multi-line import with a trailing comma',
      code: ['import { AzureOpenAI } from "openai";', 'import {', '  DefaultAzureCredential,', '} from "@azure/identity";', 'const client = new AzureOpenAI({ apiVersion: "2024-10-21" });'].join('\n'),
      errors: [{ line: 5, column: 20 }],
      output: [
        'import { AzureOpenAI } from "openai";',
        'import {',
        '  DefaultAzureCredential,',
        '  getBearerTokenProvider,',
        '} from "@azure/identity";',
        `const client = new AzureOpenAI({ apiVersion: "2024-10-21", azureADTokenProvider: ${PROVIDER} });`,
      ].join('\n'),
    },
    {
      name: 'reuses a namespace import of @azure/identity',
      code: ['import { AzureOpenAI } from "openai";', 'import * as identity from "@azure/identity";', 'const client = new AzureOpenAI({ apiVersion: "2024-10-21" });'].join('\n'),
      errors: [{ line: 3, column: 20 }],
      output: [
        'import { AzureOpenAI } from "openai";',
        'import * as identity from "@azure/identity";',
        `const client = new AzureOpenAI({ apiVersion: "2024-10-21", azureADTokenProvider: identity.getBearerTokenProvider(new identity.DefaultAzureCredential(), "${SCOPE}") });`,
      ].join('\n'),
    },
    {
      name: 'adds the import once for two clients',
      code: ['import { AzureOpenAI } from "openai";', 'const chat = new AzureOpenAI({ deployment: "chat" });', 'const embed = new AzureOpenAI({ deployment: "embed" });'].join('\n'),
      errors: [{ line: 2, column: 18 }, { line: 3, column: 19 }],
      output: [
        'import { AzureOpenAI } from "openai";',
        IDENTITY,
        `const chat = new AzureOpenAI({ deployment: "chat", azureADTokenProvider: ${PROVIDER} });`,
        `const embed = new AzureOpenAI({ deployment: "embed", azureADTokenProvider: ${PROVIDER} });`,
      ].join('\n'),
    },
    {
      name: 'keeps CRLF line endings',
      code: ['import { AzureOpenAI } from "openai";', 'const client = new AzureOpenAI({', '  apiVersion: "2024-10-21"', '});', ''].join('\r\n'),
      errors: [{ line: 2, column: 20 }],
      output: ['import { AzureOpenAI } from "openai";', IDENTITY, 'const client = new AzureOpenAI({', '  apiVersion: "2024-10-21",', `  azureADTokenProvider: ${PROVIDER}`, '});', ''].join('\r\n'),
    },
    {
      name: 'parses JSX in a .tsx file',
      path: 'src/App.tsx',
      code: ['import { AzureOpenAI } from "openai";', 'const client = new AzureOpenAI({ apiKey: import.meta.env.VITE_AZURE_OPENAI_API_KEY });', 'export const App = () => <div>{String(client)}</div>;'].join('\n'),
      errors: [{ line: 2, column: 34, endColumn: 83, message: 'VITE_AZURE_OPENAI_API_KEY' }],
    },
    {
      name: 'parses JSX in a .js file',
      path: 'src/App.js',
      code: ['import { AzureOpenAI } from "openai";', 'const client = new AzureOpenAI({ dangerouslyAllowBrowser: true });', 'export const App = () => <div>{String(client)}</div>;'].join('\n'),
      errors: [{ line: 2, column: 20 }],
    },
  ],
});

testRule(rule, {
  path: 'src/v1.ts',
  tokenScope: 'https://ai.azure.com/.default',
  valid: [],
  invalid: [
    {
      name: 'writes the configured token scope',
      code: ['import { AzureOpenAI } from "openai";', 'const client = new AzureOpenAI({ apiVersion: "2024-10-21" });'].join('\n'),
      errors: [{ line: 2, column: 20 }],
      output: [
        'import { AzureOpenAI } from "openai";',
        IDENTITY,
        'const client = new AzureOpenAI({ apiVersion: "2024-10-21", azureADTokenProvider: getBearerTokenProvider(new DefaultAzureCredential(), "https://ai.azure.com/.default") });',
      ].join('\n'),
    },
  ],
});
