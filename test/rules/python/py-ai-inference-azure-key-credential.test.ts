import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-ai-inference-azure-key-credential';

const HEAD = 'from azure.ai.inference import ChatCompletionsClient\nfrom azure.core.credentials import AzureKeyCredential\n';

testRule(rule, {
  path: 'inference.py',
  valid: [
    { name: 'DefaultAzureCredential with scopes', code: 'from azure.ai.inference import ChatCompletionsClient\nfrom azure.identity import DefaultAzureCredential\nc = ChatCompletionsClient(endpoint=e, credential=DefaultAzureCredential(), credential_scopes=[s])\n' },
    { name: 'GitHub Models endpoint (GitHub token, no Entra path)', code: HEAD + 'c = ChatCompletionsClient(endpoint="https://models.inference.ai.azure.com", credential=AzureKeyCredential(os.environ["GITHUB_TOKEN"]))\n' },
    { name: 'GitHub token from the environment with an unreadable endpoint', code: HEAD + 'c = ChatCompletionsClient(endpoint=ep, credential=AzureKeyCredential(os.environ["GITHUB_TOKEN"]))\n' },
    { name: 'Azure AI Search client is another service', code: 'from azure.search.documents import SearchClient\nfrom azure.core.credentials import AzureKeyCredential\nc = SearchClient(e, "idx", AzureKeyCredential(k))\n' },
  ],
  invalid: [
    {
      name: 'AutoGen AzureAIChatCompletionClient with an AzureKeyCredential: reported without a fix',
      code: 'from autogen_ext.models.azure import AzureAIChatCompletionClient\nfrom azure.core.credentials import AzureKeyCredential\nc = AzureAIChatCompletionClient(model="m", endpoint=e, credential=AzureKeyCredential(key))\n',
      errors: [{ line: 3, column: 56, severity: 'warning', message: 'AzureAIChatCompletionClient' }],
      output: null,
    },
    {
      name: 'an AzureKeyCredential around an APIM subscription key is info with the gateway advice and no fix',
      code: HEAD + "\nclient = ChatCompletionsClient(\n    endpoint=endpoint,\n    credential=AzureKeyCredential(apim_subscriptions[0]['key']),\n)\n",
      errors: [{ line: 6, column: 5, endColumn: 64, severity: 'info', message: /API Management subscription key .*validate-azure-ad-token/ }],
      output: null,
    },
    {
      name: 'an AzureKeyCredential sent to a gateway endpoint built from the APIM URL is info',
      code: HEAD + '\nclient = ChatCompletionsClient(\n    endpoint=f"{apim_resource_gateway_url}/{inference_api_path}/models",\n    credential=AzureKeyCredential(api_key),\n)\n',
      errors: [{ line: 6, column: 5, endColumn: 43, severity: 'info', message: 'API Management gateway' }],
      output: null,
    },
    {
      name: 'replaces an inline AzureKeyCredential with DefaultAzureCredential and adds credential_scopes',
      code: HEAD + '\nclient = ChatCompletionsClient(\n    endpoint=os.environ["AZURE_INFERENCE_ENDPOINT"],\n    credential=AzureKeyCredential(os.environ["AZURE_INFERENCE_CREDENTIAL"]),\n)\n',
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 76, severity: 'warning' }],
      fixTitle: 'Cognitive Services OpenAI User',
      output:
        'from azure.ai.inference import ChatCompletionsClient\nfrom azure.identity import DefaultAzureCredential\n\nclient = ChatCompletionsClient(\n    endpoint=os.environ["AZURE_INFERENCE_ENDPOINT"],\n    credential=DefaultAzureCredential(),\n    credential_scopes=["https://cognitiveservices.azure.com/.default"],\n)\n',
    },
    {
      name: 'positional credential on an aio EmbeddingsClient uses azure.identity.aio',
      code: "from azure.ai.inference.aio import EmbeddingsClient\nfrom azure.core.credentials import AzureKeyCredential\nc = EmbeddingsClient(endpoint, AzureKeyCredential(key))\n",
      errors: [{ line: 3, column: 32, endColumn: 55 }],
      output: "from azure.ai.inference.aio import EmbeddingsClient\nfrom azure.identity.aio import DefaultAzureCredential\nc = EmbeddingsClient(endpoint, DefaultAzureCredential(), credential_scopes=[\"https://cognitiveservices.azure.com/.default\"])\n",
    },
    {
      name: 'a serverless model endpoint is info without a fix (some are key-only)',
      code: HEAD + 'c = ChatCompletionsClient(endpoint="https://Phi-4-xyz.eastus2.models.ai.azure.com", credential=AzureKeyCredential(key))\n',
      errors: [{ line: 3, column: 85, endColumn: 119, severity: 'info', message: 'serverless' }],
      output: null,
    },
    {
      name: 'a credential built in a variable only the client uses: replaced at the argument, the variable and the import removed',
      code: HEAD + 'cred = AzureKeyCredential(key)\nc = ChatCompletionsClient(endpoint=e, credential=cred)\n',
      errors: [{ line: 4, column: 39, endColumn: 54 }],
      fixTitle: /removes what only the key used \(cred\).*Cognitive Services OpenAI User/,
      output:
        'from azure.ai.inference import ChatCompletionsClient\nfrom azure.identity import DefaultAzureCredential\nc = ChatCompletionsClient(endpoint=e, credential=DefaultAzureCredential(), credential_scopes=["https://cognitiveservices.azure.com/.default"])\n',
    },
    {
      name: 'a credential variable another client also uses is kept: no fix until it is the last one',
      code: HEAD + 'cred = AzureKeyCredential(key)\nc = ChatCompletionsClient(endpoint=e, credential=cred)\nsearch = SearchClient(e, "i", cred)\n',
      errors: [{ line: 4, column: 39, endColumn: 54 }],
      output: null,
    },
  ],
});
