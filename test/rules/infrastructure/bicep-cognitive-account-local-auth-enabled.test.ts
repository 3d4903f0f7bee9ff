import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { applyFixes } from '../../../engine/fixes';
import { rule } from '../../../rules/infrastructure/bicep-cognitive-account-local-auth-enabled';
import { lintWith, testRule } from '../../helpers/rule-tester';

const acct = (props: string, api = '2024-10-01') =>
  `resource openai 'Microsoft.CognitiveServices/accounts@${api}' = {\n  name: name\n  kind: 'OpenAI'\n  properties: {\n${props}  }\n}\n`;

testRule(rule, {
  path: 'infra/main.bicep',
  valid: [
    {
      name: 'callers win: the module defaults to keys on, its only caller (two folders up) passes true',
      path: 'infra/core/ai/account.bicep',
      code: `param name string\nparam disableLocalAuth bool = false\n${acct('    disableLocalAuth: disableLocalAuth\n')}`,
      files: { 'infra/main.bicep': "module ai 'core/ai/account.bicep' = {\n  name: 'ai'\n  params: {\n    name: 'oai'\n    disableLocalAuth: true\n  }\n}\n" },
    },
    { name: 'disableLocalAuth true', code: `param name string\n${acct('    disableLocalAuth: true\n')}` },
    { name: 'true through a param default', code: `param name string\nparam disableKeys bool = true\n${acct('    disableLocalAuth: disableKeys\n')}` },
    { name: 'true through a var and a ternary whose branches agree', code: `param name string\nparam prod bool\nvar off = prod ? true : true\n${acct('    disableLocalAuth: off\n')}` },
    { name: 'true through a negated param', code: `param name string\nparam allowKeys bool = false\n${acct('    disableLocalAuth: !allowKeys\n')}` },
    { name: 'existing accounts are references, not deployments', code: "resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {\n  name: 'x'\n}\n" },
    { name: 'other resource types', code: "resource st 'Microsoft.Storage/storageAccounts@2023-05-01' = {\n  name: 'x'\n  properties: {}\n}\n" },
    { name: 'AVM call that omits disableLocalAuth (module default is true)', code: "module ai 'br/public:avm/res/cognitive-services/account:0.9.0' = {\n  name: 'ai'\n  params: {\n    name: 'x'\n    kind: 'OpenAI'\n  }\n}\n" },
    { name: 'AVM call passing true', code: "module ai 'br/public:avm/res/cognitive-services/account:0.9.0' = {\n  params: {\n    disableLocalAuth: true\n  }\n}\n" },
    {
      name: 'a param without default decided by a .bicepparam file that sets true',
      code: `param name string\nparam disableLocalAuth bool\n${acct('    disableLocalAuth: disableLocalAuth\n')}`,
      files: { 'infra/main.bicepparam': "using './main.bicep'\nparam name = 'x'\nparam disableLocalAuth = true\n" },
    },
    {
      name: 'a local module whose account is secure for the values passed',
      code: "module ai './modules/ai.bicep' = {\n  params: {\n    disableLocalAuth: true\n  }\n}\n",
      files: { 'infra/modules/ai.bicep': `param name string = 'x'\nparam disableLocalAuth bool = false\n${acct('    disableLocalAuth: disableLocalAuth\n')}` },
    },
    {
      name: 'a local module whose account is insecure regardless of the call is reported in the module, not the caller',
      code: "module ai './modules/ai.bicep' = {\n  params: {\n    name: 'x'\n  }\n}\n",
      files: { 'infra/modules/ai.bicep': `param name string\n${acct('')}` },
    },
  ],
  invalid: [
    {
      name: 'callers win: one of two callers leaves the default (keys on)',
      path: 'infra/core/ai/account.bicep',
      code: `param name string\nparam disableLocalAuth bool = false\n${acct('    disableLocalAuth: disableLocalAuth\n')}`,
      files: {
        'infra/main.bicep': "module ai 'core/ai/account.bicep' = {\n  name: 'ai'\n  params: {\n    name: 'oai'\n    disableLocalAuth: true\n  }\n}\n",
        'infra/dev.bicep': "module ai 'core/ai/account.bicep' = {\n  name: 'ai'\n  params: {\n    name: 'oai-dev'\n  }\n}\n",
      },
      errors: [{ line: 3, column: 10, severity: 'warning', message: "from param 'disableLocalAuth'" }],
      output: `param name string\nparam disableLocalAuth bool = true\n${acct('    disableLocalAuth: disableLocalAuth\n    customSubDomainName: name\n')}`,
    },
    {
      name: 'disableLocalAuth missing from properties',
      code: `param name string\n${acct('    customSubDomainName: name\n')}`,
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 66, severity: 'warning', message: "Azure AI account 'openai' does not set properties.disableLocalAuth" }],
      fixTitle: 'Cognitive Services OpenAI User',
      output: `param name string\n${acct('    customSubDomainName: name\n    disableLocalAuth: true\n')}`,
    },
    {
      name: 'disableLocalAuth false',
      code: `param name string\n${acct('    disableLocalAuth: false // keys for the demo\n')}`,
      errors: [{ line: 2, column: 10, message: 'sets properties.disableLocalAuth to false' }],
      output: `param name string\n${acct('    disableLocalAuth: true // keys for the demo\n    customSubDomainName: name\n')}`,
      fixTitle: /customSubDomainName to the account name/,
    },
    {
      name: 'no properties at all: a properties object is created',
      code: "resource ai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'ai'\n  kind: 'AIServices'\n}\n",
      errors: [{ line: 1, column: 10, endColumn: 62 }],
      output: "resource ai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'ai'\n  kind: 'AIServices'\n  properties: {\n    disableLocalAuth: true\n    customSubDomainName: 'ai'\n  }\n}\n",
    },
    {
      name: 'empty one-line properties object, CRLF and tabs kept',
      code: "resource ai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\r\n\tname: 'ai'\r\n\tproperties: {}\r\n}\r\n",
      errors: [{ line: 1, column: 10 }],
      output: "resource ai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\r\n\tname: 'ai'\r\n\tproperties: {\r\n\t\tdisableLocalAuth: true\r\n\t\tcustomSubDomainName: 'ai'\r\n\t}\r\n}\r\n",
    },
    {
      name: 'one-line properties object',
      code: "resource ai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'ai'\n  properties: { customSubDomainName: 'ai' }\n}\n",
      errors: [{ line: 1, column: 10 }],
      output: "resource ai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'ai'\n  properties: { customSubDomainName: 'ai', disableLocalAuth: true }\n}\n",
    },
    {
      name: 'false through a param default: the default is flipped',
      code: `param name string\nparam disableLocalAuth bool = false\n${acct('    disableLocalAuth: disableLocalAuth\n')}`,
      errors: [{ line: 3, column: 10, message: "(from param 'disableLocalAuth')" }],
      output: `param name string\nparam disableLocalAuth bool = true\n${acct('    disableLocalAuth: disableLocalAuth\n    customSubDomainName: name\n')}`,
    },
    {
      name: 'false through a ternary on a param default',
      code: `param name string\nparam env string = 'dev'\nvar off = env == 'prod' ? true : false\n${acct('    disableLocalAuth: off\n')}`,
      errors: [{ line: 4, column: 10, message: 'to false' }],
      output: `param name string\nparam env string = 'dev'\nvar off = env == 'prod' ? true : false\n${acct('    disableLocalAuth: true\n    customSubDomainName: name\n')}`,
    },
    {
      name: 'conditional and looped deployments are checked too',
      code: "param deploy bool = true\nresource ai 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (deploy) {\n  name: 'ai'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}\nresource many 'Microsoft.CognitiveServices/accounts@2024-10-01' = [for n in names: {\n  name: n\n  properties: {\n    disableLocalAuth: false\n  }\n}]\n",
      errors: [{ line: 2, column: 10 }, { line: 8, column: 10 }],
      output: "param deploy bool = true\nresource ai 'Microsoft.CognitiveServices/accounts@2024-10-01' = if (deploy) {\n  name: 'ai'\n  properties: {\n    publicNetworkAccess: 'Disabled'\n    disableLocalAuth: true\n    customSubDomainName: 'ai'\n  }\n}\nresource many 'Microsoft.CognitiveServices/accounts@2024-10-01' = [for n in names: {\n  name: n\n  properties: {\n    disableLocalAuth: true\n    customSubDomainName: n\n  }\n}]\n",
    },
    {
      name: 'a param without default and no param file: info, depends on the caller',
      code: `param name string\nparam disableLocalAuth bool\n${acct('    disableLocalAuth: disableLocalAuth\n')}`,
      errors: [{ line: 3, column: 10, severity: 'info', message: "depends on the caller: disableLocalAuth comes from param 'disableLocalAuth'" }],
      output: null,
    },
    {
      name: 'a value computed at deployment time: info',
      code: `param name string\n${acct("    disableLocalAuth: contains(name, 'prod')\n")}`,
      errors: [{ line: 2, column: 10, severity: 'info', message: 'computed at deployment time' }],
      output: null,
    },
    {
      name: 'computed properties (union) may set it: info, not a warning',
      code: "var base = { publicNetworkAccess: 'Disabled' }\nresource ai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'ai'\n  properties: union(base, { customSubDomainName: 'ai' })\n}\n",
      errors: [{ line: 2, column: 10, severity: 'info', message: 'its properties are computed' }],
      output: null,
    },
    {
      name: 'a spread in properties may set it: info',
      code: "var base = { disableLocalAuth: true }\nresource ai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'ai'\n  properties: {\n    ...base\n    customSubDomainName: 'ai'\n  }\n}\n",
      errors: [{ line: 2, column: 10, severity: 'info', message: 'its properties are computed' }],
      output: null,
    },
    {
      name: 'an API version before 2021-04-30 cannot disable keys: no fix',
      code: `param name string\n${acct('    disableLocalAuth: true\n', '2017-04-18')}`,
      errors: [{ line: 2, column: 10, message: 'predates disableLocalAuth (2021-04-30)' }],
      output: null,
    },
    {
      name: 'AVM call passing false',
      code: "module ai 'br/public:avm/res/cognitive-services/account:0.9.0' = {\n  name: 'ai'\n  params: {\n    disableLocalAuth: false\n  }\n}\n",
      errors: [{ line: 1, column: 8, endColumn: 63, message: "Module 'ai' (Azure Verified Module for Cognitive Services accounts) sets disableLocalAuth to false" }],
      output: "module ai 'br/public:avm/res/cognitive-services/account:0.9.0' = {\n  name: 'ai'\n  params: {\n    disableLocalAuth: true\n  }\n}\n",
    },
    {
      name: 'AVM call passing a wrapper param that defaults to false',
      code: "param disableLocalAuth bool = false\nmodule ai 'br:mcr.microsoft.com/bicep/avm/res/cognitive-services/account:0.9.0' = {\n  params: {\n    disableLocalAuth: disableLocalAuth\n  }\n}\n",
      errors: [{ line: 2, column: 8 }],
      output: "param disableLocalAuth bool = true\nmodule ai 'br:mcr.microsoft.com/bicep/avm/res/cognitive-services/account:0.9.0' = {\n  params: {\n    disableLocalAuth: disableLocalAuth\n  }\n}\n",
    },
    {
      name: 'a local module call that passes false: finding at the module line of the caller',
      code: "module ai './modules/ai.bicep' = {\n  name: 'ai'\n  params: {\n    disableLocalAuth: false\n  }\n}\n",
      files: { 'infra/modules/ai.bicep': `param name string = 'x'\nparam disableLocalAuth bool = true\n${acct('    disableLocalAuth: disableLocalAuth\n')}` },
      errors: [{ line: 1, column: 8, endColumn: 31, message: "Module 'ai' leaves API keys enabled on Azure AI account 'openai' (ai.bicep): the value it passes for param 'disableLocalAuth' makes disableLocalAuth false" }],
      output: "module ai './modules/ai.bicep' = {\n  name: 'ai'\n  params: {\n    disableLocalAuth: true\n  }\n}\n",
    },
    {
      name: 'a local module with an inverted param (allowKeys): the caller value wins over the default',
      code: "module ai './modules/ai.bicep' = {\n  params: {\n    allowKeys: true\n  }\n}\n",
      files: { 'infra/modules/ai.bicep': `param name string = 'x'\nparam allowKeys bool = false\n${acct('    disableLocalAuth: !allowKeys\n')}` },
      errors: [{ line: 1, column: 8 }],
      output: "module ai './modules/ai.bicep' = {\n  params: {\n    allowKeys: false\n  }\n}\n",
    },
    {
      name: 'a local module call whose value depends on the caller param without default: info at the module line',
      code: "param keysOff bool\nmodule ai './modules/ai.bicep' = {\n  params: {\n    disableLocalAuth: keysOff\n  }\n}\n",
      files: { 'infra/modules/ai.bicep': `param name string = 'x'\nparam disableLocalAuth bool\n${acct('    disableLocalAuth: disableLocalAuth\n')}` },
      errors: [{ line: 2, column: 8, severity: 'info', message: "param 'keysOff'" }],
      output: null,
    },
  ],
});

