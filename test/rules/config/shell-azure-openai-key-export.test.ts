import { rule } from '../../../rules/config/shell-azure-openai-key-export';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'setup.sh',
  valid: [
    { name: 'endpoint only', code: 'export AZURE_OPENAI_ENDPOINT="https://contoso.openai.azure.com/"\n' },
    { name: 'commented-out export', code: '# export AZURE_OPENAI_API_KEY=abc\n' },
    { name: 'search key', code: 'export AZURE_SEARCH_KEY=abc\n' },
    { name: 'OPENAI_API_KEY without Azure context', code: 'export OPENAI_API_KEY=sk-abc\n' },
    { name: 'keys list is left to AOAI406', code: 'export AZURE_OPENAI_API_KEY=$(az cognitiveservices account keys list -g rg -n aoai --query key1 -o tsv)\n' },
    { name: 'reading the variable is not setting it', code: 'echo "$AZURE_OPENAI_API_KEY"\n' },
  ],
  invalid: [
    {
      name: 'export with a literal',
      code: 'export AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nexport AZURE_OPENAI_API_KEY="abc123"\npython app.py\n',
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 37, severity: 'warning', message: 'AZURE_OPENAI_API_KEY' }],
      output: 'export AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\npython app.py\n',
      fixTitle: /Remove AZURE_OPENAI_API_KEY.*Cognitive Services OpenAI User/,
    },
    {
      name: 'key fetched from Key Vault is info',
      code: 'AOAI_KEY=$(az keyvault secret show --vault-name kv -n aoai --query value -o tsv)\n',
      errors: [{ line: 1, column: 1, severity: 'info', message: 'secret store' }],
      output: '',
    },
    {
      name: 'OPENAI_API_KEY with OPENAI_API_TYPE=azure, trailing comment removed with the line',
      code: 'export OPENAI_API_TYPE=azure\nexport OPENAI_API_KEY=$KEY # legacy\n',
      errors: [{ line: 2, column: 8, severity: 'info' }],
      output: 'export OPENAI_API_TYPE=azure\n',
    },
    {
      name: 'two assignments on one export: reported, no fix',
      code: 'export AZURE_OPENAI_KEY=abc OTHER=1\n',
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 28 }],
      output: null,
    },
    {
      name: 'assignment after && is not alone on its line: no fix',
      code: 'cd app && AZURE_OPENAI_API_KEY=abc python main.py\n',
      errors: [{ line: 1, column: 11 }],
      output: null,
    },
  ],
});
