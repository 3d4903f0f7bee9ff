import { rule as client } from '../../../rules/csharp/cs-key-credential-client';
import { rule as read } from '../../../rules/csharp/cs-key-read-from-config';
import { csharpNotebookEmbedder } from '../../../rules/csharp/notebook-embedder';
import { testRule } from '../../helpers/rule-tester';

/** A .NET Interactive notebook with the given code cells (`[metadata language, lines]`). */
function notebook(cells: [string | undefined, string[]][], kernel = 'csharp'): string {
  const json = {
    cells: cells.map(([language, lines]) => ({
      cell_type: 'code',
      metadata: language ? { dotnet_interactive: { language }, vscode: { languageId: 'polyglot-notebook' } } : {},
      outputs: [],
      source: lines.map((l, i) => (i < lines.length - 1 ? `${l}\n` : l)),
    })),
    metadata: { language_info: { name: kernel } },
    nbformat: 4,
  };
  return JSON.stringify(json, null, 1) + '\n';
}

const KEY_CELL: [string, string[]] = ['csharp', ['var key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY");']];
const CLIENT_CELL: [string, string[]] = ['csharp', ['using Azure;', 'using Azure.AI.OpenAI;', 'OpenAIClient client = new(new Uri(endpoint), new AzureKeyCredential(key));']];

testRule(client, {
  path: 'notebooks/chat.ipynb',
  embedders: [csharpNotebookEmbedder],
  valid: [
    {
      name: 'a Python notebook is not read as C#',
      code: notebook([[undefined, ['client = AzureOpenAI(api_key=key)', 'OpenAIClient client = new(new Uri(endpoint), new AzureKeyCredential(key));']]], 'python'),
    },
    {
      name: 'a cell in another kernel of a polyglot notebook is skipped',
      code: notebook([['pwsh', ['$c = New-Object OpenAIClient(new Uri(endpoint), new AzureKeyCredential(key))']]]),
    },
  ],
  invalid: [
    {
      name: 'a C# notebook cell is linted at its position in the .ipynb, the key followed across cells, and fixed inside the JSON string',
      code: notebook([KEY_CELL, CLIENT_CELL]),
      errors: [
        {
          line: 32,
          column: 51,
          endColumn: 78,
          message: 'holding the key from the environment variable `AZURE_OPENAI_API_KEY`',
          related: [{ line: 15, column: 16, message: 'The key is read here from the environment variable `AZURE_OPENAI_API_KEY`.' }],
        },
      ],
      fixTitle: /Cognitive Services OpenAI User/,
      // The notebook does not load Azure.Identity: the fix adds the package directive with the using.
      output: notebook([KEY_CELL, ['csharp', ['using Azure;', 'using Azure.AI.OpenAI;\n#r "nuget: Azure.Identity"\nusing Azure.Identity;', 'OpenAIClient client = new(new Uri(endpoint), new DefaultAzureCredential());']]]),
    },
    {
      name: 'a notebook that already loads Azure.Identity gets only the using',
      code: notebook([['csharp', ['#r "nuget: Azure.Identity, 1.13.1"', 'var key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY");']], CLIENT_CELL]),
      errors: [{ line: 33, column: 51, endColumn: 78 }],
      output: notebook([['csharp', ['#r "nuget: Azure.Identity, 1.13.1"', 'var key = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY");']], ['csharp', ['using Azure;', 'using Azure.AI.OpenAI;\nusing Azure.Identity;', 'OpenAIClient client = new(new Uri(endpoint), new DefaultAzureCredential());']]]),
    },
  ],
});

testRule(read, {
  path: 'notebooks/chat.ipynb',
  embedders: [csharpNotebookEmbedder],
  valid: [],
  invalid: [
    {
      name: 'a key read in one cell that feeds the client in the next is reported in its cell and points at the client, both at their places in the .ipynb',
      code: notebook([KEY_CELL, CLIENT_CELL]),
      errors: [{ line: 15, column: 16, endColumn: 76, related: [{ line: 32, column: 51, message: '`OpenAIClient` authenticates with this key.' }] }],
    },
    {
      name: 'a key read in a notebook that no client uses is reported at its place in the .ipynb',
      code: notebook([KEY_CELL]),
      errors: [{ line: 15, column: 16, endColumn: 76 }],
    },
  ],
});
