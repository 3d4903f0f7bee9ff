import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-promptflow-azure-openai-connection-key-auth';

testRule(rule, {
  path: 'connections.py',
  valid: [
    { name: 'auth_mode meid_token is Entra', code: 'from promptflow.entities import AzureOpenAIConnection\nc = AzureOpenAIConnection(name="aoai", auth_mode="meid_token", api_base=b)\n' },
    { name: 'a connection without a key is no key site', code: 'from promptflow.connections import AzureOpenAIConnection\nc = AzureOpenAIConnection(name="aoai", api_base=b)\n' },
  ],
  invalid: [
    {
      name: 'api_key from a dotenv_values dict: the key argument, no fix',
      code: 'from promptflow.entities import AzureOpenAIConnection\nfrom dotenv import dotenv_values\nconfig = dotenv_values(".env")\nconnection = AzureOpenAIConnection(\n    name="aoai",\n    api_key= config["OPENAI_API_KEY"],\n    api_base=config["OPENAI_ENDPOINT"],\n)\n',
      errors: [{ line: 6, column: 5, endColumn: 38, severity: 'warning', message: 'AzureOpenAIConnection authenticates with an API key (api_key' }],
      output: null,
    },
    {
      name: 'a hard-coded key is an error',
      code: 'from promptflow.entities import AzureOpenAIConnection\nc = AzureOpenAIConnection(name="x", api_key="0123456789abcdef0123456789abcdef")\n',
      errors: [{ line: 2, column: 37, severity: 'error', message: 'hard-coded' }],
      output: null,
    },
  ],
});
