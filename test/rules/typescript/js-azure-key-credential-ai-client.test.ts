import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/typescript/js-azure-key-credential-ai-client';

const SCOPE = 'https://cognitiveservices.azure.com/.default';

testRule(rule, {
  path: 'src/inference.ts',
  valid: [
    {
      name: 'a token credential',
      code: ['import ModelClient from "@azure-rest/ai-inference";', 'import { DefaultAzureCredential } from "@azure/identity";', 'const client = ModelClient("https://contoso.services.ai.azure.com/models", new DefaultAzureCredential());'].join('\n'),
    },
    {
      name: 'AzureKeyCredential for Azure AI Search',
      code: [
        'import { SearchClient, AzureKeyCredential } from "@azure/search-documents";',
        'const search = new SearchClient("https://contoso.search.windows.net", "docs", new AzureKeyCredential(process.env.AZURE_SEARCH_KEY!));',
      ].join('\n'),
    },
    {
      name: 'Azure AI Search with the core-auth credential',
      code: [
        'import { SearchClient } from "@azure/search-documents";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        'const search = new SearchClient(endpoint, "docs", new AzureKeyCredential(key));',
        'declare const endpoint: string, key: string;',
      ].join('\n'),
    },
    {
      name: 'GitHub Models with a GitHub token',
      code: [
        'import ModelClient from "@azure-rest/ai-inference";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        'const client = ModelClient("https://models.inference.ai.azure.com", new AzureKeyCredential(process.env.GITHUB_TOKEN!));',
      ].join('\n'),
    },
    {
      name: 'a credential passed to an unknown function (no guessing)',
      code: ['import { AzureKeyCredential } from "@azure/core-auth";', 'import { connect } from "./connect";', 'connect(new AzureKeyCredential(process.env.AZURE_OPENAI_API_KEY!));'].join('\n'),
    },
    {
      name: 'the pattern inside a comment',
      code: ['import ModelClient from "@azure-rest/ai-inference";', '// ModelClient(endpoint, new AzureKeyCredential(key))', 'export { ModelClient };'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'flags the ai-inference factory under any name, adds the token scope and drops the unused credential import',
      code: [
        'import createClient from "@azure-rest/ai-inference";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        '',
        'const client = createClient(process.env.AZURE_INFERENCE_ENDPOINT!, new AzureKeyCredential(process.env.AZURE_INFERENCE_CREDENTIAL!));',
      ].join('\n'),
      errors: [{ line: 4, column: 68, endColumn: 131, severity: 'warning', message: 'AZURE_INFERENCE_CREDENTIAL', related: [{ line: 4, column: 91, message: 'The key is read here from AZURE_INFERENCE_CREDENTIAL.' }] }],
      fixTitle: /"Cognitive Services OpenAI User".*remove AZURE_INFERENCE_CREDENTIAL/,
      output: [
        'import createClient from "@azure-rest/ai-inference";',
        'import { DefaultAzureCredential } from "@azure/identity";',
        '',
        `const client = createClient(process.env.AZURE_INFERENCE_ENDPOINT!, new DefaultAzureCredential(), { credentials: { scopes: ["${SCOPE}"] } });`,
      ].join('\n'),
    },
    {
      name: 'flags the factory called with new and a credential held in a constant, which the fix removes',
      code: [
        'import ModelClient from "@azure-rest/ai-inference";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        'import { DefaultAzureCredential as DAC } from "@azure/identity";',
        'const credential = new AzureKeyCredential(process.env.AZURE_AI_API_KEY ?? "");',
        'const client = new ModelClient(endpoint, credential, { apiVersion: "2024-05-01-preview" });',
        'declare const endpoint: string;',
      ].join('\n'),
      errors: [{ line: 5, column: 42, endColumn: 52 }],
      output: [
        'import ModelClient from "@azure-rest/ai-inference";',
        'import { DefaultAzureCredential as DAC } from "@azure/identity";',
        `const client = new ModelClient(endpoint, new DAC(), { apiVersion: "2024-05-01-preview", credentials: { scopes: ["${SCOPE}"] } });`,
        'declare const endpoint: string;',
      ].join('\n'),
    },
    {
      name: 'flags @azure/openai v1 OpenAIClient with a hard-coded key as an error',
      path: 'src/legacy.js',
      code: [
        "const { OpenAIClient, AzureKeyCredential } = require('@azure/openai');",
        "const client = new OpenAIClient('https://contoso.openai.azure.com/', new AzureKeyCredential('0123456789abcdef0123456789abcdef'));",
      ].join('\n'),
      errors: [{ line: 2, column: 70, severity: 'error', message: /deprecated.*0123… \(32 chars\)|0123… \(32 chars\).*deprecated/ }],
      output: [
        "const { OpenAIClient } = require('@azure/openai');",
        "const { DefaultAzureCredential } = require('@azure/identity');",
        "const client = new OpenAIClient('https://contoso.openai.azure.com/', new DefaultAzureCredential());",
      ].join('\n'),
    },
    {
      name: 'keeps an AzureKeyCredential import that Azure AI Search still uses',
      code: [
        'import ModelClient from "@azure-rest/ai-inference";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        'import { SearchClient } from "@azure/search-documents";',
        'export const search = new SearchClient(searchEndpoint, "docs", new AzureKeyCredential(searchKey));',
        'export const client = ModelClient(endpoint, new AzureKeyCredential(key), {});',
        'declare const endpoint: string, key: string, searchEndpoint: string, searchKey: string;',
      ].join('\n'),
      errors: [{ line: 5, column: 45, endColumn: 72 }],
      output: [
        'import ModelClient from "@azure-rest/ai-inference";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        'import { SearchClient } from "@azure/search-documents";',
        'import { DefaultAzureCredential } from "@azure/identity";',
        'export const search = new SearchClient(searchEndpoint, "docs", new AzureKeyCredential(searchKey));',
        `export const client = ModelClient(endpoint, new DefaultAzureCredential(), { credentials: { scopes: ["${SCOPE}"] } });`,
        'declare const endpoint: string, key: string, searchEndpoint: string, searchKey: string;',
      ].join('\n'),
    },
    {
      name: 'flags other Azure AI clients and names the generic role',
      code: [
        'import { TextAnalysisClient } from "@azure/ai-language-text";',
        'import { AzureKeyCredential } from "@azure/core-auth";',
        'const client = new TextAnalysisClient(endpoint, new AzureKeyCredential(key));',
        'declare const endpoint: string, key: string;',
      ].join('\n'),
      errors: [{ line: 3, column: 49, endColumn: 76 }],
      fixTitle: '"Cognitive Services User"',
    },
  ],
});