testRule(rule, {
  path: 'infra/main.bicepparam',
  valid: [
    {
      name: 'bicepparam that sets true',
      code: "using './main.bicep'\nparam disableLocalAuth = true\n",
      files: { 'infra/main.bicep': `param name string = 'x'\nparam disableLocalAuth bool\n${acct('    disableLocalAuth: disableLocalAuth\n')}` },
    },
    {
      name: 'bicepparam that does not set the param (the template decides; reported there)',
      code: "using './main.bicep'\nparam name = 'x'\n",
      files: { 'infra/main.bicep': `param name string\nparam disableLocalAuth bool = false\n${acct('    disableLocalAuth: disableLocalAuth\n')}` },
    },
    { name: 'bicepparam whose template is missing', code: "using './missing.bicep'\nparam disableLocalAuth = false\n" },
  ],
  invalid: [
    {
      name: 'bicepparam that sets false',
      code: "using './main.bicep'\n\nparam name = 'oai'\nparam disableLocalAuth = false\n",
      files: { 'infra/main.bicep': `param name string\nparam disableLocalAuth bool\n${acct('    disableLocalAuth: disableLocalAuth\n')}` },
      errors: [{ line: 4, column: 7, endColumn: 31, message: "The value of param 'disableLocalAuth' leaves API keys enabled on Azure AI account 'openai' in main.bicep" }],
      output: "using './main.bicep'\n\nparam name = 'oai'\nparam disableLocalAuth = true\n",
    },
    {
      name: 'bicepparam feeding an AVM module call through a wrapper param',
      code: "using './main.bicep'\nparam keysOff = false\n",
      files: { 'infra/main.bicep': "param keysOff bool\nmodule ai 'br/public:avm/res/cognitive-services/account:0.9.0' = {\n  params: {\n    disableLocalAuth: keysOff\n  }\n}\n" },
      errors: [{ line: 2, column: 7, endColumn: 22 }],
      output: "using './main.bicep'\nparam keysOff = true\n",
    },
  ],
});

