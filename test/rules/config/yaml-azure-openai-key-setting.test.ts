import { rule } from '../../../rules/config/yaml-azure-openai-key-setting';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'docker-compose.yml',
  valid: [
    { name: 'endpoint only', code: 'services:\n  api:\n    environment:\n      AZURE_OPENAI_ENDPOINT: https://contoso.openai.azure.com/\n' },
    { name: 'commented-out key', code: 'services:\n  api:\n    environment:\n      # - AZURE_OPENAI_API_KEY=${KEY}\n      - AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\n' },
    { name: 'GitHub Actions secret-store references are clean', path: '.github/workflows/ci.yml', code: 'env:\n  AZURE_OPENAI_API_KEY: ${{ secrets.AZURE_OPENAI_API_KEY }}\n  OPENAI_API_TYPE: azure\n  OPENAI_API_KEY: ${{ secrets.AOAI_KEY }}\n' },
    { name: 'Kubernetes secretKeyRef is clean', path: 'k8s/deployment.yaml', code: 'env:\n  - name: AZURE_OPENAI_KEY\n    valueFrom:\n      secretKeyRef:\n        name: aoai\n        key: key\n' },
    { name: 'api_key beside an AI Search endpoint', code: 'search:\n  endpoint: https://s.search.windows.net\n  api_key: abc\n' },
    { name: 'api_key with no endpoint beside it, Azure endpoint elsewhere', code: 'openai:\n  endpoint: https://a.openai.azure.com/\nweather:\n  api_key: abc\n' },
    { name: 'Helm template without keys parses without findings', path: 'charts/app/templates/deploy.yaml', code: '{{- if .Values.enabled }}\nspec:\n  replicas: {{ .Values.replicas }}\n  template:\n    {{- toYaml .Values.pod | nindent 4 }}\n{{- end }}\n' },
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
      name: 'GitHub Actions env with a literal next to a secret-store reference: only the literal',
      path: '.github/workflows/ci.yml',
      code: 'jobs:\n  test:\n    env:\n      AZURE_OPENAI_API_KEY: ${{ secrets.AZURE_OPENAI_API_KEY }}\n    steps:\n      - run: pytest\n        env:\n          OPENAI_API_KEY: abc123\n          OPENAI_API_TYPE: azure\n',
      errors: [{ line: 8, column: 11, endLine: 8, endColumn: 33, severity: 'warning' }],
      output: 'jobs:\n  test:\n    env:\n      AZURE_OPENAI_API_KEY: ${{ secrets.AZURE_OPENAI_API_KEY }}\n    steps:\n      - run: pytest\n        env:\n          OPENAI_API_TYPE: azure\n',
    },
    {
      name: 'proxy config: api_key beside an Azure OpenAI endpoint in each list item',
      path: 'config/config.example.yaml',
      code: 'deployments:\n  - name: "a"\n    endpoint: "https://a.openai.azure.com/"\n    api_key: "00000"\n  - name: "b"\n    endpoint: "https://b.openai.azure.com/"\n    key: "literal-value"\n',
      errors: [
        { line: 4, column: 5, endLine: 4, endColumn: 21, severity: 'info', message: 'api_key' },
        { line: 7, column: 5, endLine: 7, endColumn: 25, severity: 'warning', message: 'key' },
      ],
      output: 'deployments:\n  - name: "a"\n    endpoint: "https://a.openai.azure.com/"\n  - name: "b"\n    endpoint: "https://b.openai.azure.com/"\n',
    },
    {
      name: 'apiKey beside an APIM gateway URL is a gateway key',
      path: 'values.yaml',
      code: 'llm:\n  baseUrl: https://gw.azure-api.net/openai\n  apiKey: ""\n',
      errors: [{ line: 3, column: 3, endLine: 3, endColumn: 13, severity: 'info', message: 'API Management subscription key' }],
      output: 'llm:\n  baseUrl: https://gw.azure-api.net/openai\n',
    },
    {
      name: 'Helm template: Secret data under template control flow and comments',
      path: 'charts/app/templates/secret.yaml',
      code: '{{- if not .Values.useWorkloadIdentity }}\napiVersion: v1\nkind: Secret\n{{- /*\nkey auth only\n*/}}\ndata:\n  AZURE_OPENAI_API_KEY: "{{ .Values.openAiKey | b64enc }}"\n  OPENAI_API_KEY: {{ .Values.openAiKey | b64enc }}\n{{- end }}\n',
      errors: [
        { line: 8, column: 3, endLine: 8, endColumn: 59, severity: 'info', message: 'AZURE_OPENAI_API_KEY' },
        { line: 9, column: 3, endLine: 9, endColumn: 51, severity: 'info', message: 'OPENAI_API_KEY' },
      ],
      // Once AZURE_OPENAI_API_KEY is gone, nothing says OPENAI_API_KEY is Azure's: the fixer stops there.
      output: '{{- if not .Values.useWorkloadIdentity }}\napiVersion: v1\nkind: Secret\n{{- /*\nkey auth only\n*/}}\ndata:\n  OPENAI_API_KEY: {{ .Values.openAiKey | b64enc }}\n{{- end }}\n',
    },
    {
      name: 'Kubernetes env value literal; the whole item goes',
      path: 'k8s/deployment.yaml',
      code: 'spec:\n  containers:\n    - name: api\n      env:\n        - name: AZURE_OPENAI_API_KEY\n          value: "abc123"\n        - name: PORT\n          value: "80"\n',
      errors: [{ line: 5, column: 11, endLine: 6, endColumn: 26, severity: 'warning' }],
      output: 'spec:\n  containers:\n    - name: api\n      env:\n        - name: PORT\n          value: "80"\n',
    },
    {
      name: 'Kubernetes configMapKeyRef is info; the emptied env becomes []',
      path: 'k8s/deployment.yaml',
      code: 'env:\n  - name: AZURE_OPENAI_KEY\n    valueFrom:\n      configMapKeyRef:\n        name: aoai\n        key: key\n',
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
