import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { goParser } from '../../../engine/parsers/go';
import { rule as clientRule } from '../../../rules/go/go-azure-openai-key-credential';
import { rule } from '../../../rules/go/go-azure-openai-key-env-read';
import { lintWith, testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'cmd/app/main.go',
  valid: [
    { name: 'the endpoint and deployment, not the key', code: 'package main\n\nimport "os"\n\nvar e = os.Getenv("AZURE_OPENAI_ENDPOINT")\nvar d = os.Getenv("AZURE_OPENAI_DEPLOYMENT")\n' },
    { name: 'OPENAI_API_KEY with no Azure client in the file (public OpenAI)', code: 'package main\n\nimport "os"\n\nvar k = os.Getenv("OPENAI_API_KEY")\n' },
    { name: 'a Getenv method of another package', code: 'package main\n\nimport "github.com/acme/config"\n\nvar k = config.Getenv("AZURE_OPENAI_API_KEY")\n' },
    { name: 'the name only in a comment', code: 'package main\n\n// os.Getenv("AZURE_OPENAI_API_KEY")\n' },
  ],
  invalid: [
    {
      name: 'os.Getenv of the key, at package level and in a function',
      code: 'package main\n\nimport "os"\n\nvar key = os.Getenv("AZURE_OPENAI_API_KEY")\n\nfunc other() string { return os.Getenv("AZURE_OPENAI_KEY") }\n',
      errors: [
        { line: 5, column: 11, endColumn: 44, message: 'Reads the Azure OpenAI key AZURE_OPENAI_API_KEY' },
        { line: 7, column: 30, message: 'AZURE_OPENAI_KEY' },
      ],
    },
    {
      name: 'os.LookupEnv through an import alias and a constant name',
      code: 'package main\n\nimport sys "os"\n\nconst keyVar = "AZURE_AI_SERVICES_KEY"\n\nfunc k() { v, ok := sys.LookupEnv(keyVar); _ , _ = v, ok }\n',
      errors: [{ line: 7, column: 21, message: 'Azure AI Services key AZURE_AI_SERVICES_KEY' }],
    },
    {
      name: 'OPENAI_API_KEY counts in a file that builds an Azure client with a key',
      code: [
        'package main',
        '',
        'import (',
        '\t"os"',
        '',
        '\t"github.com/openai/openai-go"',
        '\t"github.com/openai/openai-go/azure"',
        ')',
        '',
        'func main() {',
        '\t_ = openai.NewClient(azure.WithEndpoint("https://c.openai.azure.com", "v"), azure.WithAPIKey(os.Getenv("OPENAI_API_KEY")))',
        '}',
        '',
      ].join('\n'),
      errors: [{ line: 11, column: 95, message: 'OPENAI_API_KEY' }],
    },
  ],
});

describe('AOAI822 and AOAI821 point at each other', () => {
  before(() => goParser.init!());
  const code = [
    'package chat',
    '',
    'import (',
    '\t"os"',
    '',
    '\t"github.com/Azure/azure-sdk-for-go/sdk/ai/azopenai"',
    '\t"github.com/Azure/azure-sdk-for-go/sdk/azcore"',
    ')',
    '',
    'func New(e string) (*azopenai.Client, error) {',
    '\tkey := os.Getenv("AZURE_OPENAI_API_KEY")',
    '\treturn azopenai.NewClientWithKeyCredential(e, azcore.NewKeyCredential(key), nil)',
    '}',
    '',
  ].join('\n');
  const lines = (f: { related?: { range: { start: { line: number } } }[] }) => (f.related ?? []).map((r) => r.range.start.line + 1);
  it('the read names the client that uses the key', () => {
    const [read] = lintWith(rule, { name: 'read', code }, { path: 'chat/client.go' });
    assert.deepEqual(lines(read), [12]);
  });
  it('the client names the read, through the local name', () => {
    const [client] = lintWith(clientRule, { name: 'client', code }, { path: 'chat/client.go' });
    assert.deepEqual(lines(client), [11]);
  });
});
