import { rule } from '../../../rules/csharp/cs-hardcoded-key-literal';
import { testRule } from '../../helpers/rule-tester';

const KEY = '0123456789abcdef0123456789abcdef';

testRule(rule, {
  path: 'src/Program.cs',
  valid: [
    {
      // A made-up 32-hex key in the legacy format, split so no scanner mistakes this file for a leak.
      name: 'a key in a recognised format is left to the secrets rules (one finding per key)',
      code: `var a = new AzureOpenAIClient(new Uri("https://contoso.openai.azure.com/"), new AzureKeyCredential("${'9f3a1c7e5b2d84f0' + '6e1a9c3b7d5f2048'}"));\n`,
    },
    {
      name: 'placeholders and short values',
      code: 'var a = new AzureOpenAIClient(u, new AzureKeyCredential("<your-azure-openai-key>"));\nvar b = new AzureOpenAIClient(u, new AzureKeyCredential("YOUR_AZURE_OPENAI_API_KEY_HERE"));\nvar c = new AzureOpenAIClient(u, new AzureKeyCredential("short"));\n',
    },
    {
      name: 'a key literal for Azure AI Search (not an AOAI client)',
      code: `var search = new SearchClient(u, "index", new AzureKeyCredential("${KEY}"));\n`,
    },
    {
      name: 'a key read from configuration',
      code: 'var c = new AzureOpenAIClient(u, new AzureKeyCredential(config["AzureOpenAI:ApiKey"]!));\n',
    },
    {
      name: 'a long literal in a variable whose name is not a key name',
      code: `var deploymentName = "gpt-4o-mini-2024-07-18-global";\nvar endpointUrl = "https://contoso.openai.azure.com/";\n`,
    },
    {
      name: 'constants that hold the name of the key setting, not the key',
      code: 'const string AzureOpenAIApiKeyVariable = "AZURE_OPENAI_API_KEY_1";\nconst string AzureOpenAIApiKeyPath = "AzureOpenAI:ApiKey:Primary";\nstring azureOpenAIApiKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY")!;\n',
    },
    {
      name: 'key-shaped text in a comment',
      code: `// new AzureKeyCredential("${KEY}")\n`,
    },
  ],
  invalid: [
    {
      name: 'literal inside the key credential of an AzureOpenAIClient; the message is redacted',
      code: `var c = new AzureOpenAIClient(new Uri(e), new AzureKeyCredential("${KEY}"));\n`,
      errors: [{ line: 1, column: 66, endColumn: 100, severity: 'error', message: '0123… (32 chars)' }],
      output: null,
    },
    {
      name: 'literal in a variable given to the credential, reported once',
      code: `const string key = "${KEY}";\nvar c = new AzureOpenAIClient(new Uri(e), new AzureKeyCredential(key));\n`,
      errors: [{ line: 1, column: 20, endColumn: 54 }],
    },
    {
      name: 'Semantic Kernel key argument',
      code: `builder.AddAzureOpenAIChatCompletion("gpt-4o", "https://contoso.openai.azure.com/", "${KEY}");\n`,
      errors: [{ line: 1, column: 85, endColumn: 119 }],
    },
    {
      name: 'a field and a property named for the Azure OpenAI key',
      code: `class Settings {\n  private const string AzureOpenAIApiKey = @"${KEY}";\n  public string AzureOpenAIKey { get; set; } = "${KEY}";\n}\n`,
      errors: [{ line: 2, column: 44, endColumn: 79 }, { line: 3, column: 48, endColumn: 82 }],
    },
  ],
});
