import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/typescript/js-api-key-header-request';

testRule(rule, {
  path: 'src/rest.ts',
  valid: [
    {
      name: 'a bearer token header',
      code: ['const res = await fetch("https://contoso.openai.azure.com/openai/v1/chat/completions", { headers: { Authorization: `Bearer ${token}` } });', 'declare const token: string;'].join('\n'),
    },
    {
      name: 'Azure AI Search, which uses the same header',
      code: ['const res = await fetch("https://contoso.search.windows.net/indexes/docs/docs?api-version=2024-07-01", { headers: { "api-key": searchKey } });', 'declare const searchKey: string;'].join('\n'),
    },
    {
      name: 'an unknown URL in a file that talks to Azure AI Search',
      code: ['const endpoint = process.env.AZURE_SEARCH_ENDPOINT;', 'const res = await fetch(url, { headers: { "api-key": process.env.AZURE_SEARCH_KEY! } });', 'declare const url: string;', 'export { endpoint, res };'].join('\n'),
    },
    {
      name: 'an APIM subscription key',
      code: ['const res = await fetch(url, { headers: { "Ocp-Apim-Subscription-Key": key } });', 'declare const url: string, key: string;'].join('\n'),
    },
    {
      name: 'a concrete non-Azure host',
      code: ['const res = await fetch("https://api.example.com/v1/things", { headers: { "api-key": key } });', 'declare const key: string;'].join('\n'),
    },
    {
      name: 'an api-key query parameter is not a header',
      code: ['const endpoint = process.env.AZURE_OPENAI_ENDPOINT;', 'url.searchParams.set("api-key", key);', 'declare const url: URL, key: string;', 'export { endpoint };'].join('\n'),
    },
    {
      name: 'an api-key property that is not a header, and the name in a string',
      code: ['const cliOptions = { "api-key": "--api-key" };', 'console.log("send the api-key header");', 'export { cliOptions };'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'flags an api-key header sent with fetch to an Azure OpenAI deployment',
      code: [
        'const res = await fetch(`${endpoint}/openai/deployments/${deployment}/chat/completions?api-version=2024-10-21`, {',
        '  method: "POST",',
        '  headers: { "Content-Type": "application/json", "api-key": process.env.AZURE_OPENAI_API_KEY! },',
        '  body: JSON.stringify({ messages: [] }),',
        '});',
        'declare const endpoint: string, deployment: string;',
      ].join('\n'),
      errors: [{ line: 3, column: 50, endColumn: 94, severity: 'warning', message: 'to Azure OpenAI' }],
      output: null,
    },
    {
      name: 'flags axios.create with an Azure baseURL, any header case',
      path: 'src/rest.js',
      code: ['import axios from "axios";', 'export const api = axios.create({ baseURL: "https://contoso.openai.azure.com/openai", headers: { "Api-Key": apiKey } });', 'const apiKey = process.env.AZURE_OPENAI_API_KEY;'].join('\n'),
      errors: [{ line: 2, column: 98, endColumn: 115, related: [{ line: 3, column: 16, message: 'AZURE_OPENAI_API_KEY' }] }],
    },
    {
      name: 'flags axios.post with a hard-coded key as an error',
      code: [
        'import axios from "axios";',
        'await axios.post("https://contoso.openai.azure.com/openai/deployments/gpt/chat/completions?api-version=2024-10-21", body, { headers: { "api-key": "0123456789abcdef0123456789abcdef" } });',
        'declare const body: unknown;',
      ].join('\n'),
      errors: [{ line: 2, column: 136, severity: 'error', message: '0123… (32 chars)' }],
    },
    {
      name: 'flags Headers objects and headers.set in a file that talks to Azure OpenAI',
      code: [
        'const endpoint = process.env.AZURE_OPENAI_ENDPOINT;',
        'const headers = new Headers({ "api-key": key });',
        'headers.set("api-key", key);',
        'declare const key: string;',
        'export { endpoint };',
      ].join('\n'),
      errors: [
        { line: 2, column: 31, endColumn: 45, severity: 'warning' },
        { line: 3, column: 13, endColumn: 27, severity: 'warning' },
      ],
    },
    {
      name: 'flags axios called with a config object and XMLHttpRequest headers',
      path: 'src/rest.js',
      code: [
        'import axios from "axios";',
        'await axios({ method: "post", url: "https://contoso.cognitiveservices.azure.com/openai/deployments/gpt/chat/completions", headers: { "api-key": key } });',
        'xhr.setRequestHeader("api-key", key);',
      ].join('\n'),
      errors: [
        { line: 2, column: 134, endColumn: 148, severity: 'warning', message: 'to Azure OpenAI' },
        { line: 3, column: 22, endColumn: 36, severity: 'warning' },
      ],
    },
    {
      name: 'flags an unknown destination as info when nothing says Azure',
      code: ['const res = await fetch(url, { headers: { "api-key": key } });', 'declare const url: string, key: string;'].join('\n'),
      errors: [{ line: 1, column: 43, endColumn: 57, severity: 'info' }],
    },
  ],
});
