import { rule } from '../../../rules/config/env-azure-openai-key-setting';
import { testRule } from '../../helpers/rule-tester';

const TITLE = /Remove .*DefaultAzureCredential.*Cognitive Services OpenAI User/;

testRule(rule, {
  path: '.env',
  valid: [
    { name: 'endpoint and deployment only', code: 'AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nAZURE_OPENAI_DEPLOYMENT=gpt-4o\n' },
    { name: 'commented-out key line', code: '# AZURE_OPENAI_API_KEY=abc\nAZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n' },
    { name: 'Azure AI Search key is a different service', code: 'AZURE_SEARCH_KEY=abc\nAZURE_SEARCH_ENDPOINT=https://s.search.windows.net\n' },
    { name: 'OPENAI_API_KEY without any Azure context', code: 'OPENAI_API_KEY=sk-proj-abc\nOPENAI_MODEL=gpt-4o\n' },
    { name: 'OPENAI_API_KEY holding an Entra token (api type azure_ad)', code: 'OPENAI_API_TYPE=azure_ad\nOPENAI_API_BASE=https://contoso.openai.azure.com/\nOPENAI_API_KEY=$TOKEN\n' },
    { name: 'static Entra token variable', code: 'AZURE_OPENAI_AD_TOKEN=abc\n' },
    { name: 'connection string without a key', code: 'ConnectionStrings__openai=Endpoint=https://contoso.openai.azure.com/\n' },
    { name: 'suppressed with a directive comment', code: '# aoai-lint-disable-next-line AOAI401 -- local emulator only\nAZURE_OPENAI_API_KEY=abc\n' },
    { name: 'key vault name is not a key', code: 'AZURE_KEY_VAULT_NAME=kv-contoso\n' },
  ],
  invalid: [
    {
      name: 'literal key is a warning and the fix removes the line',
      code: 'AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nAZURE_OPENAI_API_KEY=abc123\nAZURE_OPENAI_DEPLOYMENT=gpt-4o\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 28, severity: 'warning', message: 'AZURE_OPENAI_API_KEY' }],
      output: 'AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nAZURE_OPENAI_DEPLOYMENT=gpt-4o\n',
      fixTitle: /openai SDKs and LangChain read it implicitly/,
    },
    {
      name: 'export prefix, double quotes and an inline comment',
      code: 'export AZURE_OPENAI_KEY="abc123" # from the portal\nexport AZURE_OPENAI_ENDPOINT="https://contoso.openai.azure.com/"\n',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 33, severity: 'warning' }],
      output: 'export AZURE_OPENAI_ENDPOINT="https://contoso.openai.azure.com/"\n',
      fixTitle: TITLE,
    },
    {
      name: 'empty value in a template is info',
      path: '.env.sample',
      code: 'AZURE_OPENAI_ENDPOINT=\nAZURE_OPENAI_API_KEY=\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 22, severity: 'info', message: 'empty or a placeholder' }],
      output: 'AZURE_OPENAI_ENDPOINT=\n',
    },
    {
      name: 'placeholder value is info',
      path: 'app/.env.example',
      code: "AOAI_KEY='<your-key>'\n",
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 22, severity: 'info' }],
      output: '',
    },
    {
      name: 'variable reference is info',
      path: 'prod.env',
      code: 'AZURE_OPENAI_API_KEY=${AOAI_SECRET}\n',
      errors: [{ line: 1, column: 1, severity: 'info', message: 'secret store' }],
      output: '',
    },
    {
      name: 'OPENAI_API_KEY with OPENAI_API_TYPE=azure',
      code: 'OPENAI_API_TYPE=azure\nOPENAI_API_BASE=https://contoso.openai.azure.com/\nOPENAI_API_KEY=abc\n',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 19, severity: 'warning' }],
      output: 'OPENAI_API_TYPE=azure\nOPENAI_API_BASE=https://contoso.openai.azure.com/\n',
      fixTitle: /openai<1 and LangChain fall back to it/,
    },
    {
      name: 'OPENAI_API_KEY beside an Azure endpoint setting',
      code: 'OPENAI_API_KEY=abc\nOPENAI_BASE_URL=https://contoso.openai.azure.com/openai/v1/\n',
      errors: [{ line: 1, column: 1, severity: 'warning' }],
      output: 'OPENAI_BASE_URL=https://contoso.openai.azure.com/openai/v1/\n',
    },
    {
      name: 'OPENAI_API_KEY beside an Azure endpoint that does not say the openai settings are Azure may be a public OpenAI key: display-only',
      code: 'OPENAI_API_KEY=abc\nAZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n',
      errors: [{ line: 1, column: 1 }],
      fixTitle: /it may be a public OpenAI key/,
      output: null,
    },
    {
      name: 'a setting that code in the workspace still reads is not removed automatically; the title names the file',
      path: 'app/.env',
      code: 'AZURE_OPENAI_API_KEY=abc\n',
      files: { 'app/src/main.py': 'import os\nkey = os.environ["AZURE_OPENAI_API_KEY"]\n', 'app/README.md': 'AZURE_OPENAI_API_KEY' },
      errors: [{ line: 1, column: 1 }],
      fixTitle: /after switching the code that reads it \(src\/main\.py\) to DefaultAzureCredential/,
      output: null,
    },
    {
      name: 'multi-line quoted value is removed whole',
      code: 'AZURE_OPENAI_API_KEY="abc\ndef"\nNEXT=1\n',
      errors: [{ line: 1, column: 1, endLine: 2, endColumn: 5 }],
      output: 'NEXT=1\n',
    },
    {
      name: 'CRLF file keeps its line ends',
      code: 'A=1\r\nAZURE_AI_API_KEY=abc\r\nB=2\r\n',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 21 }],
      output: 'A=1\r\nB=2\r\n',
    },
    {
      name: 'Aspire connection string from the environment: only Key= goes',
      code: 'ConnectionStrings__openai="Endpoint=https://contoso.openai.azure.com/;Key=abc123"\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 82, severity: 'warning', message: 'carries an Azure OpenAI key' }],
      output: 'ConnectionStrings__openai="Endpoint=https://contoso.openai.azure.com/"\n',
      fixTitle: /Remove Key=/,
    },
    {
      name: 'last line without a newline',
      code: 'A=1\nAZURE_OPENAI_API_KEY=abc',
      errors: [{ line: 2, column: 1 }],
      output: 'A=1\n',
    },
  ],
});
