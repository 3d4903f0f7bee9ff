import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-langchain-azure-openai-key-auth';

const PROVIDER = 'get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")';
const IMPORT = 'from azure.identity import DefaultAzureCredential, get_bearer_token_provider';

testRule(rule, {
  path: 'chain.py',
  valid: [
    { name: 'token provider passed', code: 'from langchain_openai import AzureChatOpenAI\nllm = AzureChatOpenAI(azure_deployment="gpt-4o", azure_ad_token_provider=token_provider)\n' },
    { name: 'async token provider passed', code: 'from langchain_openai import AzureChatOpenAI\nllm = AzureChatOpenAI(azure_ad_async_token_provider=atp)\n' },
    { name: 'legacy openai_api_type="azure_ad"', code: 'from langchain.chat_models import AzureChatOpenAI\nllm = AzureChatOpenAI(openai_api_type="azure_ad", openai_api_key=token.token)\n' },
    { name: 'ChatOpenAI for api.openai.com', code: 'from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(api_key=os.environ["OPENAI_API_KEY"])\n' },
    { name: 'a pre-built client is not guessed at', code: 'from langchain_openai import AzureChatOpenAI\nllm = AzureChatOpenAI(client=client.chat.completions)\n' },
  ],
  invalid: [
    {
      name: 'flags api_key= on AzureChatOpenAI and replaces it with a token provider',
      code: `from langchain_openai import AzureChatOpenAI

llm = AzureChatOpenAI(
    azure_deployment="gpt-4o",
    api_version="2024-10-21",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
)
`,
      errors: [{ line: 6, column: 5, endLine: 6, endColumn: 47, severity: 'warning' }],
      fixTitle: /Cognitive Services OpenAI User.*OPENAI_API_KEY/,
      output: `from langchain_openai import AzureChatOpenAI
${IMPORT}

llm = AzureChatOpenAI(
    azure_deployment="gpt-4o",
    api_version="2024-10-21",
    azure_ad_token_provider=${PROVIDER},
)
`,
    },
    {
      name: 'flags openai_api_key= on legacy langchain.embeddings.AzureOpenAIEmbeddings',
      code: 'from langchain.embeddings import AzureOpenAIEmbeddings\nemb = AzureOpenAIEmbeddings(deployment="ada", openai_api_key=key)\n',
      errors: [{ line: 2, column: 47, endColumn: 65 }],
      output: `from langchain.embeddings import AzureOpenAIEmbeddings\n${IMPORT}\nemb = AzureOpenAIEmbeddings(deployment="ada", azure_ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'flags langchain_community AzureOpenAI (LLM) built without a credential (env fallback)',
      code: 'from langchain_community.llms import AzureOpenAI\nllm = AzureOpenAI(deployment_name="davinci")\n',
      errors: [{ line: 2, column: 7, endColumn: 18, message: 'AZURE_OPENAI_API_KEY (then OPENAI_API_KEY)' }],
      output: `from langchain_community.llms import AzureOpenAI\n${IMPORT}\nllm = AzureOpenAI(deployment_name="davinci", azure_ad_token_provider=${PROVIDER})\n`,
    },
    {
      name: 'flags a hard-coded key as an error',
      code: "import langchain_openai as lco\nllm = lco.AzureChatOpenAI(api_key='9f2c4b7a1e3d5f6a8b0c2d4e6f8a0b1c')\n",
      errors: [{ line: 2, column: 27, endColumn: 69, severity: 'error' }],
    },
  ],
});
