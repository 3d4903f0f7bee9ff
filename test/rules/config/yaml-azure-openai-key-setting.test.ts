import { rule } from '../../../rules/config/yaml-azure-openai-key-setting';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'docker-compose.yml',
  valid: [
    { name: 'endpoint only', code: 'services:\n  api:\n    environment:\n      AZURE_OPENAI_ENDPOINT: https://contoso.openai.azure.com/\n' },
    { name: 'commented-out key', code: 'services:\n  api:\n    environment:\n      # - AZURE_OPENAI_API_KEY=${KEY}\n      - AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n' },
    { name: 'search key', code: 'env:\n  AZURE_SEARCH_KEY: ${{ secrets.SEARCH_KEY }}\n' },
    { name: 'OPENAI_API_KEY without Azure context', code: 'env:\n  OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}\n' },
    { name: 'key vault name', code: 'env:\n  AZURE_KEY_VAULT_NAME: kv\n' },
    { name: 'invalid YAML does not throw', code: 'a: [\n b: c: d\n' },
  ],
  invalid: [
    {
      name: 'Compose list form with a host variable is info; the item line goes',
      code: 'services:\n  api:\n    environment:\n      - AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n      - AZURE_OPENAI_API_KEY=${AZURE_OPENAI_API_KEY}\n',
      errors: [{ line: 5, column: 9, endLine: 5, endColumn: 53, severity: 'info', message: 'secret store' }],
      output: 'services:\n  api:\n    environment:\n      - AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n',
      fixTitle: /Remove AZURE_OPENAI_API_KEY.*Cognitive Services OpenAI User/,
    },
    {
      name: 'Compose map form with a literal is a warning',
      code: 'services:\n  api:\n    environment:\n      AZURE_OPENAI_API_KEY: "abc123" # dev\n      LOG_LEVEL: info\n',
      errors: [{ line: 4, column: 7, endLine: 4, endColumn: 37, severity: 'warning' }],
      output: 'services:\n  api:\n    environment:\n      LOG_LEVEL: info\n',
    },
    {
      name: 'GitHub Actions env at job and step level',
      path: '.github/workflows/ci.yml',
      code: 'jobs:\n  test:\n    env:\n      AZURE_OPENAI_API_KEY: ${{ secrets.AZURE_OPENAI_API_KEY }}\n    steps:\n      - run: pytest\n        env:\n          OPENAI_API_KEY: ${{ secrets.AOAI_KEY }}\n          OPENAI_API_TYPE: azure\n',
      errors: [
        { line: 4, column: 7, severity: 'info' },
        { line: 8, column: 11, endLine: 8, endColumn: 50, severity: 'info' },
      ],
      output: 'jobs:\n  test:\n    env: {}\n    steps:\n      - run: pytest\n        env:\n          OPENAI_API_TYPE: azure\n',
    },
    {
      name: 'Kubernetes env value literal; the whole item goes',
      path: 'k8s/deployment.yaml',
      code: 'spec:\n  containers:\n    - name: api\n      env:\n        - name: AZURE_OPENAI_API_KEY\n          value: "abc123"\n        - name: PORT\n          value: "80"\n',
      errors: [{ line: 5, column: 11, endLine: 6, endColumn: 26, severity: 'warning' }],
      output: 'spec:\n  containers:\n    - name: api\n      env:\n        - name: PORT\n          value: "80"\n',
    },
    {
      name: 'Kubernetes secretKeyRef is info; the emptied env becomes []',
      path: 'k8s/deployment.yaml',
      code: 'env:\n  - name: AZURE_OPENAI_KEY\n    valueFrom:\n      secretKeyRef:\n        name: aoai\n        key: key\n',
      errors: [{ line: 2, column: 5, endLine: 6, endColumn: 17, severity: 'info' }],
      output: 'env: []\n',
    },
    {
      name: 'Kubernetes Secret data',
      path: 'k8s/secret.yaml',
      code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: aoai\ndata:\n  AZURE_OPENAI_API_KEY: YWJjMTIz\n',
      errors: [{ line: 6, column: 3, severity: 'warning' }],
      output: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: aoai\ndata: {}\n',
    },
    {
      name: 'Helm values nested under azureOpenAI',
      path: 'charts/app/values.yaml',
      code: 'azureOpenAI:\n  endpoint: https://contoso.openai.azure.com/\n  apiKey: ""\n',
      errors: [{ line: 3, column: 3, endLine: 3, endColumn: 13, severity: 'info', message: 'azureOpenAI.apiKey' }],
      output: 'azureOpenAI:\n  endpoint: https://contoso.openai.azure.com/\n',
    },
    {
      name: 'Azure Pipelines variables name/value',
      path: 'azure-pipelines.yml',
      code: 'variables:\n  - name: AOAI_API_KEY\n    value: $(aoaiKey)\n',
      errors: [{ line: 2, column: 5, severity: 'info' }],
      output: 'variables: []\n',
    },
    {
      name: 'flow mapping: reported without a fix',
      code: 'env: {AZURE_OPENAI_API_KEY: abc, X: 1}\n',
      errors: [{ line: 1, column: 7, endLine: 1, endColumn: 32 }],
      output: null,
    },
    {
      name: 'second document of a stream, CRLF kept',
      path: 'all.yaml',
      code: 'a: 1\r\n---\r\nenv:\r\n  AZURE_AI_API_KEY: abc\r\n  B: 2\r\n',
      errors: [{ line: 4, column: 3 }],
      output: 'a: 1\r\n---\r\nenv:\r\n  B: 2\r\n',
    },
  ],
});
