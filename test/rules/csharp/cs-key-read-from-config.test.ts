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
      name: 'GetEnvironmentVariable without a receiver and without `using static System.Environment`',
      code: 'string key = GetEnvironmentVariable("AZURE_OPENAI_API_KEY");\n',
    },
    {
      name: 'a generic ApiKey beside a model id (public OpenAI settings shape) is not an Azure key',
      code: 'var apiKey = configuration["OpenAI:ApiKey"];\nvar model = configuration["OpenAI:ChatModelId"];\n',
    },
    {
      name: 'a deployment setting of another section is not context for a generic key',
      code: 'var apiKey = configuration["Search:ApiKey"];\nvar chat = configuration["OpenAI:ChatDeployment"];\n',
    },
    {
      name: 'a generic key read into a client that is not Azure (no Azure endpoint) is that service\'s key',
      code: 'var apiKey = config["ApiKey"];\nvar client = new OpenAIClient(new ApiKeyCredential(apiKey));\n',
    },
  ],
  invalid: [
    {
      name: 'a read inside the key credential is its own finding and points at the client',
      code: 'var client = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!));\n',
      errors: [{ line: 1, column: 78, endColumn: 136, message: 'which a client here authenticates with', related: [{ line: 1, column: 55, message: '`AzureOpenAIClient` authenticates with this key.' }] }],
    },
    {
      name: 'a read in the initializer of a credential variable points at the client argument',
      code: 'var credential = new AzureKeyCredential(config["AzureOpenAI:ApiKey"]!);\nvar client = new AzureOpenAIClient(endpoint, credential);\n',
      errors: [{ line: 1, column: 41, endColumn: 69, related: [{ line: 2, column: 46 }] }],
    },
    {
      name: 'a read stored in a local and later wrapped in a credential is reported on its own line',
      code: 'var key = config["AzureOpenAI:ApiKey"]!;\nvar client = new AzureOpenAIClient(endpoint, new AzureKeyCredential(key));\n',
      errors: [{ line: 1, column: 11, endColumn: 39, severity: 'warning', related: [{ line: 2, column: 46 }] }],
    },
    {
      name: 'an env read that flows through a local ApiKeyCredential variable into a v1 client',
      code: [
        'var endpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT") ?? throw new InvalidOperationException("AZURE_OPENAI_ENDPOINT is required");',
        'var apiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY") ?? throw new InvalidOperationException("AZURE_OPENAI_API_KEY is required");',
        'var credential = new ApiKeyCredential(apiKey);',
        'var options = new OpenAIClientOptions { Endpoint = new Uri($"{endpoint.TrimEnd(\'/\')}/openai/v1/") };',
        'var responses = new ResponsesClient(credential, options);',
      ].join('\n'),
      errors: [{ line: 2, column: 14, endColumn: 72, related: [{ line: 5, column: 37, message: '`ResponsesClient`' }] }],
    },
    {
      name: 'a config read in a lambda local that feeds a client-factory registration',
      code: [
        'services.AddAzureClients(factory =>',
        '{',
        '    var apiKey = config["AzureOpenAI:ApiKey"];',
        '    factory.AddOpenAIClient(new Uri(endpoint), new AzureKeyCredential(apiKey));',
        '});',
      ].join('\n'),
      errors: [{ line: 3, column: 18, endColumn: 46, related: [{ line: 4, column: 48, message: '`AddOpenAIClient`' }] }],
    },
    {
      name: 'a read stored in a local that feeds a Semantic Kernel key argument',
      code: 'var key = config["AzureOpenAI:ApiKey"]!;\nbuilder.AddAzureOpenAIChatCompletion("gpt-4o", endpoint, key);\n',
      errors: [{ line: 1, column: 11, endColumn: 39, related: [{ line: 2, column: 58, message: '`AddAzureOpenAIChatCompletion` is given this key.' }] }],
    },
    {
      name: 'a read inside the Semantic Kernel key argument',
      code: 'builder.AddAzureOpenAIChatCompletion("gpt-4o", endpoint, config["AzureOpenAI:ApiKey"]!);\n',
      errors: [{ line: 1, column: 58, endColumn: 86, related: [{ line: 1, column: 58 }] }],
    },
    {
      name: 'a keyed read of a section kept in a local is named by its full path; the section itself is not a read of the key',
      code: 'var section = configuration.GetSection("AzureOpenAI");\nvar apiKey = section["ApiKey"];\nvar chat = new AzureOpenAIChatCompletionService(section["ChatDeploymentName"], section["Endpoint"], apiKey);\n',
      errors: [{ line: 2, column: 14, endColumn: 31, message: '`AzureOpenAI:ApiKey`', related: [{ line: 3, column: 101, message: '`AzureOpenAIChatCompletionService` is given this key.' }] }],
    },
    {
      name: 'GetEnvironmentVariable unqualified under `using static System.Environment`',
      code: 'using static System.Environment;\nstring key = GetEnvironmentVariable("AZURE_OPENAI_API_KEY");\n',
      errors: [{ line: 2, column: 14, endColumn: 60, message: 'environment variable `AZURE_OPENAI_API_KEY`' }],
    },
    {
      name: 'a generic Key setting is the key when it feeds an Azure OpenAI client',
      code: 'var key = configuration["OpenAI:Key"];\nvar client = new AzureOpenAIClient(new Uri(endpoint), new AzureKeyCredential(key));\n',
      errors: [{ line: 1, column: 11, endColumn: 38, severity: 'warning', message: '`OpenAI:Key`', related: [{ line: 2, column: 55 }] }],
    },
    {
      name: 'a flat APIKey setting that feeds a client sent to a proxy is info with gateway wording',
      code: 'var apiKey = settings["APIKey"];\nOpenAIClient client = new OpenAIClient(new Uri(proxyEndpoint), new AzureKeyCredential(apiKey));\n',
      errors: [{ line: 1, column: 14, endColumn: 32, severity: 'info', message: 'gateway or proxy', related: [{ line: 2, column: 64 }] }],
    },
    {
      name: 'a generic ApiKey beside a deployment setting of the same section (an options class filled from config) is info',
      code: 'var apiKey = configuration["LlmOptions:ApiKey"];\nvar chat = configuration["LlmOptions:ChatDeployment"];\nvar opts = new LlmOptions(apiKey, chat);\n',
      errors: [{ line: 1, column: 14, endColumn: 48, severity: 'info', message: 'beside a deployment setting' }],
    },
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
