import { rule } from '../../../rules/config/shell-cognitiveservices-keys-list';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'deploy.sh',
  valid: [
    { name: 'token instead of key', code: 'TOKEN=$(az account get-access-token --scope https://cognitiveservices.azure.com/.default --query accessToken -o tsv)\n' },
    { name: 'commented out', code: '# KEY=$(az cognitiveservices account keys list -g rg -n aoai --query key1 -o tsv)\n' },
    { name: 'account show is fine', code: 'az cognitiveservices account show -g rg -n aoai\n' },
    { name: 'in a here-document', code: 'cat <<EOF\naz cognitiveservices account keys list -g rg -n aoai\nEOF\n' },
  ],
  invalid: [
    {
      name: 'key captured into a variable',
      code: 'KEY=$(az cognitiveservices account keys list -g rg -n aoai --query key1 -o tsv)\n',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 45, severity: 'warning', message: 'fetches the Azure OpenAI account key' }],
      output: null,
    },
    {
      name: 'split over continuation lines',
      code: 'az cognitiveservices account \\\n  keys list \\\n  --name aoai -g rg\n',
      errors: [{ line: 1, column: 1, endLine: 2, endColumn: 12 }],
    },
  ],
});
