/**
 * AOAI301 on shapes found on real repositories: the message names where the key comes from,
 * API Management and proxy keys are the gateway's (info, no auth-switch fix), and a target-typed
 * `new(...)` assigned to a field is a client construction too. Minimal reproductions written for this suite.
 */
import { rule } from '../../../rules/csharp/cs-key-credential-client';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'src/Program.cs',
  valid: [
    {
      name: 'a target-typed new assigned to a field of a non-client type is not a client',
      code: ['class C {', '    private readonly Dictionary<string, AzureKeyCredential> _keys;', '    C() { _keys = new(); }', '}'].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'names the environment variable the key comes from through a local ApiKeyCredential',
      code: [
        'var apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY") ?? throw new InvalidOperationException("AZURE_OPENAI_API_KEY is required");',
        'var credential = new ApiKeyCredential(apiKey);',
        'var options = new OpenAIClientOptions { Endpoint = new Uri("https://contoso.openai.azure.com/openai/v1/") };',
        'var client = new ResponsesClient(credential, options);',
      ].join('\n'),
      errors: [{ line: 4, column: 34, endColumn: 44, severity: 'warning', message: '`credential` (an `ApiKeyCredential`) holding the key from the environment variable `AZURE_OPENAI_API_KEY`:' }],
    },
    {
      name: 'names the configuration key a client-factory registration gets its key from',
      code: [
        'services.AddAzureClients(factory =>',
        '{',
        '    var apiKey = config["AzureOpenAI:ApiKey"];',
        '    factory.AddOpenAIClient(new Uri(endpoint), new AzureKeyCredential(apiKey));',
        '});',
      ].join('\n'),
      errors: [{ line: 4, column: 48, endColumn: 78, message: 'an `AzureKeyCredential` holding the key from configuration `AzureOpenAI:ApiKey`:' }],
    },
    {
      name: 'a key sent to an APIM gateway host is a subscription key: info with gateway advice and no fix',
      code: 'var client = new AzureOpenAIClient(new Uri("https://contoso.azure-api.net/"), new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!));\n',
      errors: [{ line: 1, column: 79, endColumn: 162, severity: 'info', message: /API Management subscription key \(\*\.azure-api\.net\).*validate-azure-ad-token/ }],
      output: null,
    },
    {
      name: 'a key whose setting names APIM is a subscription key: info, no fix',
      code: 'var client = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(config["AzureOpenAI:ApimSubscriptionKey"]!));\n',
      errors: [{ line: 1, column: 55, endColumn: 121, severity: 'info', message: 'AzureOpenAI:ApimSubscriptionKey' }],
      output: null,
    },
    {
      name: 'a variable called subscriptionKey holding the account key setting is still account key auth',
      code: 'var subscriptionKey = config["AzureOpenAI:ApiKey"];\nvar client = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(subscriptionKey));\n',
      errors: [{ line: 2, column: 55, endColumn: 94, severity: 'warning', message: 'configuration `AzureOpenAI:ApiKey`' }],
    },
    {
      name: 'a key for an endpoint named as a proxy is the proxy’s credential: info, no fix',
      code: [
        'string? key = Environment.GetEnvironmentVariable("EVENT_AUTH_TOKEN");',
        'string? endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_PROXY_URL");',
        'var client = new OpenAIClient(new Uri(endpoint + "/api/v1"), new Azure.AzureKeyCredential(key));',
      ].join('\n'),
      errors: [{ line: 3, column: 62, endColumn: 95, severity: 'info', message: /for a proxy \(AZURE_OPENAI_PROXY_URL\)/ }],
      output: null,
    },
    {
      name: 'a target-typed new assigned to a client field is flagged',
      code: [
        'using Azure;',
        'using Azure.AI.OpenAI;',
        '',
        'class Chat',
        '{',
        '    private readonly OpenAIClient _client;',
        '    public Chat(string endpoint, string key)',
        '    {',
        '        _client = new(new Uri(endpoint), new AzureKeyCredential(key));',
        '    }',
        '}',
      ].join('\n'),
      errors: [{ line: 9, column: 42, endColumn: 69, severity: 'warning', message: '`OpenAIClient` authenticates with an `AzureKeyCredential`' }],
      output: [
        'using Azure;',
        'using Azure.AI.OpenAI;',
        'using Azure.Identity;',
        '',
        'class Chat',
        '{',
        '    private readonly OpenAIClient _client;',
        '    public Chat(string endpoint, string key)',
        '    {',
        '        _client = new(new Uri(endpoint), new DefaultAzureCredential());',
        '    }',
        '}',
      ].join('\n'),
    },
  ],
});
