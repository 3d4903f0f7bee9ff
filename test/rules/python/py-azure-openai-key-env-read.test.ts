import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-azure-openai-key-env-read';

testRule(rule, {
  path: 'settings.py',
  valid: [
    { name: 'a read that is the value of a flagged api_key= is left to the client rule', code: 'import os\nfrom openai import AzureOpenAI\nc = AzureOpenAI(api_key=os.getenv("AZURE_OPENAI_API_KEY"))\n' },
    { name: 'a key variable passed to a flagged client is left to the client rule', code: 'import os\nfrom openai import AzureOpenAI\nKEY = os.environ["AZURE_OPENAI_KEY"]\nc = AzureOpenAI(api_key=KEY)\n' },
    { name: 'AzureKeyCredential passed to an inference client is left to its rule', code: 'import os\nfrom azure.ai.inference import ChatCompletionsClient\nfrom azure.core.credentials import AzureKeyCredential\nc = ChatCompletionsClient(e, AzureKeyCredential(os.environ["AZURE_INFERENCE_CREDENTIAL"]))\n' },
    { name: 'the api_key of an OpenAI client for an Azure v1 endpoint is left to its rule', code: 'import os\nfrom openai import OpenAI\nc = OpenAI(base_url="https://x.openai.azure.com/openai/v1/", api_key=os.environ["AZURE_OPENAI_API_KEY"])\n' },
    { name: 'an api-key header value is left to the header rule', code: 'import os, requests\nrequests.post("https://x.openai.azure.com/openai/v1/chat/completions", headers={"api-key": os.environ["AZURE_OPENAI_KEY"]})\n' },
    { name: 'the key of a plain OpenAI client beside an Azure one is api.openai.com', code: 'import os\nfrom openai import AzureOpenAI, OpenAI\na = AzureOpenAI(azure_ad_token_provider=tp)\nb = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))\n' },
    { name: 'OPENAI_API_KEY without any Azure context is api.openai.com', code: 'import os\nkey = os.getenv("OPENAI_API_KEY")\n' },
    { name: 'endpoint and deployment names are not keys', code: 'import os\ne = os.getenv("AZURE_OPENAI_ENDPOINT")\nd = os.environ["AZURE_OPENAI_DEPLOYMENT"]\n' },
    { name: 'Search keys belong to another rule', code: 'import os\nk = os.getenv("AZURE_SEARCH_API_KEY")\n' },
    {
      name: 'a key read into a local name in a function, then passed to an Azure v1 OpenAI client, is left to the client rule',
      code: `import os
from openai import OpenAI
def main():
    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]
    api_key = os.environ["AZURE_OPENAI_API_KEY"]
    client = OpenAI(api_key=api_key, base_url=f"{endpoint.rstrip('/')}/openai/v1/")
`,
    },
    { name: 'a key that flows through two names into a flagged client is one finding', code: 'import os\nfrom openai import AzureOpenAI\nraw = os.getenv("AZURE_OPENAI_KEY")\nkey = raw\nc = AzureOpenAI(api_key=key)\n' },
    { name: 'a key read into a name sent in an api-key header is left to the header rule', code: 'import os, requests\nkey = os.environ["AZURE_OPENAI_KEY"]\nrequests.post("https://x.openai.azure.com/openai/v1/chat/completions", headers={"api-key": key})\n' },
    { name: 'a key read into a name wrapped in AzureKeyCredential is left to the inference rule', code: 'import os\nfrom azure.ai.inference import ChatCompletionsClient\nfrom azure.core.credentials import AzureKeyCredential\nkey = os.environ["AZURE_INFERENCE_CREDENTIAL"]\nc = ChatCompletionsClient(e, AzureKeyCredential(key))\n' },
    { name: 'names in comments and strings', code: '# os.getenv("AZURE_OPENAI_API_KEY")\nhelp = "set AZURE_OPENAI_API_KEY"\n' },
  ],
  invalid: [
    {
      name: 'a key read with env fallbacks (a or b) is one key: one finding, on the first read',
      code: 'import os\nfrom openai import AzureOpenAI\napi_key = (\n    os.environ.get("AZURE_OPENAI_API_KEY")\n    or os.environ.get("OPENAI_API_KEY")\n)\nother = os.getenv("AOAI_KEY") and os.getenv("AZURE_OPENAI_KEY")\n',
      errors: [
        { line: 4, column: 5, endColumn: 43, message: 'AZURE_OPENAI_API_KEY' },
        { line: 7, column: 9, endColumn: 30, message: 'AOAI_KEY' },
        { line: 7, column: 35, endColumn: 64, message: 'AZURE_OPENAI_KEY' },
      ],
      output: null,
    },
    {
      name: 'an AI Services (Speech) key is named as such, not as an Azure OpenAI key',
      code: 'import os, requests\nrequests.post(url, headers={"Ocp-Apim-Subscription-Key": os.getenv("AZURE_AI_SPEECH_API_SUBSCRIPTION_KEY")})\n',
      errors: [{ line: 2, column: 58, endColumn: 107, severity: 'warning', message: /^Reads the Azure AI Services key AZURE_AI_SPEECH_API_SUBSCRIPTION_KEY/ }],
      output: null,
    },
    {
      name: 'a read that flows through a name into a call no rule reports is still reported',
      code: 'import os\ndef main():\n    key = os.environ["AZURE_OPENAI_API_KEY"]\n    return make_client(key)\n',
      errors: [{ line: 3, column: 11, endColumn: 45, severity: 'warning', message: 'AZURE_OPENAI_API_KEY' }],
      output: null,
    },
    {
      name: 'flags os.getenv, os.environ[...] and os.environ.get of key names',
      code: 'import os\na = os.getenv("AZURE_OPENAI_API_KEY")\nb = os.environ["AZURE_OPENAI_KEY"]\nc = os.environ.get("AOAI_KEY", "")\n',
      errors: [
        { line: 2, column: 5, endColumn: 38, severity: 'warning', message: 'AZURE_OPENAI_API_KEY' },
        { line: 3, column: 5, endColumn: 35 },
        { line: 4, column: 5, endColumn: 35 },
      ],
      output: null,
    },
    {
      name: 'flags environ.get after from os import environ, and aliases of os',
      code: "from os import environ, getenv\nimport os as o\na = environ.get('AZURE_OPENAI_API_KEY')\nb = getenv('AZURE_AI_SERVICES_KEY')\nc = o.environ['AZURE_INFERENCE_CREDENTIAL']\n",
      errors: [
        { line: 3, column: 5, endColumn: 40 },
        { line: 4, column: 5, endColumn: 36 },
        { line: 5, column: 5, endColumn: 44 },
      ],
    },
    {
      name: 'flags OPENAI_API_KEY when the file talks to Azure OpenAI',
      code: 'import os\nendpoint = "https://contoso.openai.azure.com"\nkey = os.getenv("OPENAI_API_KEY")\n',
      errors: [{ line: 3, column: 7, endColumn: 34, message: 'OPENAI_API_KEY' }],
    },
    {
      name: 'a read used for something other than a client is still reported',
      code: 'import os\nfrom openai import AzureOpenAI\nc = AzureOpenAI(azure_ad_token_provider=tp)\nprint(len(os.environ["AZURE_OPENAI_API_KEY"]))\n',
      errors: [{ line: 4, column: 11, endColumn: 45 }],
    },
    {
      name: 'says Sets for an assignment into os.environ',
      code: 'import os\nos.environ["AZURE_OPENAI_API_KEY"] = load_secret()\n',
      errors: [{ line: 2, column: 1, endColumn: 35, message: 'Sets the Azure OpenAI key AZURE_OPENAI_API_KEY' }],
    },
  ],
});
