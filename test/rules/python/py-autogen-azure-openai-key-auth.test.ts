import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-autogen-azure-openai-key-auth';

const PROVIDER = 'get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")';

testRule(rule, {
  path: 'agents.py',
  valid: [
    { name: 'a token provider is Entra', code: 'from autogen_ext.models.openai import AzureOpenAIChatCompletionClient\nc = AzureOpenAIChatCompletionClient(model="m", azure_ad_token_provider=tp)\n' },
    { name: 'a class of the same name from elsewhere', code: 'from mylib import AzureOpenAIChatCompletionClient\nc = AzureOpenAIChatCompletionClient(api_key=k)\n' },
    { name: 'a mention in a string', code: 's = "AzureOpenAIChatCompletionClient(api_key=k)"\n' },
  ],
  invalid: [
    {
      name: 'api_key passed: the key argument, with the Entra fix',
      code: 'from autogen_ext.models.openai import AzureOpenAIChatCompletionClient\nc = AzureOpenAIChatCompletionClient(\n    model="gpt-4o",\n    api_key=env_KEY,\n)\n',
      errors: [{ line: 4, column: 5, endColumn: 20, severity: 'warning', message: 'AzureOpenAIChatCompletionClient authenticates with an API key (api_key)' }],
      output: `from autogen_ext.models.openai import AzureOpenAIChatCompletionClient\nfrom azure.identity import DefaultAzureCredential, get_bearer_token_provider\nc = AzureOpenAIChatCompletionClient(\n    model="gpt-4o",\n    azure_ad_token_provider=${PROVIDER},\n)\n`,
    },
    {
      name: 'no credential: the client falls back to AZURE_OPENAI_API_KEY',
      code: 'from autogen_ext.models.openai import AzureOpenAIChatCompletionClient\nc = AzureOpenAIChatCompletionClient(model="gpt-4o", azure_endpoint=e)\n',
      errors: [{ line: 2, column: 5, endColumn: 36, message: 'falls back to the AZURE_OPENAI_API_KEY environment variable' }],
    },
  ],
});
