import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-semantic-kernel-azure-openai-key-auth';

const PROVIDER = 'get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")';
const IMPORT = 'from azure.identity import DefaultAzureCredential, get_bearer_token_provider';

testRule(rule, {
  path: 'kernel.py',
  valid: [
    { name: 'ad_token_provider passed', code: 'from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion\nchat = AzureChatCompletion(deployment_name="gpt", ad_token_provider=tp)\n' },
    { name: 'credential passed', code: 'from semantic_kernel.connectors.ai.open_ai import AzureTextEmbedding\nemb = AzureTextEmbedding(deployment_name="ada", credential=DefaultAzureCredential())\n' },
    { name: 'pre-built async_client', code: 'from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion\nchat = AzureChatCompletion(async_client=client)\n' },
    { name: 'OpenAIChatCompletion is not Azure', code: 'from semantic_kernel.connectors.ai.open_ai import OpenAIChatCompletion\nchat = OpenAIChatCompletion(api_key=key)\n' },
  ],
  invalid: [
    {
      name: 'flags api_key= on AzureChatCompletion and rewrites it to ad_token_provider',
      code: 'from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion\nchat = AzureChatCompletion(deployment_name="gpt", endpoint=endpoint, api_key=api_key)\n',
      errors: [{ line: 2, column: 70, endColumn: 85, severity: 'warning' }],
      fixTitle: 'Cognitive Services OpenAI User',
      output: `from semantic_kernel.connectors.ai.open_ai import AzureChatCompletion\n${IMPORT}\nchat = AzureChatCompletion(deployment_name="gpt", endpoint=endpoint, ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'reports a service built without a credential as info (env or .env decides)',
      code: 'from semantic_kernel.connectors.ai.open_ai import AzureTextEmbedding\nemb = AzureTextEmbedding(service_id="emb")\n',
      errors: [{ line: 2, column: 7, endColumn: 25, severity: 'info', message: '.env' }],
      output: `from semantic_kernel.connectors.ai.open_ai import AzureTextEmbedding\n${IMPORT}\nemb = AzureTextEmbedding(service_id="emb", ad_token_provider=${PROVIDER})\n`,
    },
  ],
});
