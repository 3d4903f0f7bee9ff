import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-openai-v1-azure-endpoint-key-auth';

const PROVIDER = 'get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")';

testRule(rule, {
  path: 'v1.py',
  valid: [
    { name: 'OpenAI for api.openai.com is out of scope', code: 'from openai import OpenAI\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\n' },
    { name: 'OpenAI with another base_url', code: 'from openai import OpenAI\nclient = OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")\n' },
    { name: 'token provider as api_key (openai>=1.106.0)', code: 'from openai import OpenAI\ntoken_provider = get_bearer_token_provider(DefaultAzureCredential(), "https://ai.azure.com/.default")\nclient = OpenAI(base_url="https://contoso.openai.azure.com/openai/v1/", api_key=token_provider)\n' },
    { name: 'a provider call inline', code: 'from openai import OpenAI\nfrom azure.identity import get_bearer_token_provider\nclient = OpenAI(base_url=f"{endpoint}/openai/v1/", api_key=get_bearer_token_provider(cred, scope))\n' },
  ],
  invalid: [
    {
      name: 'an OpenAI client whose default_query asks for an api-version talks to Azure, whatever its base_url',
      code: 'from openai import AsyncOpenAI\nc = AsyncOpenAI(base_url=base_url, api_key=api_key, default_query={"api-version": version})\n',
      errors: [{ line: 2, column: 36, endColumn: 51, severity: 'warning' }],
    },
    {
      name: 'a key read into a local name is reported once, at the client, naming the environment variable',
      code: `import os
from openai import OpenAI
def main():
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
    api_key = os.environ["AZURE_OPENAI_API_KEY"]
    client = OpenAI(api_key=api_key, base_url=f"{endpoint.rstrip('/')}/openai/v1/")
`,
      errors: [{ line: 6, column: 21, endColumn: 36, severity: 'warning', message: 'API key (api_key, read from AZURE_OPENAI_API_KEY)' }],
    },
    {
      name: 'a subscription key sent to an APIM gateway v1 base_url is info with the gateway advice and no fix',
      code: 'from openai import OpenAI\nbase_url = f"{apim_resource_gateway_url}/{inference_api_path}/openai/v1"\nclient = OpenAI(api_key=apim_subscriptions[0].get("key"), base_url=base_url)\n',
      errors: [{ line: 3, column: 17, endColumn: 57, severity: 'info', message: /API Management subscription key .*validate-azure-ad-token/ }],
      output: null,
    },
    {
      name: 'flags a key sent to the Azure v1 endpoint and passes a token provider instead',
      code: 'import os\nfrom openai import OpenAI\n\nclient = OpenAI(\n    base_url="https://contoso.openai.azure.com/openai/v1/",\n    api_key=os.getenv("AZURE_OPENAI_API_KEY"),\n)\n',
      errors: [{ line: 6, column: 5, endColumn: 46, severity: 'warning' }],
      fixTitle: /openai>=1\.106\.0.*Cognitive Services OpenAI User/,
      output: `from openai import OpenAI\nfrom azure.identity import DefaultAzureCredential, get_bearer_token_provider\n\nclient = OpenAI(\n    base_url="https://contoso.openai.azure.com/openai/v1/",\n    api_key=${PROVIDER},\n)\n`,
    },
    {
      name: 'flags AsyncOpenAI without api_key (OPENAI_API_KEY fallback) on a base_url built from AZURE_OPENAI_ENDPOINT',
      code: 'import openai\nclient = openai.AsyncOpenAI(base_url=os.environ["AZURE_OPENAI_ENDPOINT"] + "/openai/v1/")\n',
      errors: [{ line: 2, column: 10, endColumn: 28, message: 'OPENAI_API_KEY' }],
      output: `import openai\nfrom azure.identity.aio import DefaultAzureCredential, get_bearer_token_provider\nclient = openai.AsyncOpenAI(base_url=os.environ["AZURE_OPENAI_ENDPOINT"] + "/openai/v1/", api_key=${PROVIDER})\n`,
    },
    {
      name: 'recognises a base_url read from an AZURE_OPENAI_*_ENDPOINT variable',
      code: 'from openai import OpenAI\nclient = OpenAI(base_url=os.getenv("AZURE_OPENAI_V1_API_ENDPOINT"), api_key=os.getenv("AZURE_OPENAI_API_KEY"))\n',
      errors: [{ line: 2, column: 69, endColumn: 110 }],
    },
    {
      name: 'flags a hard-coded key as an error, base_url through a module constant',
      code: "from openai import OpenAI\nBASE = 'https://contoso.openai.azure.com/openai/v1/'\nclient = OpenAI(base_url=BASE, api_key='9f2c4b7a1e3d5f6a8b0c2d4e6f8a0b1c')\n",
      errors: [{ line: 3, column: 32, endColumn: 74, severity: 'error' }],
    },
  ],
});
