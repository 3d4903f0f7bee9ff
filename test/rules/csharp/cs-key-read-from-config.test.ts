import { rule } from '../../../rules/csharp/cs-key-read-from-config';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'src/Program.cs',
  valid: [
    {
      name: 'endpoint and deployment settings are not keys',
      code: 'var endpoint = config["AzureOpenAI:Endpoint"];\nvar deployment = Environment.GetEnvironmentVariable("AZURE_OPENAI_DEPLOYMENT");\nvar v = configuration.GetValue<string>("AzureOpenAI:ApiVersion");\n',
    },
    {
      name: 'keys of other services (OpenAI, Search)',
      code: 'var k1 = Environment.GetEnvironmentVariable("OPENAI_API_KEY");\nvar k2 = config["AzureSearch:ApiKey"];\nvar k3 = config.GetSection("Stripe")["ApiKey"];\n',
    },
    {
      name: 'key names inside comments and plain strings',
      code: '// Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")\nConsole.WriteLine("set AzureOpenAI:ApiKey with dotnet user-secrets");\n',
    },
    {
      name: 'GetEnvironmentVariable on something other than Environment',
      code: 'var k = fake.GetEnvironmentVariable("AZURE_OPENAI_API_KEY");\n',
    },
    {
      name: 'a read inside the key credential AOAI301 reports is not reported twice',
      code: 'var client = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!));\n',
    },
    {
      name: 'a read in the initializer of a credential variable AOAI301 reports',
      code: 'var credential = new AzureKeyCredential(config["AzureOpenAI:ApiKey"]!);\nvar client = new AzureOpenAIClient(endpoint, credential);\n',
    },
    {
      name: 'a read stored in a local and later wrapped in a credential is left to AOAI301 (one key, one finding)',
      code: 'var key = config["AzureOpenAI:ApiKey"]!;\nvar client = new AzureOpenAIClient(endpoint, new AzureKeyCredential(key));\n',
    },
    {
      name: 'an env read that flows through a local ApiKeyCredential variable into a v1 client is left to AOAI301',
      code: [
        'var endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT") ?? throw new InvalidOperationException("AZURE_OPENAI_ENDPOINT is required");',
        'var apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY") ?? throw new InvalidOperationException("AZURE_OPENAI_API_KEY is required");',
        'var credential = new ApiKeyCredential(apiKey);',
        'var options = new OpenAIClientOptions { Endpoint = new Uri($"{endpoint.TrimEnd(\'/\')}/openai/v1/") };',
        'var responses = new ResponsesClient(credential, options);',
      ].join('\n'),
    },
    {
      name: 'a config read in a lambda local that feeds a client-factory registration is left to AOAI301',
      code: [
        'services.AddAzureClients(factory =>',
        '{',
        '    var apiKey = config["AzureOpenAI:ApiKey"];',
        '    factory.AddOpenAIClient(new Uri(endpoint), new AzureKeyCredential(apiKey));',
        '});',
      ].join('\n'),
    },
    {
      name: 'a read stored in a local that feeds a Semantic Kernel key argument is left to AOAI302',
      code: 'var key = config["AzureOpenAI:ApiKey"]!;\nbuilder.AddAzureOpenAIChatCompletion("gpt-4o", endpoint, key);\n',
    },
    {
      name: 'a read inside the Semantic Kernel key argument AOAI302 reports',
      code: 'builder.AddAzureOpenAIChatCompletion("gpt-4o", endpoint, config["AzureOpenAI:ApiKey"]!);\n',
    },
  ],
  invalid: [
    {
      name: 'environment variable read into a variable',
      code: 'var key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY");\n',
      errors: [{ line: 1, column: 11, endColumn: 69, message: 'environment variable `AZURE_OPENAI_API_KEY`', severity: 'warning' }],
      output: null,
    },
    {
      name: 'System.Environment with a verbatim string',
      code: 'string k = System.Environment.GetEnvironmentVariable(@"AZURE_AI_SERVICES_KEY") ?? "";\n',
      errors: [{ line: 1, column: 12, endColumn: 79 }],
    },
    {
      name: 'configuration indexer with a colon path',
      code: 'var apiKey = builder.Configuration["AzureOpenAI:ApiKey"];\n',
      errors: [{ line: 1, column: 14, endColumn: 57, message: '`AzureOpenAI:ApiKey` from configuration' }],
    },
    {
      name: 'GetValue<string> with a colon path',
      code: 'var apiKey = configuration.GetValue<string>("AzureOpenAI:ApiKey");\n',
      errors: [{ line: 1, column: 14, endColumn: 66 }],
    },
    {
      name: 'GetSection then indexer: reported once, at the indexer',
      code: 'var apiKey = config.GetSection("AzureOpenAI")["ApiKey"];\n',
      errors: [{ line: 1, column: 14, endColumn: 56, message: '`AzureOpenAI:ApiKey`' }],
    },
    {
      name: 'GetSection with the key path then .Value: reported once, at the section call',
      code: 'var apiKey = config.GetSection("AzureOpenAI:Key").Value;\n',
      errors: [{ line: 1, column: 14, endColumn: 50 }],
    },
    {
      name: 'a read kept in a field is reported where it is read, even when a client uses the field',
      code: 'class C {\n  private readonly string _key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!;\n  AzureOpenAIClient Make() => new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(_key));\n}\n',
      errors: [{ line: 2, column: 34, endColumn: 92 }],
    },
    {
      name: 'a read whose local is used by nothing the client rules report is still reported',
      code: 'var key = config["AzureOpenAI:ApiKey"]!;\nConsole.WriteLine(key.Length);\n',
      errors: [{ line: 1, column: 11, endColumn: 39 }],
    },
  ],
});
