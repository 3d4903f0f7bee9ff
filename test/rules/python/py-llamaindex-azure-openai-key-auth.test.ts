import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/python/py-llamaindex-azure-openai-key-auth';

const PROVIDER = 'get_bearer_token_provider(DefaultAzureCredential(), "https://cognitiveservices.azure.com/.default")';
const IMPORT = 'from azure.identity import DefaultAzureCredential, get_bearer_token_provider';

testRule(rule, {
  path: 'index.py',
  valid: [
    { name: 'use_azure_ad=True puts a token into api_key', code: 'from llama_index.llms.azure_openai import AzureOpenAI\nllm = AzureOpenAI(engine="gpt", use_azure_ad=True, api_key=token)\n' },
    { name: 'azure_ad_token_provider passed', code: 'from llama_index.embeddings.azure_openai import AzureOpenAIEmbedding\nemb = AzureOpenAIEmbedding(deployment_name="ada", azure_ad_token_provider=tp, use_azure_ad=True)\n' },
    { name: 'openai AzureOpenAI is not LlamaIndex', code: 'from openai import AzureOpenAI\nc = AzureOpenAI(api_key=key)\n' },
  ],
  invalid: [
    {
      name: 'flags api_key= and adds use_azure_ad=True, one per line',
      code: `from llama_index.llms.azure_openai import AzureOpenAI

llm = AzureOpenAI(
    engine="gpt-4o",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
    azure_endpoint=endpoint,
)
`,
      errors: [{ line: 5, column: 5, endColumn: 47 }],
      output: `from llama_index.llms.azure_openai import AzureOpenAI
${IMPORT}

llm = AzureOpenAI(
    engine="gpt-4o",
    azure_ad_token_provider=${PROVIDER},
    use_azure_ad=True,
    azure_endpoint=endpoint,
)
`,
    },
    {
      name: 'use_azure_ad=False is key auth; the fix flips it instead of duplicating the keyword',
      code: 'from llama_index.llms.azure_openai import AzureOpenAI\nllm = AzureOpenAI(engine="gpt", api_key=key, use_azure_ad=False)\n',
      errors: [{ line: 2, column: 33, endColumn: 44 }],
      output: `from llama_index.llms.azure_openai import AzureOpenAI\n${IMPORT}\nllm = AzureOpenAI(engine="gpt", azure_ad_token_provider=${PROVIDER}, use_azure_ad=True)\n`,
    },
    {
      name: 'flags an embedding model built without a credential',
      code: 'from llama_index.embeddings.azure_openai import AzureOpenAIEmbedding\nemb = AzureOpenAIEmbedding(deployment_name="ada")\n',
      errors: [{ line: 2, column: 7, endColumn: 27, message: 'AZURE_OPENAI_API_KEY' }],
      output: `from llama_index.embeddings.azure_openai import AzureOpenAIEmbedding\n${IMPORT}\nemb = AzureOpenAIEmbedding(deployment_name="ada", azure_ad_token_provider=${PROVIDER}, use_azure_ad=True)\n`,
    },
  ],
});
