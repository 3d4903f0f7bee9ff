import { rule } from '../../../rules/csharp/cs-semantic-kernel-api-key';
import { testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'src/Program.cs',
  valid: [
    {
      name: 'a 1.x connector service constructed with a TokenCredential',
      code: 'var chat = new AzureOpenAIChatCompletionService("gpt-4o", endpoint, new DefaultAzureCredential());\n',
    },
    {
      name: 'the (deployment, client, modelId) constructor overload with a client from the service provider',
      code: 'services.AddSingleton(sp => new AzureOpenAITextToImageService(deployment, client ?? sp.GetRequiredService<AzureOpenAIClient>(), modelId));\n',
    },
    {
      name: 'a pre-1.0 connector constructed with a credential variable',
      code: 'var embedding = new AzureTextEmbeddingGeneration(deployment, endpoint, credential);\n',
    },
    {
      name: 'positional new AzureCliCredential()',
      code: 'var kernel = Kernel.CreateBuilder().AddAzureOpenAIChatCompletion(config["AOAI:Deployment"]!, config["AOAI:Endpoint"]!, new AzureCliCredential()).Build();\n',
    },
    {
      name: 'named credentials: argument',
      code: 'builder.AddAzureOpenAIChatCompletion("gpt-4o", endpoint, credentials: new DefaultAzureCredential());\n',
    },
    {
      name: 'a variable declared as TokenCredential',
      code: 'TokenCredential cred = GetCredential();\nbuilder.AddAzureOpenAIChatCompletion("gpt-4o", endpoint, cred);\n',
    },
    {
      name: 'var initialised with a credential object',
      code: 'var azureCredential = new ManagedIdentityCredential(clientId);\nservices.AddAzureOpenAIEmbeddingGenerator("emb", endpoint, azureCredential);\n',
    },
    {
      name: 'an undeclared name containing Credential (documented heuristic)',
      code: 'builder.AddAzureOpenAIChatCompletion(deployment, endpoint, tokenCredential);\n',
    },
    {
      name: 'an AzureOpenAIClient passed instead of endpoint and key',
      code: 'builder.AddAzureOpenAIChatCompletion("gpt-4o", azureOpenAIClient: client);\nbuilder.AddAzureOpenAIChatCompletion("gpt-4o", client);\n',
    },
    {
      name: 'the (deploymentName, AzureOpenAIClient, serviceId) overload: the third argument is a service id',
      code: 'var aoai = new AzureOpenAIClient(endpoint, new DefaultAzureCredential());\nbuilder.AddAzureOpenAIChatCompletion("gpt-4o", aoai, "chat");\nbuilder.AddAzureOpenAIChatCompletion("gpt-4o", openAIClient, "chat");\nAzureOpenAIClient typed = Create();\nbuilder.AddAzureOpenAITextEmbeddingGeneration("emb", typed, "embeddings");\n',
    },
    {
      name: 'the call inside a comment or a string',
      code: '// builder.AddAzureOpenAIChatCompletion("d", "e", "key");\nvar s = "AddAzureOpenAIChatCompletion(\\"d\\", \\"e\\", \\"key\\")";\n',
    },
    {
      name: 'an unrelated method with a similar shape',
      code: 'builder.AddOpenAIChatCompletion("gpt-4o", apiKey);\n',
    },
  ],
  invalid: [
    {
      name: 'a pre-1.0 connector constructor (deployment, endpoint, key) is reported without an automatic rewrite',
      code: 'var embedding = new AzureTextEmbeddingGeneration(options.EmbeddingDeployment, options.Endpoint, options.ApiKey);\n',
      errors: [{ line: 1, column: 97, endColumn: 111, severity: 'warning', message: '`AzureTextEmbeddingGeneration` is given `options.ApiKey`' }],
      output: null,
    },
    {
      name: 'a 1.x connector service constructed with a key read points at the read and is rewritten to a credential',
      code: 'var chat = new AzureOpenAIChatCompletionService("gpt-4o", endpoint, Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!);\n',
      errors: [{ line: 1, column: 69, endColumn: 128, related: [{ line: 1, column: 69, message: 'the environment variable `AZURE_OPENAI_API_KEY`' }] }],
      output: 'using Azure.Identity;\n\nvar chat = new AzureOpenAIChatCompletionService("gpt-4o", endpoint, new DefaultAzureCredential());\n',
    },
    {
      name: 'string variable as the third argument: replaced by named credentials and using added',
      code: [
        'using Microsoft.SemanticKernel;',
        '',
        'string apiKey = config["AzureOpenAI:ApiKey"]!;',
        'var builder = Kernel.CreateBuilder();',
        'builder.AddAzureOpenAIChatCompletion(',
        '    "gpt-4o",',
        '    "https://contoso.openai.azure.com/",',
        '    apiKey);',
        '',
      ].join('\n'),
      errors: [{ line: 8, column: 5, endColumn: 11, message: '`apiKey`, a string', severity: 'warning' }],
      fixTitle: 'Cognitive Services OpenAI User',
      output: [
        'using Azure.Identity;',
        'using Microsoft.SemanticKernel;',
        '',
        'string apiKey = config["AzureOpenAI:ApiKey"]!;',
        'var builder = Kernel.CreateBuilder();',
        'builder.AddAzureOpenAIChatCompletion(',
        '    "gpt-4o",',
        '    "https://contoso.openai.azure.com/",',
        '    credentials: new DefaultAzureCredential());',
        '',
      ].join('\n'),
    },
    {
      name: 'a configuration read as the key, later arguments kept',
      code: 'using Azure.Identity;\nbuilder.AddAzureOpenAIChatCompletion(deployment, endpoint, configuration["AzureOpenAI:ApiKey"]!, serviceId: "chat");\n',
      errors: [{ line: 2, column: 60, endColumn: 96, message: 'the string `configuration["AzureOpenAI:ApiKey"]' }],
      output: 'using Azure.Identity;\nbuilder.AddAzureOpenAIChatCompletion(deployment, endpoint, credentials: new DefaultAzureCredential(), serviceId: "chat");\n',
    },
    {
      name: 'named apiKey: argument on an embedding generator uses the singular credential parameter',
      code: 'using Azure.Identity;\nservices.AddAzureOpenAIEmbeddingGenerator(deploymentName: "emb", endpoint: endpoint, apiKey: Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!);\n',
      errors: [{ line: 2, column: 86, endColumn: 153 }],
      output: 'using Azure.Identity;\nservices.AddAzureOpenAIEmbeddingGenerator(deploymentName: "emb", endpoint: endpoint, credential: new DefaultAzureCredential());\n',
    },
    {
      name: 'a hard-coded string literal key',
      code: 'using Azure.Identity;\nbuilder.AddAzureOpenAITextToImage("dalle3", endpoint, "0123456789abcdef0123456789abcdef");\n',
      errors: [{ line: 2, column: 55, endColumn: 89, message: 'a string API key' }],
      output: 'using Azure.Identity;\nbuilder.AddAzureOpenAITextToImage("dalle3", endpoint, credentials: new DefaultAzureCredential());\n',
    },
    {
      name: 'a string property declared in the same file',
      code: 'using Azure.Identity;\nclass Settings { public string Secret { get; set; } = ""; }\nclass S { void M(Settings s) { builder.AddAzureOpenAIChatClient("d", s.Endpoint, s.Secret); } }\n',
      errors: [{ line: 3, column: 82, endColumn: 90 }],
      output: 'using Azure.Identity;\nclass Settings { public string Secret { get; set; } = ""; }\nclass S { void M(Settings s) { builder.AddAzureOpenAIChatClient("d", s.Endpoint, credentials: new DefaultAzureCredential()); } }\n',
    },
    {
      name: 'an undeclared name without key or credential in it is reported as info',
      code: 'using Azure.Identity;\nbuilder.AddAzureOpenAIChatCompletion(deployment, endpoint, token);\n',
      errors: [{ line: 2, column: 60, endColumn: 65, severity: 'info' }],
      output: 'using Azure.Identity;\nbuilder.AddAzureOpenAIChatCompletion(deployment, endpoint, credentials: new DefaultAzureCredential());\n',
    },
    {
      name: 'pre-1.0 WithAzureChatCompletionService gets a display-only suggestion',
      code: 'var kernel = new KernelBuilder().WithAzureChatCompletionService("gpt-35-turbo", endpoint, apiKey).Build();\n',
      errors: [{ line: 1, column: 91, endColumn: 97 }],
      output: null,
    },
  ],
});
