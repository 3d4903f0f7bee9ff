import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/typescript/js-azure-openai-key-env-read';

testRule(rule, {
  path: 'src/config.ts',
  valid: [
    {
      name: 'a read that is the apiKey option AOAI101 reports (one finding per key site)',
      code: ['import { AzureOpenAI } from "openai";', 'const client = new AzureOpenAI({ apiKey: process.env.AZURE_OPENAI_API_KEY, apiVersion: "2024-10-21" });'].join('\n'),
    },
    {
      name: 'a read that reaches the apiKey option through a constant',
      code: ['import { AzureOpenAI } from "openai";', 'const key = process.env.AZURE_OPENAI_API_KEY;', 'const client = new AzureOpenAI({ apiKey: key });'].join('\n'),
    },
    {
      name: 'a destructured read that reaches an AzureKeyCredential',
      code: [
        'import ModelClient from "@azure-rest/ai-inference";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        'const { AZURE_INFERENCE_ENDPOINT, AZURE_INFERENCE_CREDENTIAL } = process.env;',
        'const client = ModelClient(AZURE_INFERENCE_ENDPOINT!, new AzureKeyCredential(AZURE_INFERENCE_CREDENTIAL!));',
      ].join('\n'),
    },
    {
      name: 'a read that is an api-key header value AOAI106 reports',
      code: ['await fetch(url, { headers: { "api-key": process.env.AZURE_OPENAI_API_KEY! } });', 'declare const url: string;'].join('\n'),
    },
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
