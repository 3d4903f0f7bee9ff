import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-azure-openai-static-ad-token';

const PROVIDER = 'get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")';
const IMPORT = 'from azure.identity import DefaultAzureCredential, get_bearer_token_provider';

testRule(rule, {
  path: 'token.py',
  valid: [
    { name: 'a token provider', code: 'from openai import AzureOpenAI\nc = AzureOpenAI(azure_ad_token_provider=tp)\n' },
    { name: 'a provider beside a static token wins (the token is a fallback)', code: 'from openai import AzureOpenAI\nc = AzureOpenAI(azure_ad_token=t, azure_ad_token_provider=tp)\n' },
    { name: 'azure_ad_token=None', code: 'from openai import AzureOpenAI\nc = AzureOpenAI(azure_ad_token=None, api_key=k)\n' },
    { name: 'api_type azure is key auth, another rule', code: 'import openai\nopenai.api_type = "azure"\n' },
    { name: 'LlamaIndex has no static token keyword here', code: 'from llama_index.llms.azure_openai import AzureOpenAI\nllm = AzureOpenAI(use_azure_ad=True)\n' },
  ],
  invalid: [
    {
      name: 'flags azure_ad_token= as info and swaps in a provider',
      code: 'from openai import AzureOpenAI\ntoken = cred.get_token("https://cognitiveservices.azure.com/.default").token\nc = AzureOpenAI(azure_endpoint=e, azure_ad_token=token)\n',
      errors: [{ line: 3, column: 35, endColumn: 55, severity: 'info', message: 'expires' }],
      fixTitle: 'Cognitive Services OpenAI User',
      output: `from openai import AzureOpenAI\n${IMPORT}\ntoken = cred.get_token("https://cognitiveservices.azure.com/.default").token\nc = AzureOpenAI(azure_endpoint=e, azure_ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'Semantic Kernel ad_token= becomes ad_token_provider=',
      code: 'from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion\nchat = AzureChatCompletion(ad_token=token)\n',
      errors: [{ line: 2, column: 28, endColumn: 42 }],
      output: `from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion\n${IMPORT}\nchat = AzureChatCompletion(ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'legacy api_type azure_ad (also inside a function) is info without a fix',
      code: "import openai\ndef setup(cred):\n    openai.api_type = 'azuread'\n    openai.api_key = cred.get_token(scope).token\n",
      errors: [{ line: 3, column: 5, endColumn: 32, message: 'migrate to openai>=1' }],
      output: null,
    },
  ],
});
