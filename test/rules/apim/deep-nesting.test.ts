import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Engine } from '../../../engine/engine';
import { apimEmbedders, apimRules } from '../../../rules/apim';
import { MemoryWorkspace } from '../../helpers/rule-tester';

const lint = (text: string) =>
  new Engine(apimRules, apimEmbedders).lint('/ws/openai-policy.xml', text, {
    settings: { tokenScope: 'https://cognitiveservices.azure.com/.default' },
    workspace: new MemoryWorkspace(),
  });

describe('APIM rules on pathological nesting', () => {
  it('report, not crash, on <choose> nested thousands deep (unterminated)', () => {
    const text = '<policies><inbound><set-backend-service base-url="https://x.openai.azure.com/openai" />' + '<choose><when condition="@(true)">'.repeat(20000);
    const r = lint(text);
    assert.deepEqual(r.notices, []);
  });

  it('treat a validation nested past the depth limit as conditional, not as unconditional', () => {
    const text =
      '<policies><inbound><set-backend-service base-url="https://x.openai.azure.com/openai" />' +
      '<choose><when condition="@(true)">'.repeat(200) +
      '<validate-azure-ad-token tenant-id="t"><client-application-ids><application-id>a</application-id></client-application-ids></validate-azure-ad-token>' +
      '</when></choose>'.repeat(200) +
      '</inbound><backend><forward-request /></backend><outbound /><on-error /></policies>';
    const r = lint(text);
    assert.deepEqual(r.notices, []);
    assert.deepEqual(r.findings.map((f) => f.code), ['AOAI701']);
  });
});
