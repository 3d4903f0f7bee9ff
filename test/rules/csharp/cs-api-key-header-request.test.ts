import { rule } from '../../../rules/csharp/cs-api-key-header-request';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'src/Program.cs',
  valid: [
    {
      name: 'reading the api-key header on the server side is not sending one',
      code: 'if (!Request.Headers.TryGetValue("api-key", out var apiKeyValues)) return AuthenticateResult.Fail("no key");\n',
    },
    {
      name: 'an Azure AI Search key in the api-key header is not Azure OpenAI',
      code: 'var searchKey = Environment.GetEnvironmentVariable("AZURE_SEARCH_KEY");\nclient.DefaultRequestHeaders.Add("api-key", searchKey);\n',
    },
    {
      name: 'a file about Azure AI Search only is not flagged',
      code: 'var http = new HttpClient { BaseAddress = new Uri("https://contoso.search.windows.net") };\nhttp.DefaultRequestHeaders.Add("api-key", key);\n',
    },
    {
      name: 'other headers and other Add calls are not flagged',
      code: 'request.Headers.Add("Ocp-Apim-Subscription-Key", key);\nlist.Add("api-key", key);\nrequest.Headers.Add("x-api-key", key);\n',
    },
  ],
  invalid: [
    {
      name: 'request.Headers.Add with the Azure OpenAI key names the variable it is read from',
      code: [
        'var key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY");',
        'var request = new HttpRequestMessage(HttpMethod.Post, $"{endpoint}/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21");',
        'request.Headers.Add("api-key", key);',
      ].join('\n'),
      errors: [{ line: 3, column: 21, endColumn: 35, severity: 'warning', message: '(read from the environment variable `AZURE_OPENAI_API_KEY`) in a file that calls Azure OpenAI' }],
      output: null,
    },
    {
      name: 'a header pair in a proxy’s upstream header list',
      code: ['using Azure.AI.OpenAI;', 'List<RequestHeader> headers = [new("api-key", deployment.EndpointKey)];'].join('\n'),
      errors: [{ line: 2, column: 36, endColumn: 69, severity: 'warning' }],
    },
    {
      name: 'an indexer assignment on DefaultRequestHeaders to a host the file does not name is info',
      code: 'http.DefaultRequestHeaders["api-key"] = key;\n',
      errors: [{ line: 1, column: 28, endColumn: 44, severity: 'info', message: 'a host the file does not name' }],
    },
    {
      name: 'a hard-coded key is an error and the message redacts it',
      code: 'client.DefaultRequestHeaders.TryAddWithoutValidation("Api-Key", "0123456789abcdef0123456789abcdef");\n',
      errors: [{ line: 1, column: 54, endColumn: 99, severity: 'error', message: /hard-coded key \(0123…\w*/ }],
    },
    {
      name: 'a header for an endpoint setting named as a proxy is the proxy’s credential: info',
      code: [
        'var key = Environment.GetEnvironmentVariable("EVENT_AUTH_TOKEN");',
        'var endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_PROXY_URL") + "/openai/deployments/dall-e-3/images/generations";',
        'request.Headers.Add("api-key", key);',
      ].join('\n'),
      errors: [{ line: 3, column: 21, endColumn: 35, severity: 'info', message: /`EVENT_AUTH_TOKEN`\) to a proxy \(AZURE_OPENAI_PROXY_URL\)/ }],
    },
    {
      name: 'a value named for API Management is a subscription key: info with gateway advice',
      code: 'var apimKey = config["Apim:SubscriptionKey"];\nrequest.Headers.Add("api-key", apimKey); // AzureOpenAI behind APIM\n',
      errors: [{ line: 2, column: 21, endColumn: 39, severity: 'info', message: 'validate-azure-ad-token' }],
    },
  ],
});
