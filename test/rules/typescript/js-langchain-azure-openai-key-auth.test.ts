import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/typescript/js-langchain-azure-openai-key-auth';

const SCOPE = 'https://cognitiveservices.azure.com/.default';
const PROVIDER = `getBearerTokenProvider(new DefaultAzureCredential(), "${SCOPE}")`;
const IDENTITY = 'import { DefaultAzureCredential, getBearerTokenProvider } from "@azure/identity";';

testRule(rule, {
  path: 'src/chain.ts',
  valid: [
    {
      name: 'azureADTokenProvider',
      code: [
        'import { AzureChatOpenAI } from "@langchain/openai";',
        IDENTITY,
        `const azureADTokenProvider = ${PROVIDER};`,
        'const model = new AzureChatOpenAI({ azureADTokenProvider, azureOpenAIApiInstanceName: "contoso", azureOpenAIApiDeploymentName: "gpt-4o" });',
      ].join('\n'),
    },
    {
      name: 'ChatOpenAI for api.openai.com',
      code: ['import { ChatOpenAI } from "@langchain/openai";', 'const model = new ChatOpenAI({ apiKey: process.env.OPENAI_API_KEY, model: "gpt-4o" });'].join('\n'),
    },
    {
      name: 'the deprecated package with a token credential',
      code: ['import { AzureChatOpenAI } from "@langchain/azure-openai";', 'import { DefaultAzureCredential } from "@azure/identity";', 'const model = new AzureChatOpenAI({ credentials: new DefaultAzureCredential() });'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'flags azureOpenAIApiKey and rewrites it to azureADTokenProvider',
      code: [
        'import { AzureChatOpenAI } from "@langchain/openai";',
        '',
        'const model = new AzureChatOpenAI({',
        '  azureOpenAIApiKey: process.env.AZURE_OPENAI_API_KEY,',
        '  azureOpenAIApiInstanceName: "contoso",',
        '  azureOpenAIApiDeploymentName: "gpt-4o",',
        '  azureOpenAIApiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
      errors: [{ line: 4, column: 3, endColumn: 54, severity: 'warning', message: 'azureOpenAIApiKey' }],
      fixTitle: /"Cognitive Services OpenAI User".*AZURE_OPENAI_API_KEY/,
      output: [
        'import { AzureChatOpenAI } from "@langchain/openai";',
        IDENTITY,
        '',
        'const model = new AzureChatOpenAI({',
        `  azureADTokenProvider: ${PROVIDER},`,
        '  azureOpenAIApiInstanceName: "contoso",',
        '  azureOpenAIApiDeploymentName: "gpt-4o",',
        '  azureOpenAIApiVersion: "2024-10-21",',
        '});',
      ].join('\n'),
    },
    {
      name: 'flags the implicit AZURE_OPENAI_API_KEY of embeddings',
      code: ['import { AzureOpenAIEmbeddings } from "@langchain/openai";', 'const embeddings = new AzureOpenAIEmbeddings({ azureOpenAIApiDeploymentName: "text-embedding-3-small" });'].join('\n'),
      errors: [{ line: 2, column: 24, endColumn: 45, message: 'AZURE_OPENAI_API_KEY' }],
      output: [
        'import { AzureOpenAIEmbeddings } from "@langchain/openai";',
        IDENTITY,
        `const embeddings = new AzureOpenAIEmbeddings({ azureOpenAIApiDeploymentName: "text-embedding-3-small", azureADTokenProvider: ${PROVIDER} });`,
      ].join('\n'),
    },
    {
      name: 'flags a key kept next to a token provider (the key header wins) and removes it',
      code: [
        'import { AzureChatOpenAI } from "@langchain/openai";',
        'const model = new AzureChatOpenAI({ azureADTokenProvider: tokenProvider, apiKey: process.env.AZURE_OPENAI_API_KEY });',
        'declare const tokenProvider: () => Promise<string>;',
      ].join('\n'),
      errors: [{ line: 2, column: 74, message: 'wins' }],
      output: [
        'import { AzureChatOpenAI } from "@langchain/openai";',
        'const model = new AzureChatOpenAI({ azureADTokenProvider: tokenProvider });',
        'declare const tokenProvider: () => Promise<string>;',
      ].join('\n'),
    },
    {
      name: 'flags ChatOpenAI configured for Azure with azureOpenAIApiKey',
      path: 'src/chain.mjs',
      code: ["import { ChatOpenAI } from '@langchain/openai';", "const model = new ChatOpenAI({ azureOpenAIApiKey: key, azureOpenAIApiInstanceName: 'contoso' });"].join('\n'),
      errors: [{ line: 2, column: 32, endColumn: 54 }],
    },
    {
      name: 'reports the deprecated @langchain/azure-openai package without a fix',
      code: ['import { AzureChatOpenAI } from "@langchain/azure-openai";', 'const model = new AzureChatOpenAI({ azureOpenAIApiKey: process.env.AZURE_OPENAI_API_KEY });'].join('\n'),
      errors: [{ line: 2, column: 37 }],
      output: null,
    },
  ],
});
