import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { Engine } from '../../../engine/engine';
import { applyFixes } from '../../../engine/fixes';
import { rule as client } from '../../../rules/csharp/cs-key-credential-client';
import { rule as sk } from '../../../rules/csharp/cs-semantic-kernel-api-key';
import type { Rule } from '../../../engine/rule';
import { lintWith } from '../../helpers/rule-tester';

/** The text after applying the first finding's first fix, whatever its applicability. */
function suggestion(rule: Rule, code: string): { text: string; applicability: string; title: string } {
  const [finding] = lintWith(rule, { name: 'x', code }, { path: 'src/Program.cs' });
  assert.ok(finding, 'expected a finding');
  const fix = finding.fixes[0];
  return { text: applyFixes(code, [fix]).text, applicability: fix.applicability, title: fix.title };
}

describe('display-only C# suggestions show compilable code', () => {
  before(() => new Engine([client, sk]).init());

  it('ChatCompletionsClient: DefaultAzureCredential plus options with the Azure OpenAI audience', () => {
    const s = suggestion(client, 'using Azure.AI.Inference;\nvar c = new ChatCompletionsClient(new Uri("https://x.services.ai.azure.com/models"), new AzureKeyCredential(key));\n');
    assert.equal(s.applicability, 'display-only');
    assert.match(s.title, /Audience/);
    assert.equal(
      s.text,
      'using Azure.AI.Inference;\nusing Azure.Identity;\nvar c = new ChatCompletionsClient(new Uri("https://x.services.ai.azure.com/models"), new DefaultAzureCredential(), new AzureAIInferenceClientOptions { Audience = new[] { "https://cognitiveservices.azure.com/.default" } });\n',
    );
  });

  it('ChatCompletionsClient that already has options: only the credential changes', () => {
    const s = suggestion(client, 'var c = new ChatCompletionsClient(endpoint, new AzureKeyCredential(key), options);\n');
    assert.equal(s.text, 'using Azure.Identity;\n\nvar c = new ChatCompletionsClient(endpoint, new DefaultAzureCredential(), options);\n');
  });

  it('pre-1.0 Semantic Kernel: the key argument becomes a credential', () => {
    const s = suggestion(sk, 'var k = new KernelBuilder().WithAzureChatCompletionService("d", endpoint, apiKey).Build();\n');
    assert.equal(s.applicability, 'display-only');
    assert.equal(s.text, 'using Azure.Identity;\n\nvar k = new KernelBuilder().WithAzureChatCompletionService("d", endpoint, credentials: new DefaultAzureCredential()).Build();\n');
  });
});
