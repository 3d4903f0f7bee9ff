import { rule as curlRule } from '../../../rules/config/shell-curl-api-key-header';
import { rule as exportRule } from '../../../rules/config/shell-azure-openai-key-export';
import { rule as keysListRule } from '../../../rules/config/shell-cognitiveservices-keys-list';
import { yamlShellEmbedder } from '../../../rules/config/yaml-shell-embedder';
import { testRule } from '../../helpers/rule-tester';

const AUTH = '"Authorization: Bearer $(az account get-access-token --scope https://cognitiveservices.azure.com/.default --query accessToken -o tsv)"';

testRule(curlRule, {
  path: '.github/workflows/smoke.yml',
  embedders: [yamlShellEmbedder],
  valid: [
    { name: 'pwsh step is not shell', code: 'steps:\n  - shell: pwsh\n    run: |\n      curl https://contoso.openai.azure.com/openai/v1/models -H "api-key: $env:K"\n' },
    { name: 'folded scalar is skipped (lines are joined)', code: 'steps:\n  - run: >\n      curl https://contoso.openai.azure.com/openai/v1/models -H "api-key: $K"\n' },
  ],
  invalid: [
    {
      name: 'curl in a GitHub Actions run block, fixed in place',
      code: 'jobs:\n  smoke:\n    steps:\n      - run: |\n          curl "$ENDPOINT/openai/deployments/gpt/chat/completions?api-version=2024-10-21" \\\n            -H "api-key: ${{ secrets.AOAI_KEY }}" \\\n            -d @body.json\n',
      errors: [{ line: 6, column: 16, endLine: 6, endColumn: 50 }],
      output: `jobs:\n  smoke:\n    steps:\n      - run: |\n          curl "$ENDPOINT/openai/deployments/gpt/chat/completions?api-version=2024-10-21" \\\n            -H ${AUTH} \\\n            -d @body.json\n`,
    },
    {
      name: 'one-line plain run: the fix keeps the scalar valid YAML (no ": ")',
      code: 'steps:\n  - run: curl https://contoso.openai.azure.com/openai/v1/models -H api-key:$K\n',
      errors: [{ line: 2, column: 68, endLine: 2, endColumn: 78 }],
      output: `steps:\n  - run: curl https://contoso.openai.azure.com/openai/v1/models -H ${AUTH.replace(': ', ':')}\n`,
    },
  ],
});

testRule(exportRule, {
  path: 'azure.yaml',
  embedders: [yamlShellEmbedder],
  valid: [],
  invalid: [
    {
      name: 'azd hook exporting a key: the line goes, CRLF and indentation kept',
      code: 'hooks:\r\n  postprovision:\r\n    shell: sh\r\n    run: |\r\n      export AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\r\n      export AZURE_OPENAI_API_KEY=abc\r\n      echo done\r\n',
      errors: [{ line: 6, column: 14 }],
      output: 'hooks:\r\n  postprovision:\r\n    shell: sh\r\n    run: |\r\n      export AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\r\n      echo done\r\n',
    },
    {
      name: 'last line of the block',
      code: 'steps:\n  - run: |\n      echo start\n      export AOAI_KEY=abc\nnext: 1\n',
      errors: [{ line: 4, column: 14 }],
      output: 'steps:\n  - run: |\n      echo start\nnext: 1\n',
    },
  ],
});

testRule(keysListRule, {
  path: 'azure-pipelines.yml',
  embedders: [yamlShellEmbedder],
  valid: [{ name: 'PowerShell AzureCLI task', code: 'steps:\n  - task: AzureCLI@2\n    inputs:\n      scriptType: pscore\n      inlineScript: |\n        $k = az cognitiveservices account keys list -g rg -n aoai\n' }],
  invalid: [
    {
      name: 'AzureCLI@2 bash inline script',
      code: 'steps:\n  - task: AzureCLI@2\n    inputs:\n      scriptType: bash\n      inlineScript: |\n        KEY=$(az cognitiveservices account keys list -g rg -n aoai --query key1 -o tsv)\n',
      errors: [{ line: 6, column: 15, endLine: 6, endColumn: 53 }],
    },
  ],
});
