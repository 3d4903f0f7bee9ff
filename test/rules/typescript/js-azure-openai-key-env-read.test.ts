import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/typescript/js-azure-openai-key-env-read';

testRule(rule, {
  path: 'src/config.ts',
  valid: [
    {
      name: 'OPENAI_API_KEY in a file that does not talk to Azure',
      code: ['import OpenAI from "openai";', 'const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });'].join('\n'),
    },
    {
      name: 'OPENAI_API_KEY passed to an api.openai.com client in a file that also talks to Azure',
      code: [
        'import OpenAI from "openai";',
        'export const azure = new OpenAI({ baseURL: "https://contoso.openai.azure.com/openai/v1/", apiKey: tokenProvider });',
        'export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });',
        'declare const tokenProvider: () => Promise<string>;',
      ].join('\n'),
    },
    {
      name: 'presence checks and writes',
      code: [
        'if (!process.env.AZURE_OPENAI_API_KEY) throw new Error("missing");',
        'const mode = process.env.AZURE_OPENAI_API_KEY ? "key" : "entra";',
        'if (process.env.AZURE_OPENAI_ENDPOINT && process.env.AZURE_OPENAI_API_KEY) console.log(mode);',
        'delete process.env.AZURE_OPENAI_API_KEY;',
        'process.env.AZURE_OPENAI_API_KEY = undefined;',
      ].join('\n'),
    },
    {
      name: 'non-key variables, comments and strings',
      code: [
        'const endpoint = process.env.AZURE_OPENAI_ENDPOINT;',
        'const version = process.env.AZURE_OPENAI_API_VERSION;',
        '// const key = process.env.AZURE_OPENAI_API_KEY;',
        'const hint = "set process.env.AZURE_OPENAI_API_KEY";',
        'const searchKey = process.env.AZURE_SEARCH_API_KEY;',
        'export { endpoint, version, hint, searchKey };',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a read written inline as the apiKey option is its own finding and points at the client',
      code: ['import { AzureOpenAI } from "openai";', 'const client = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, apiVersion: "2024-10-21" });'].join('\n'),
      errors: [{ line: 2, column: 42, endColumn: 74, severity: 'warning', message: 'which a client here authenticates with', related: [{ line: 2, column: 34, message: '`AzureOpenAI` authenticates with this key' }] }],
    },
    {
      name: 'a read kept in a constant is reported where it is read, pointing at the client that uses the constant',
      code: ['import { AzureOpenAI } from "openai";', 'const key = process.env.AZURE_OPENAI_API_KEY;', 'const client = new AzureOpenAI({ apiKey: key });'].join('\n'),
      errors: [{ line: 2, column: 13, endColumn: 45, related: [{ line: 3, column: 34 }] }],
    },
    {
      name: 'a destructured read into an AzureKeyCredential points at the credential argument',
      code: [
        'import ModelClient from "@azure-rest/ai-inference";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        'const { AZURE_INFERENCE_ENDPOINT, AZURE_INFERENCE_CREDENTIAL } = process.env;',
        'const client = ModelClient(AZURE_INFERENCE_ENDPOINT!, new AzureKeyCredential(AZURE_INFERENCE_CREDENTIAL!));',
      ].join('\n'),
      errors: [{ line: 3, column: 35, endColumn: 61, related: [{ line: 4, column: 55, message: '`ModelClient` authenticates with this key' }] }],
    },
    {
      name: 'a read that is an api-key header value points at the header',
      code: ['await fetch(url, { headers: { "api-key": process.env.AZURE_OPENAI_API_KEY! } });', 'declare const url: string;'].join('\n'),
      errors: [{ line: 1, column: 42, endColumn: 74, related: [{ line: 1, column: 31, message: 'api-key' }] }],
    },
    {
      name: 'a key read into an Azure AI Services client other than OpenAI is called an Azure AI key',
      code: [
        'import { DocumentAnalysisClient, AzureKeyCredential } from "@azure/ai-form-recognizer";',
        'export const docs = new DocumentAnalysisClient(process.env.AZURE_DOCINTEL_ENDPOINT!, new AzureKeyCredential(process.env.AZURE_AI_SERVICES_KEY!));',
      ].join('\n'),
      errors: [{ line: 2, column: 109, message: 'Reads the Azure AI key AZURE_AI_SERVICES_KEY, which a client here', related: [{ line: 2, column: 86 }] }],
    },
    {
      name: 'a read with a name of its own is still the key when it feeds an Azure client',
      code: ['import { AzureOpenAI } from "openai";', 'const secret = process.env.LLM_SECRET;', 'export const client = new AzureOpenAI({ apiKey: secret, endpoint: "https://contoso.openai.azure.com" });'].join('\n'),
      errors: [{ line: 2, column: 16, endColumn: 38, severity: 'warning', message: 'LLM_SECRET', related: [{ line: 3, column: 41 }] }],
    },
    {
      name: 'flags a key read that no client rule covers',
      code: ['export const settings = {', '  endpoint: process.env.AZURE_OPENAI_ENDPOINT,', '  key: process.env.AZURE_OPENAI_API_KEY,', '};'].join('\n'),
      errors: [{ line: 3, column: 8, endColumn: 40, severity: 'warning', message: 'AZURE_OPENAI_API_KEY' }],
      output: null,
    },
    {
      name: 'flags bracket reads and destructuring from process.env',
      code: ['const key = process.env["AZURE_OPENAI_KEY"];', 'const { AZURE_AI_SERVICES_KEY: aiKey } = process.env;', 'export { key, aiKey };'].join('\n'),
      errors: [
        { line: 1, column: 13, endColumn: 44, message: 'AZURE_OPENAI_KEY' },
        { line: 2, column: 9, endColumn: 37, message: 'AZURE_AI_SERVICES_KEY' },
      ],
    },
    {
      name: 'flags a browser-public variable as an error',
      path: 'src/main.js',
      code: 'export const key = import.meta.env.VITE_AZURE_OPENAI_API_KEY;',
      errors: [{ line: 1, column: 20, endColumn: 61, severity: 'error', message: 'browsers' }],
    },
    {
      name: 'flags OPENAI_API_KEY as info in a file that talks to Azure OpenAI',
      code: ['const endpoint = "https://contoso.openai.azure.com";', 'const key = process.env.OPENAI_API_KEY;', 'export { endpoint, key };'].join('\n'),
      errors: [{ line: 2, column: 13, endColumn: 39, severity: 'info', message: 'OPENAI_API_KEY' }],
    },
  ],
});
