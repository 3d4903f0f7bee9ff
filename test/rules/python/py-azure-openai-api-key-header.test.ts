import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-azure-openai-api-key-header';

testRule(rule, {
  path: 'rest.py',
  valid: [
    {
      name: 'an Ocp-Apim-Subscription-Key header to a path that is not a model API',
      code: 'import requests\nrequests.get(f"{gateway}/weather/today", headers={"Ocp-Apim-Subscription-Key": key})\n',
    },
    {
      name: 'default_headers with an api-key on a public OpenAI client (no Azure sign)',
      code: 'from openai import OpenAI\nc = OpenAI(base_url="https://api.example.com/v1", default_headers={"api-key": key})\n',
    },
    {
      name: 'a subscription key sent through the APIM gateway to a non-model API, in a notebook that also calls Azure OpenAI',
      code: 'import requests\nfrom openai import AzureOpenAI\nc = AzureOpenAI(azure_endpoint=e, azure_ad_token_provider=tp)\nr = requests.get(f"{apim_resource_gateway_url}/weatherservice/weather?city={city}", headers={"api-key": api_key})\n',
    },
    { name: 'Azure AI Search URL uses its own api-key', code: 'import requests\nrequests.post("https://contoso.search.windows.net/indexes/x/docs/search?api-version=2024-07-01", headers={"api-key": key})\n' },
    { name: 'bearer token', code: 'import requests\nrequests.post("https://contoso.openai.azure.com/openai/deployments/x/chat/completions", headers={"Authorization": f"Bearer {tp()}"})\n' },
    { name: 'unknown URL in a file with no Azure OpenAI context', code: 'import requests\nrequests.get(url, headers={"api-key": key})\n' },
  ],
  invalid: [
    {
      name: 'an Ocp-Apim-Subscription-Key header to a model API path is the gateway key (info)',
      code: 'import requests\nurl = f"{apim_url}/deployments/{name}/chat/completions?api-version={v}"\nheaders = {\n    "Content-Type": "application/json",\n    "Ocp-Apim-Subscription-Key": subscription_key\n}\nrequests.post(url, headers=headers, json=body)\n',
      errors: [{ line: 5, column: 5, endColumn: 50, severity: 'info', message: 'API Management subscription key' }],
      output: null,
    },
    {
      name: 'default_headers with an api-key on an openai client that asks for an api-version',
      code: 'import os\nfrom openai import AsyncOpenAI\nkey = os.environ["AZURE_OPENAI_API_KEY"]\nc = AsyncOpenAI(base_url=url, api_key=key, default_query={"api-version": v}, default_headers={"api-key": key})\n',
      errors: [{ line: 4, column: 95, endColumn: 109, severity: 'warning', related: [{ line: 3, column: 7 }] }],
      output: null,
    },
    {
      // Was a valid case (not flagged at all); the trial showed the gateway key deserves the gateway advice.
      name: 'an api-key header to an azure-api.net gateway is the APIM subscription key: info with the gateway advice',
      code: 'import requests\nrequests.post("https://contoso.azure-api.net/openai/deployments/x", headers={"api-key": key})\n',
      errors: [{ line: 2, column: 78, endColumn: 92, severity: 'info', message: /API Management subscription key .*validate-azure-ad-token/ }],
      output: null,
    },
    {
      name: 'a URL built from the APIM gateway name makes the header a gateway key (info)',
      code: 'import requests\nurl = f"{apim_resource_gateway_url}/{inference_api_path}/openai/deployments/{model}/chat/completions?api-version={v}"\nresponse = requests.post(url, headers = {"api-key": api_key}, json = messages)\n',
      errors: [{ line: 3, column: 42, endColumn: 60, severity: 'info', message: 'API Management subscription key' }],
      output: null,
    },
    {
      name: 'an APIM subscription key sent to an Azure OpenAI-looking path is info too',
      code: 'import requests\nrequests.post(f"{endpoint}/openai/deployments/x", headers={"api-key": apim_subscription_key})\n',
      errors: [{ line: 2, column: 60, endColumn: 92, severity: 'info', message: 'API Management subscription key' }],
      output: null,
    },
    {
      name: 'flags an api-key header in a requests.post headers dict',
      code: 'import os, requests\nr = requests.post(\n    f"{endpoint}/openai/deployments/{dep}/chat/completions?api-version=2024-10-21",\n    headers={"Content-Type": "application/json", "api-key": os.environ["AZURE_OPENAI_KEY"]},\n)\n',
      errors: [{ line: 4, column: 50, endColumn: 91, severity: 'warning' }],
      output: null,
    },
    {
      name: 'follows a headers variable and subscript assignments; httpx client',
      code: 'import httpx\nURL = "https://contoso.openai.azure.com/openai/deployments/gpt/chat/completions"\ndef call(key):\n    headers = {"Content-Type": "application/json"}\n    headers["Api-Key"] = key\n    return httpx.post(URL, headers=headers)\n',
      errors: [{ line: 5, column: 5, endColumn: 29 }],
    },
    {
      name: 'a hard-coded key in the header is an error',
      code: "import aiohttp\nasync def go(s):\n    async with s.post('https://x.openai.azure.com/openai/v1/chat', headers={'api-key': '9f2c4b7a1e3d5f6a8b0c2d4e6f8a0b1c'}) as r:\n        pass\n",
      errors: [{ line: 3, column: 77, endColumn: 122, severity: 'error' }],
    },
  ],
});
