import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes } from '../../../engine/fixes';
import { rule } from '../../../rules/infrastructure/bicep-cognitive-account-without-custom-subdomain';
import { lintWith, testRule } from '../../helpers/rule-tester';

testRule(rule, {
  path: 'infra/main.bicep',
  valid: [
    { name: 'account with customSubDomainName', code: "resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: name\n  properties: {\n    customSubDomainName: name\n  }\n}\n" },
    { name: 'existing account', code: "resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {\n  name: name\n}\n" },
    { name: 'AVM call with customSubDomainName', code: "module ai 'br/public:avm/res/cognitive-services/account:0.9.0' = {\n  params: {\n    name: 'ai'\n    customSubDomainName: 'ai-contoso'\n  }\n}\n" },
    { name: 'other resource type', code: "resource s 'Microsoft.Search/searchServices@2023-11-01' = {\n  name: 'x'\n  properties: {}\n}\n" },
  ],
  invalid: [
    {
      name: 'keys disabled and no subdomain: warning, display-only suggestion',
      code: "resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'oai-${suffix}'\n  properties: {\n    disableLocalAuth: true\n  }\n}\n",
      errors: [{ line: 1, column: 10, endColumn: 61, severity: 'warning', message: 'disables API keys but has no customSubDomainName' }],
      output: null,
    },
    {
      name: 'keys still on and no subdomain: info',
      code: "resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: name\n  kind: 'OpenAI'\n}\n",
      errors: [{ line: 1, column: 10, severity: 'info', message: 'Microsoft Entra ID authentication only works on the custom subdomain endpoint' }],
      output: null,
    },
    {
      name: 'empty customSubDomainName counts as missing',
      code: "resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: name\n  properties: {\n    customSubDomainName: ''\n  }\n}\n",
      errors: [{ line: 1, column: 10, severity: 'info' }],
    },
    {
      name: 'AVM call without customSubDomainName (keys off by module default): warning',
      code: "module ai 'br/public:avm/res/cognitive-services/account:0.9.0' = {\n  params: {\n    name: 'ai'\n  }\n}\n",
      errors: [{ line: 1, column: 8, severity: 'warning', message: "Module 'ai' deploys an Azure AI account with API keys disabled" }],
    },
  ],
});

describe('AOAI602 suggestion', () => {
  it('proposes customSubDomainName set to the name expression, as display-only', () => {
    const code = "resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'oai-${suffix}'\n  properties: {\n    disableLocalAuth: true\n  }\n}\n";
    const [finding] = lintWith(rule, { name: 'x', code }, { path: 'infra/main.bicep' });
    assert.equal(finding.fixes.length, 1);
    assert.equal(finding.fixes[0].applicability, 'display-only');
    assert.equal(
      applyFixes(code, finding.fixes).text,
      "resource a 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'oai-${suffix}'\n  properties: {\n    disableLocalAuth: true\n    customSubDomainName: 'oai-${suffix}'\n  }\n}\n",
    );
  });
});