describe('AOAI601 role assignment fix', () => {
  const app = "resource web 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'web'\n  identity: {\n    type: 'SystemAssigned'\n  }\n}\n";
  const account = "resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {\n  name: 'oai'\n  properties: {\n    customSubDomainName: 'oai'\n  }\n}";

  it('offers the Cognitive Services OpenAI User role for the identity of a web app the template deploys, scoped to the account', () => {
    const code = `${app}${account}\n`;
    const [finding] = lintWith(rule, { name: 'role', code }, { path: 'infra/main.bicep' });
    const role = finding.fixes[1];
    assert.match(role.title, /Give 'web' the 'Cognitive Services OpenAI User' role on 'openai'/);
    assert.equal(
      applyFixes(code, [role]).text,
      `${app}${account}

resource webOpenAIUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(openai.id, web.id, '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
  scope: openai
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
    principalId: web.identity.principalId
    principalType: 'ServicePrincipal'
  }
}
`,
    );
  });

  it('is not offered when the template already assigns the role, or the caller has no system identity', () => {
    const assigned = `${app}${account}\nvar role = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'\n`;
    assert.equal(lintWith(rule, { name: 'a', code: assigned }, { path: 'infra/main.bicep' })[0].fixes.length, 1);
    const noIdentity = `resource web 'Microsoft.Web/sites@2023-12-01' = {\n  name: 'web'\n}\n${account}\n`;
    assert.equal(lintWith(rule, { name: 'b', code: noIdentity }, { path: 'infra/main.bicep' })[0].fixes.length, 1);
  });
});
