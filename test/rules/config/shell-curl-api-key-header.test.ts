import { rule } from '../../../rules/config/shell-curl-api-key-header';
import { testRule } from '../../helpers/rule-tester';

const URL = '"$AZURE_OPENAI_ENDPOINT/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21"';
const AUTH = '"Authorization: Bearer $(az account get-access-token --scope https://cognitiveservices.azure.com/.default --query accessToken -o tsv)"';

testRule(rule, {
  path: 'scripts/chat.sh',
  valid: [
    { name: 'a subscription-key header to a URL that names no AI service', code: 'url="https://gw.contoso.example/orders"\ncurl "$url" -H "Ocp-Apim-Subscription-Key: $K"\n' },
    { name: 'a header variable that holds no key', code: 'ct="Content-Type: application/json"\ncurl "https://contoso.openai.azure.com/openai/deployments/d/chat/completions?api-version=1" -H "$ct"\n' },
    { name: 'already sends a bearer token', code: `curl ${URL} -H ${AUTH}\n` },
    { name: 'commented-out curl', code: `# curl ${URL} -H "api-key: $KEY"\n` },
    { name: 'Azure AI Search query', code: 'curl "https://s.search.windows.net/indexes/i/docs?api-version=2024-07-01" -H "api-key: $AZURE_SEARCH_KEY"\n' },
    { name: 'non-Azure API', code: 'curl https://api.example.com -H "api-key: $KEY"\n' },
    { name: 'api-key in a here-document body', code: `cat <<EOF > req.txt\ncurl ${URL} -H "api-key: x"\nEOF\n` },
    { name: 'echo is not a request', code: `echo "-H api-key: $KEY" ${URL}\n` },
  ],
  invalid: [
    {
      name: 'gateway key header built in a variable, URL built from the AOAI path: reported on the variable line',
      code: 'base="gw_url"\nurl="${base}/deployments/${dep}/chat/completions?api-version=${ver}"\nkey="Ocp-Apim-Subscription-Key: ${sub}"\n\ncurl "${url}" -H "Content-Type: application/json" -H "${key}" -d "{}"\n',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 40, severity: 'info', message: 'API Management subscription key' }],
      output: null,
    },
    {
      name: 'api-key header built in a variable, sent to an Azure OpenAI endpoint',
      code: 'hdr="api-key: $AZURE_OPENAI_API_KEY"\ncurl "https://contoso.openai.azure.com/openai/deployments/d/chat/completions?api-version=1" -H "$hdr"\n',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 37, severity: 'warning', message: 'built in a variable' }],
      output: null,
    },
    {
      name: 'Ocp-Apim-Subscription-Key inline to an APIM gateway in front of Azure OpenAI',
      code: 'curl "https://gw.azure-api.net/openai/deployments/d/chat/completions?api-version=1" -H "Ocp-Apim-Subscription-Key: $K"\n',
      errors: [{ line: 1, column: 88, endLine: 1, endColumn: 119, severity: 'info', message: 'a gateway key is still key auth' }],
      output: null,
    },
    {
      name: 'multi-line curl with continuations',
      code: `curl ${URL} \\\n  -H "Content-Type: application/json" \\\n  -H "api-key: $AZURE_OPENAI_API_KEY" \\\n  -d @body.json\n`,
      errors: [{ line: 3, column: 6, endLine: 3, endColumn: 38, severity: 'warning', message: 'api-key header' }],
      output: `curl ${URL} \\\n  -H "Content-Type: application/json" \\\n  -H ${AUTH} \\\n  -d @body.json\n`,
      fixTitle: /az login.*Cognitive Services OpenAI User/,
    },
    {
      name: 'single-quoted --header becomes double-quoted so $(...) expands',
      code: "curl -s https://contoso.openai.azure.com/openai/v1/models --header 'Api-Key: abc'\n",
      errors: [{ line: 1, column: 68, endLine: 1, endColumn: 82 }],
      output: `curl -s https://contoso.openai.azure.com/openai/v1/models --header ${AUTH}\n`,
    },
    {
      name: 'attached -H form',
      code: 'curl https://contoso.cognitiveservices.azure.com/openai/v1/models -H"api-key: $K"\n',
      errors: [{ line: 1, column: 67 }],
      output: `curl https://contoso.cognitiveservices.azure.com/openai/v1/models -H${AUTH}\n`,
    },
    {
      name: 'wget --header=',
      code: 'wget --header="api-key: $K" https://contoso.openai.azure.com/openai/v1/models\n',
      errors: [{ line: 1, column: 6 }],
      output: `wget --header=${AUTH} https://contoso.openai.azure.com/openai/v1/models\n`,
    },
    {
      name: 'APIM gateway is info without a fix',
      code: 'curl https://contoso.azure-api.net/openai/deployments/gpt/chat/completions -H "api-key: $APIM_KEY"\n',
      errors: [{ line: 1, column: 79, severity: 'info', message: 'API Management' }],
      output: null,
    },
  ],
});

testRule(rule, {
  path: 'v1.sh',
  tokenScope: 'https://ai.azure.com/.default',
  valid: [],
  invalid: [
    {
      name: 'the configured token scope is written',
      code: 'curl https://contoso.openai.azure.com/openai/v1/models -H "api-key: $K"\n',
      errors: [{ line: 1, column: 59 }],
      output: 'curl https://contoso.openai.azure.com/openai/v1/models -H "Authorization: Bearer $(az account get-access-token --scope https://ai.azure.com/.default --query accessToken -o tsv)"\n',
    },
  ],
});
