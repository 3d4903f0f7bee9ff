import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-azure-openai-key-env-read';

testRule(rule, {
  path: 'settings.py',
  valid: [
    { name: 'the key of a plain OpenAI client beside an Azure one is api.openai.com', code: 'import os\nfrom openai import AzureOpenAI, OpenAI\na = AzureOpenAI(azure_ad_token_provider=tp)\nb = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))\n' },
    {
      name: 'the public-OpenAI exclusion holds through local names, whatever else the module does',
      code: 'import os\nfrom openai import AzureOpenAI, OpenAI\ndef public():\n    k = os.environ.get("OPENAI_API_KEY")\n    return OpenAI(api_key=k)\ndef azure():\n    return AzureOpenAI(azure_ad_token_provider=tp, azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"])\n',
    },
    {
      name: 'OPENAI_API_KEY read in a helper that does not talk to Azure (the module does, elsewhere)',
      code: 'import os\nENDPOINT = "https://contoso.openai.azure.com"\ndef check_defaults(items):\n    expected = os.getenv("OPENAI_API_KEY")\n    assert all(i == expected for i in items)\n',
    },
    { name: 'OPENAI_API_KEY without any Azure context is api.openai.com', code: 'import os\nkey = os.getenv("OPENAI_API_KEY")\n' },
    { name: 'endpoint and deployment names are not keys', code: 'import os\ne = os.getenv("AZURE_OPENAI_ENDPOINT")\nd = os.environ["AZURE_OPENAI_DEPLOYMENT"]\n' },
    { name: 'Search keys belong to another rule', code: 'import os\nk = os.getenv("AZURE_SEARCH_API_KEY")\n' },
    { name: 'names in comments and strings', code: '# os.getenv("AZURE_OPENAI_API_KEY")\nhelp = "set AZURE_OPENAI_API_KEY"\n' },
    {
      name: 'OPENAI_API_KEY set to an Entra access token is token auth, not a key',
      code: 'import os\nfrom azure.identity import DefaultAzureCredential\ncred = DefaultAzureCredential()\nos.environ["OPENAI_API_TYPE"] = "azure_ad"\nos.environ["OPENAI_API_KEY"] = cred.get_token("https://cognitiveservices.azure.com/.default").token\n',
    },
    {
      name: 'a settings class that is not a pydantic BaseSettings reads nothing',
      code: 'class Settings:\n    AZURE_OPENAI_KEY: str\n',
    },
    {
      name: 'a wrapper called with a name that is not a key',
      code: 'import os\ndef env(name):\n    return os.getenv(name)\nendpoint = env("AZURE_OPENAI_ENDPOINT")\n',
    },
    {
      name: 'a module-level name holding a non-key setting is not a key because another module imports it',
      code: 'import os\nPROJECT_REGION = os.getenv("PROJECT_REGION")\n',
      files: { 'app.py': 'from openai import AzureOpenAI\nfrom settings import PROJECT_REGION\nc = AzureOpenAI(api_key=other)\n' },
    },
  ],
  invalid: [
    {
      name: 'a read that is the value of a flagged api_key= is its own finding, pointing at the client',
      code: 'import os\nfrom openai import AzureOpenAI\nc = AzureOpenAI(api_key=os.getenv("AZURE_OPENAI_API_KEY"))\n',
      errors: [{ line: 3, column: 25, endColumn: 58, message: 'AZURE_OPENAI_API_KEY', related: [{ line: 3, column: 17, endColumn: 58, message: 'by the AzureOpenAI client (api_key)' }] }],
      output: null,
    },
    {
      name: 'a key read into a module-level name, then passed to a client: the read line, related to the client',
      code: 'import os\nfrom openai import AzureOpenAI\nKEY = os.environ["AZURE_OPENAI_KEY"]\nc = AzureOpenAI(api_key=KEY)\n',
      errors: [{ line: 3, column: 7, endColumn: 37, related: [{ line: 4, column: 17, endColumn: 28 }] }],
    },
    {
      name: 'a key wrapped in AzureKeyCredential for an inference client, inline and through a name',
      code: 'import os\nfrom azure.ai.inference import ChatCompletionsClient\nfrom azure.core.credentials import AzureKeyCredential\nc = ChatCompletionsClient(e, AzureKeyCredential(os.environ["AZURE_INFERENCE_CREDENTIAL"]))\nkey = os.environ["AZURE_AI_KEY"]\nd = ChatCompletionsClient(e, AzureKeyCredential(key))\n',
      errors: [
        { line: 4, column: 49, related: [{ line: 4, column: 30, message: 'ChatCompletionsClient' }] },
        { line: 5, column: 7, related: [{ line: 6, column: 30 }] },
      ],
    },
    {
      name: 'the api_key of an OpenAI client for an Azure v1 endpoint, read in a function',
      code: 'import os\nfrom openai import OpenAI\ndef main():\n    endpoint = os.environ["AZURE_OPENAI_ENDPOINT"]\n    api_key = os.environ["AZURE_OPENAI_API_KEY"]\n    client = OpenAI(api_key=api_key, base_url=f"{endpoint.rstrip(\'/\')}/openai/v1/")\n',
      errors: [{ line: 5, column: 15, endColumn: 49, related: [{ line: 6, column: 21, endColumn: 36 }] }],
    },
    {
      name: 'a key that flows through two names into a client',
      code: 'import os\nfrom openai import AzureOpenAI\nraw = os.getenv("AZURE_OPENAI_KEY")\nkey = raw\nc = AzureOpenAI(api_key=key)\n',
      errors: [{ line: 3, column: 7, related: [{ line: 5, column: 17 }] }],
    },
    {
      name: 'a key sent in an api-key header, inline and through a name',
      code: 'import os, requests\nkey = os.environ["AZURE_OPENAI_KEY"]\nrequests.post("https://x.openai.azure.com/openai/v1/chat/completions", headers={"api-key": key})\nrequests.post("https://x.openai.azure.com/openai/v1/chat/completions", headers={"api-key": os.getenv("AOAI_KEY")})\n',
      errors: [
        { line: 2, column: 7, related: [{ line: 3, column: 81, message: 'the api-key header' }] },
        { line: 4, column: 92, related: [{ line: 4, column: 81 }] },
      ],
    },
    {
      name: 'a key with env fallbacks (a or b): each read is a finding on its own line',
      code: 'import os\nfrom openai import AzureOpenAI\napi_key = (\n    os.environ.get("AZURE_OPENAI_API_KEY")\n    or os.environ.get("OPENAI_API_KEY")\n)\nc = AzureOpenAI(api_key=api_key)\n',
      errors: [
        { line: 4, column: 5, endColumn: 43, message: 'AZURE_OPENAI_API_KEY', related: [{ line: 7, column: 17 }] },
        { line: 5, column: 8, endColumn: 40, message: 'OPENAI_API_KEY', related: [{ line: 7, column: 17 }] },
      ],
      output: null,
    },
    {
      name: 'any setting name passed as an Azure client key is a key read (the consumer decides)',
      code: 'import os\nfrom openai import AzureOpenAI\nAZURE_API_KEY = os.environ.get("AZURE_API_KEY")\nAPIM_KEY = os.environ["APIM_SUBSCRIPTION_KEY"]\nc = AzureOpenAI(azure_endpoint=e, api_key=AZURE_API_KEY)\nd = AzureOpenAI(azure_endpoint=gateway, api_key=APIM_KEY)\n',
      errors: [
        { line: 3, column: 17, message: 'Reads the Azure OpenAI key AZURE_API_KEY' },
        { line: 4, column: 12, severity: 'info', message: 'Reads the API Management subscription key APIM_SUBSCRIPTION_KEY' },
      ],
    },
    {
      name: 'an openai<1 module key, every assignment',
      code: 'import os, openai\nopenai.api_type = "azure"\nopenai.api_key = os.getenv("AZURE_OPENAI_KEY")\ndef reset():\n    openai.api_key = os.environ["OPENAI_API_KEY"]\n',
      errors: [
        { line: 3, column: 18, related: [{ line: 3, column: 1, message: 'openai.api_key' }] },
        { line: 5, column: 22, related: [{ line: 5, column: 5 }] },
      ],
    },
    {
      name: 'reads through a wrapper function and method of the module, python-decouple and dotenv_values',
      code: [
        'import os',
        'from decouple import config',
        'from dotenv import dotenv_values',
        'def get_env(name, default=None):',
        '    return os.getenv(name, default)',
        'class Reader:',
        '    def read(self, key_name):',
        '        return self._lookup(key_name)',
        '    def _lookup(self, key_name):',
        '        return os.environ.get(key_name)',
        'a = get_env("AZURE_OPENAI_API_KEY")',
        'b = reader.read("AZURE-OPENAI-GPT4-API-KEY")',
        'c = config("AZURE_OPENAI_KEY")',
        'values = dotenv_values(".env")',
        'd = values["AZURE_OPENAI_API_KEY"]',
        'e = dotenv_values()["AOAI_KEY"]',
        '',
      ].join('\n'),
      errors: [
        { line: 11, column: 5, endColumn: 36, message: 'AZURE_OPENAI_API_KEY from the environment' },
        { line: 12, column: 5, message: 'AZURE-OPENAI-GPT4-API-KEY' },
        { line: 13, column: 5, message: 'AZURE_OPENAI_KEY' },
        { line: 15, column: 5, endColumn: 35, message: 'from a .env file' },
        { line: 16, column: 5, message: 'AOAI_KEY from a .env file' },
      ],
    },
    {
      name: 'fields of a pydantic BaseSettings class, by name or by alias',
      code: 'from pydantic_settings import BaseSettings, SettingsConfigDict\nfrom pydantic import Field\nclass Settings(BaseSettings):\n    AZURE_OPENAI_ENDPOINT: str\n    AZURE_OPENAI_KEY: str\n    aoai_key: str = Field(alias="AZURE_OPENAI_API_KEY")\n    model_config = SettingsConfigDict(env_file=".env")\n',
      errors: [
        { line: 5, column: 5, endColumn: 26, message: 'AZURE_OPENAI_KEY from a settings class field' },
        { line: 6, column: 5, message: 'AZURE_OPENAI_API_KEY' },
      ],
    },
    {
      name: 'a key read in config.py that another module passes to a client: reported, pointing at the client there',
      path: 'config.py',
      code: 'import os\nPROJECT_API_KEY = os.getenv("PROJECT_API_KEY")\nAZURE_OPENAI_KEY = os.environ["AZURE_OPENAI_KEY"]\n',
      files: {
        'app.py': 'from openai import AzureOpenAI\nfrom config import PROJECT_API_KEY, AZURE_OPENAI_KEY\na = AzureOpenAI(api_key=PROJECT_API_KEY)\nb = AzureOpenAI(\n    api_key=AZURE_OPENAI_KEY,\n)\n',
      },
      errors: [
        { line: 2, column: 19, message: 'PROJECT_API_KEY', related: [{ path: 'app.py', line: 3, column: 17, message: 'in app.py' }] },
        { line: 3, column: 20, related: [{ path: 'app.py', line: 5, column: 5 }] },
      ],
    },
    {
      name: 'a read points at the .env files beside it (or above it) that define the name',
      path: 'src/app/main.py',
      code: 'import os\nkey = os.getenv("AZURE_OPENAI_API_KEY")\n',
      files: { '.env': '# keys\nAZURE_OPENAI_API_KEY=<your key>\n', 'other/.env': 'AZURE_OPENAI_API_KEY=x\n', 'src/app/.env': 'AZURE_OPENAI_ENDPOINT=https://x\n' },
      errors: [{ line: 2, column: 7, related: [{ path: '.env', line: 2, column: 1, message: 'AZURE_OPENAI_API_KEY is defined here (in .env)' }] }],
    },
    {
      name: 'a package module read through a relative import and a settings instance',
      path: 'pkg/settings.py',
      code: 'from pydantic_settings import BaseSettings\nclass Settings(BaseSettings):\n    llm_key: str\nsettings = Settings()\n',
      files: {
        'pkg/llm.py': 'from openai import AzureOpenAI\nfrom .settings import settings\nclient = AzureOpenAI(api_key=settings.llm_key)\n',
      },
      errors: [{ line: 3, column: 5, message: 'llm_key', related: [{ path: 'pkg/llm.py', line: 3, column: 22 }] }],
    },
    {
      name: 'an AI Services (Speech) key is named as such, not as an Azure OpenAI key',
      code: 'import os, requests\nrequests.post(url, headers={"Ocp-Apim-Subscription-Key": os.getenv("AZURE_AI_SPEECH_API_SUBSCRIPTION_KEY")})\n',
      errors: [{ line: 2, column: 58, endColumn: 107, severity: 'warning', message: /^Reads the Azure AI Services key AZURE_AI_SPEECH_API_SUBSCRIPTION_KEY/ }],
      output: null,
    },
    {
      name: 'OPENAI_API_KEY in a function that builds an Azure client',
      code: 'import os\nfrom openai import AzureOpenAI\ndef make():\n    key = os.getenv("OPENAI_API_KEY")\n    return build(AzureOpenAI, key)\n',
      errors: [{ line: 4, column: 11, message: 'OPENAI_API_KEY' }],
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
