import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { goParser } from '../../../engine/parsers/go';
import { SourceFile } from '../../../engine/source';
import { rule } from '../../../rules/go/go-azure-openai-key-credential';
import { fixWith, testRule } from '../../helpers/rule-tester';

const ROLE = 'Cognitive Services OpenAI User';
const AZOPENAI = '"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"';
const AZCORE = '"github.com/Azure/azure-sdk-for-go/sdk/azcore"';
const AZIDENTITY = '"github.com/Azure/azure-sdk-for-go/sdk/azidentity"';

const azopenaiWithKey = [
  'package chat',
  '',
  'import (',
  '\t"fmt"',
  '\t"os"',
  '',
  `\t${AZOPENAI}`,
  `\t${AZCORE}`,
  ')',
  '',
  'func New(endpoint string) (*azopenai.Client, error) {',
  '\tapiKey := os.Getenv("AZURE_OPENAI_API_KEY")',
  '\tclient, err := azopenai.NewClientWithKeyCredential(endpoint, azcore.NewKeyCredential(apiKey), nil)',
  '\tif err != nil {',
  '\t\treturn nil, fmt.Errorf("new client: %w", err)',
  '\t}',
  '\treturn client, nil',
  '}',
  '',
].join('\n');

testRule(rule, {
  path: 'chat/client.go',
  valid: [
    {
      name: 'azopenai client with a token credential',
      code: `package chat\n\nimport (\n\t${AZOPENAI}\n\t${AZIDENTITY}\n)\n\nfunc New(e string) {\n\tcred, _ := azidentity.NewDefaultAzureCredential(nil)\n\t_, _ = azopenai.NewClient(e, cred, nil)\n}\n`,
    },
    {
      name: 'openai-go against api.openai.com with option.WithAPIKey (public OpenAI, not Azure)',
      code: 'package chat\n\nimport (\n\t"os"\n\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/option"\n)\n\nvar client = openai.NewClient(option.WithAPIKey(os.Getenv("OPENAI_API_KEY")))\n',
    },
    {
      name: 'openai-go configured for Azure with a token credential',
      code: 'package chat\n\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/azure"\n)\n\nfunc New(cred azcore.TokenCredential) openai.Client {\n\treturn openai.NewClient(azure.WithEndpoint("https://contoso.openai.azure.com", "2024-10-21"), azure.WithTokenCredential(cred))\n}\n',
    },
    {
      name: 'a local function that happens to be called NewClientWithKeyCredential',
      code: 'package chat\n\nfunc NewClientWithKeyCredential(a, b string) {}\n\nfunc f() { NewClientWithKeyCredential("x", "y") }\n',
    },
    {
      name: 'a fake key in a unit test against a fake endpoint (a fixture, not key auth)',
      path: 'chat/client_test.go',
      code: 'package chat\n\nimport (\n\t"github.com/openai/openai-go"\n\t"github.com/openai/openai-go/azure"\n)\n\nfunc TestCompose(t *testing.T) {\n\t_ = openai.NewClient(azure.WithEndpoint("https://example.openai.azure.com", "v"), azure.WithAPIKey("test-key"))\n}\n',
    },
    {
      name: 'the call only in a comment and a string',
      code: 'package chat\n\n// azopenai.NewClientWithKeyCredential(endpoint, cred, nil)\nvar doc = "azure.WithAPIKey(key)"\n',
    },
  ],
  invalid: [
    {
      name: 'azopenai key credential: reuses the error handling, removes the key read and the unused imports',
      code: azopenaiWithKey,
      errors: [{ line: 13, column: 63, endColumn: 94, message: '`azopenai.NewClientWithKeyCredential` authenticates with a key credential', severity: 'warning' }],
      fixTitle: ROLE,
      output: [
        'package chat',
        '',
        'import (',
        '\t"fmt"',
        '',
        `\t${AZOPENAI}`,
        `\t${AZIDENTITY}`,
        ')',
        '',
        'func New(endpoint string) (*azopenai.Client, error) {',
        '\tcred, err := azidentity.NewDefaultAzureCredential(nil)',
        '\tif err != nil {',
        '\t\treturn nil, fmt.Errorf("new client: %w", err)',
        '\t}',
        '\tclient, err := azopenai.NewClient(endpoint, cred, nil)',
        '\tif err != nil {',
        '\t\treturn nil, fmt.Errorf("new client: %w", err)',
        '\t}',
        '\treturn client, nil',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'openai-go azure.WithAPIKey in a function returning the client and an error; alias import',
      code: [
        'package chat',
        '',
        'import (',
        '\t"os"',
        '',
        '\toai "github.com/openai/openai-go"',
        '\t"github.com/openai/openai-go/azure"',
        ')',
        '',
        'func New() (oai.Client, error) {',
        '\tc := oai.NewClient(',
        '\t\tazure.WithEndpoint(os.Getenv("AZURE_OPENAI_ENDPOINT"), "2024-10-21"),',
        '\t\tazure.WithAPIKey(os.Getenv("AZURE_OPENAI_API_KEY")),',
        '\t)',
        '\treturn c, nil',
        '}',
        '',
      ].join('\n'),
      errors: [{ line: 13, column: 3, endColumn: 54, message: 'authenticates to Azure OpenAI with `azure.WithAPIKey`' }],
      output: [
        'package chat',
        '',
        'import (',
        '\t"os"',
        '',
        `\t${AZIDENTITY}`,
        '\toai "github.com/openai/openai-go"',
        '\t"github.com/openai/openai-go/azure"',
        ')',
        '',
        'func New() (oai.Client, error) {',
        '\tcred, err := azidentity.NewDefaultAzureCredential(nil)',
        '\tif err != nil {',
        '\t\treturn *new(oai.Client), err',
        '\t}',
        '\tc := oai.NewClient(',
        '\t\tazure.WithEndpoint(os.Getenv("AZURE_OPENAI_ENDPOINT"), "2024-10-21"),',
        '\t\tazure.WithTokenCredential(cred),',
        '\t)',
        '\treturn c, nil',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'option.WithAPIKey beside azure.WithEndpoint, in main (no error result: panic), single import lines',
      code: [
        'package main',
        '',
        'import "github.com/openai/openai-go"',
        'import "github.com/openai/openai-go/azure"',
        'import "github.com/openai/openai-go/option"',
        '',
        'func main() {',
        '\tkey := "<your key>"',
        '\tclient := openai.NewClient(azure.WithEndpoint("https://contoso.openai.azure.com", "2024-10-21"), option.WithAPIKey(key))',
        '\t_ = client',
        '}',
        '',
      ].join('\n'),
      errors: [{ line: 9, column: 99, message: 'option.WithAPIKey' }],
      output: [
        'package main',
        '',
        'import "github.com/openai/openai-go"',
        'import "github.com/openai/openai-go/azure"',
        'import "github.com/Azure/azure-sdk-for-go/sdk/azidentity"',
        '',
        'func main() {',
        '\tcred, err := azidentity.NewDefaultAzureCredential(nil)',
        '\tif err != nil {',
        '\t\tpanic(err)',
        '\t}',
        '\tclient := openai.NewClient(azure.WithEndpoint("https://contoso.openai.azure.com", "2024-10-21"), azure.WithTokenCredential(cred))',
        '\t_ = client',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'the key variable has another use: kept, and the title says so',
      code: [
        'package chat',
        '',
        'import (',
        '\t"log"',
        '\t"os"',
        '',
        `\t${AZOPENAI}`,
        `\t${AZCORE}`,
        ')',
        '',
        'func New(e string) (*azopenai.Client, error) {',
        '\tkey := os.Getenv("AZURE_OPENAI_API_KEY")',
        '\tlog.Printf("key length %d", len(key))',
        '\treturn azopenai.NewClientWithKeyCredential(e, azcore.NewKeyCredential(key), nil)',
        '}',
        '',
      ].join('\n'),
      errors: [{ line: 14, column: 48, endColumn: 76 }],
      fixTitle: /the key variable has other uses and is kept/,
      output: [
        'package chat',
        '',
        'import (',
        '\t"log"',
        '\t"os"',
        '',
        `\t${AZOPENAI}`,
        `\t${AZIDENTITY}`,
        ')',
        '',
        'func New(e string) (*azopenai.Client, error) {',
        '\tkey := os.Getenv("AZURE_OPENAI_API_KEY")',
        '\tlog.Printf("key length %d", len(key))',
        '\tcred, err := azidentity.NewDefaultAzureCredential(nil)',
        '\tif err != nil {',
        '\t\treturn nil, err',
        '\t}',
        '\treturn azopenai.NewClient(e, cred, nil)',
        '}',
        '',
      ].join('\n'),
    },
    {
      name: 'a client built at package level: reported, no fix (no place to handle the error)',
      code: `package chat\n\nimport (\n\t${AZOPENAI}\n\t${AZCORE}\n)\n\nvar client, _ = azopenai.NewClientWithKeyCredential("https://contoso.openai.azure.com", azcore.NewKeyCredential("k"), nil)\n`,
      errors: [{ line: 8, column: 89 }],
      output: null,
    },
    {
      name: 'unfinished code (the call is not closed yet): reported, no fix',
      code: `package chat\n\nimport (\n\t${AZOPENAI}\n\t${AZCORE}\n)\n\nfunc New(e string) {\n\tc, err := azopenai.NewClientWithKeyCredential(e, azcore.NewKeyCredential(k)\n}\n`,
      errors: [{ line: 9, column: 51 }],
      output: null,
    },
  ],
});

describe('AOAI821 fixed Go files', () => {
  before(() => goParser.init!());
  it('parse without tree-sitter error nodes', () => {
    const fixed = fixWith(rule, { name: 'x', code: azopenaiWithKey }, { path: 'chat/client.go' });
    assert.notEqual(fixed, azopenaiWithKey);
    const tree = goParser.parse(new SourceFile('/ws/chat/client.go', fixed, 'go'));
    assert.equal(tree.hasError, false);
  });
});
