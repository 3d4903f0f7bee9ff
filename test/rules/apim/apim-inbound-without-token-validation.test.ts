import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/apim/apim-inbound-without-token-validation';
import { apimEmbedders } from '../../../rules/apim';
import { assertFixedClean } from './fix-helpers';

const AAD = `<validate-azure-ad-token tenant-id="{{tenant-id}}">
            <client-application-ids><application-id>{{client-id}}</application-id></client-application-ids>
        </validate-azure-ad-token>`;

const MI = '<authentication-managed-identity resource="https://cognitiveservices.azure.com" />';

const api = (inbound: string) => `<policies>
    <inbound>
${inbound}
    </inbound>
    <backend>
        <base />
    </backend>
</policies>
`;

const GLOBAL_WITH_VALIDATION = api(`        ${AAD}`);
const GLOBAL_WITHOUT_VALIDATION = api('        <cors><allowed-origins><origin>*</origin></allowed-origins></cors>');

/** A Bicep file with an inline global policy and an API policy loaded from `policies/api.xml`. */
const bicepHost = (globalPolicy: string) => `resource apim 'Microsoft.ApiManagement/service@2023-05-01-preview' existing = {
  name: 'apim'
}
resource globalPolicy 'Microsoft.ApiManagement/service/policies@2023-05-01-preview' = {
  parent: apim
  name: 'policy'
  properties: {
    value: '''
${globalPolicy}'''
  }
}
resource api 'Microsoft.ApiManagement/service/apis@2023-05-01-preview' existing = {
  parent: apim
  name: 'openai'
}
resource apiPolicy 'Microsoft.ApiManagement/service/apis/policies@2023-05-01-preview' = {
  parent: api
  name: 'policy'
  properties: {
    format: 'rawxml'
    value: loadTextContent('policies/api.xml')
  }
}
`;

testRule(rule, {
  path: 'infra/policies/openai-api.xml',
  embedders: apimEmbedders,
  valid: [
    { name: 'only <base/> and a backend id, in folders that name no AI service', path: 'gateway/policies/api.xml', code: api('        <base />\n        <set-backend-service backend-id="{backend-id}" />') },
    {
      name: 'a mock API answers in inbound and never reaches a backend',
      path: 'openai-agents/weather-mock-policy.xml',
      code: api('        <base />\n        <return-response>\n            <set-status code="200" />\n        </return-response>'),
    },
    { name: 'only <base/> under a generic AI-gateway folder (it fronts other models too)', path: 'ai-gateway/labs/gemini/policy.xml', code: api('        <base />\n        <set-backend-service backend-id="{backend-id}" />') },
    {
      name: 'an AI Search backend in an AI-named folder; the api-key header is deleted, not injected',
      path: 'ai-gateway/labs/search/policy.xml',
      code: api('        <base />\n        <set-backend-service backend-id="search" />\n        <authentication-managed-identity resource="https://search.azure.com" />\n        <set-header name="api-key" exists-action="delete" />'),
    },
    { name: 'an Azure ML online endpoint backend', path: 'openai-lab/ml/policy.xml', code: api('        <base />\n        <authentication-managed-identity resource="https://ml.azure.com" />') },
    { name: 'validate-azure-ad-token first in inbound', code: api(`        ${AAD}\n        ${MI}`) },
    {
      name: 'validate-jwt after <base/>',
      code: api(`        <base />
        <validate-jwt header-name="Authorization"><openid-config url="https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration" /><audiences><audience>api://aoai</audience></audiences></validate-jwt>
        ${MI}`),
    },
    { name: 'client certificate validation authenticates the caller', code: api(`        <validate-client-certificate validate-revocation="true" />\n        ${MI}`) },
    {
      name: 'validation in every <choose> branch including <otherwise>',
      code: api(`        <choose>
            <when condition="@(context.Request.Headers.ContainsKey("x-a"))">${AAD}</when>
            <otherwise>${AAD}</otherwise>
        </choose>
        ${MI}`),
    },
    {
      name: 'validation inside an included fragment found in the workspace',
      code: api(`        <base />\n        <include-fragment fragment-id="aad-auth" />\n        ${MI}`),
      files: { 'infra/policies/fragments/aad-auth.xml': `<fragment>\n    ${AAD}\n</fragment>\n` },
    },
    {
      name: 'APIOps layout: <base/> inherits the global policy that validates',
      path: 'apimartifacts/apis/chat/policy.xml',
      code: api(`        <base />\n        ${MI}`),
      files: { 'apimartifacts/policy.xml': GLOBAL_WITH_VALIDATION },
    },
    {
      name: 'APIOps layout: an operation inherits its API policy that validates',
      path: 'apimartifacts/apis/chat/operations/completions/policy.xml',
      code: api(`        <base />\n        ${MI}`),
      files: { 'apimartifacts/apis/chat/policy.xml': api(`        <base />\n        ${AAD}`) },
    },
    { name: 'a policy with no Azure OpenAI mark is not checked', path: 'infra/policies/weather.xml', code: api('        <base />\n        <set-backend-service base-url="https://weather.example.com" />') },
    { name: 'a policy fragment is not a section', code: `<fragment>\n    ${MI}\n</fragment>` },
    { name: 'an XML file that is not a policy', path: 'app.config.xml', code: '<configuration><inbound>openai</inbound></configuration>' },
    {
      name: 'ARM: API policy with <base/> under a global policy that validates, in the same template',
      path: 'azuredeploy.json',
      code: JSON.stringify(
        {
          resources: [
            { type: 'Microsoft.ApiManagement/service/policies', apiVersion: '2023-05-01-preview', name: 'apim/policy', properties: { format: 'rawxml', value: GLOBAL_WITH_VALIDATION } },
            { type: 'Microsoft.ApiManagement/service/apis/policies', apiVersion: '2023-05-01-preview', name: 'apim/openai/policy', properties: { format: 'rawxml', value: api(`        <base />\n        ${MI}`) } },
          ],
        },
        null,
        2,
      ),
    },
    {
      name: 'ARM: an included fragment defined by a policyFragments resource of the same template validates',
      path: 'azuredeploy.json',
      code: JSON.stringify(
        {
          resources: [
            { type: 'Microsoft.ApiManagement/service/policyFragments', name: 'apim/aad-auth', properties: { format: 'rawxml', value: `<fragment>${AAD}</fragment>` } },
            { type: 'Microsoft.ApiManagement/service/apis/policies', name: 'apim/openai/policy', properties: { format: 'rawxml', value: `<policies><inbound><include-fragment fragment-id="aad-auth" />${MI}</inbound></policies>` } },
          ],
        },
        null,
        2,
      ),
    },
    {
      name: 'an XML file loaded by Bicep (loadTextContent) inherits the Bicep global policy that validates',
      path: 'infra/policies/api.xml',
      code: api(`        <base />\n        ${MI}`),
      files: { 'infra/main.bicep': bicepHost(GLOBAL_WITH_VALIDATION) },
    },
  ],
  invalid: [
    {
      name: 'only <base/>: a folder names Azure OpenAI (info, a parent scope may validate)',
      path: 'openai-gateway/labs/pool/policy.xml',
      code: api('        <base />\n        <set-backend-service backend-id="{backend-id}" />'),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 14, severity: 'info', message: 'relies on a parent scope' }],
      output: null,
    },
    {
      name: 'the Azure OpenAI backend is named in an included fragment',
      path: 'gateway/policies/api.xml',
      code: api('        <base />\n        <include-fragment fragment-id="pool" />'),
      files: { 'gateway/policies/fragments/pool.xml': '<fragment>\n    <authentication-managed-identity resource="https://cognitiveservices.azure.com" />\n</fragment>\n' },
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 14, severity: 'info' }],
      output: null,
    },
    {
      name: 'token accounting on usage.total_tokens marks an LLM API',
      path: 'gateway/quota.xml',
      code: '<policies>\n    <inbound>\n        <base />\n    </inbound>\n    <outbound>\n        <set-variable name="used" value="@(context.Response.Body.As<JObject>(preserveContent: true).SelectToken("usage.total_tokens"))" />\n    </outbound>\n</policies>\n',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 14, severity: 'info' }],
      output: null,
    },
    {
      name: 'Bicep: the policy XML is a param default used as the API policy value',
      path: 'infra/modules/connection.bicep',
      code: "param policyXml string = '<policies><inbound><base /><authentication-managed-identity resource=\"https://cognitiveservices.azure.com/\" /></inbound></policies>'\nresource apim 'Microsoft.ApiManagement/service@2023-05-01-preview' existing = {\n  name: 'apim'\n}\nresource api 'Microsoft.ApiManagement/service/apis@2023-05-01-preview' existing = {\n  parent: apim\n  name: 'aoai'\n}\nresource apiPolicy 'Microsoft.ApiManagement/service/apis/policies@2023-05-01-preview' = {\n  parent: api\n  name: 'policy'\n  properties: {\n    format: 'rawxml'\n    value: policyXml\n  }\n}\n",
      errors: [{ line: 1, column: 37, endLine: 1, endColumn: 46, severity: 'info' }],
      output: null,
    },
    {
      name: 'no validation and no <base/>',
      code: api(`        <set-backend-service backend-id="openai-backend" />\n        ${MI}`),
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 14, severity: 'warning', message: 'has no <base/>' }],
      output: null,
    },
    {
      name: '<base/> with no parent policy in the workspace relies on a parent scope (info)',
      code: api(`        <base />\n        ${MI}`),
      errors: [{ line: 2, column: 5, severity: 'info', message: 'relies on a parent scope' }],
      output: null,
    },
    {
      name: 'APIOps layout: <base/> but the global policy does not validate either',
      path: 'apimartifacts/apis/chat/policy.xml',
      code: api(`        <base />\n        ${MI}`),
      files: { 'apimartifacts/policy.xml': GLOBAL_WITHOUT_VALIDATION },
      errors: [{ line: 2, column: 5, severity: 'warning', message: 'the global policy (policy.xml)' }],
    },
    {
      name: 'APIOps layout: product policies may add validation, so the chain is incomplete (info)',
      path: 'apimartifacts/apis/chat/policy.xml',
      code: api(`        <base />\n        ${MI}`),
      files: { 'apimartifacts/policy.xml': GLOBAL_WITHOUT_VALIDATION, 'apimartifacts/products/starter/policy.xml': GLOBAL_WITHOUT_VALIDATION },
      errors: [{ line: 2, column: 5, severity: 'info' }],
    },
    {
      name: 'APIOps layout: a global policy without validation is a weak signal (info)',
      path: 'apimartifacts/policy.xml',
      code: api(`        <base />\n        <azure-openai-token-limit tokens-per-minute="1000" counter-key="@(context.Subscription.Id)" />`),
      files: { 'apimartifacts/apis/chat/policy.xml': api('        <base />') },
      errors: [{ line: 2, column: 5, severity: 'info', message: 'The global inbound policy' }],
    },
    {
      name: 'APIOps layout: the operation\'s API policy has no <base/>, so the chain ends there',
      path: 'apimartifacts/apis/chat/operations/completions/policy.xml',
      code: api(`        <base />\n        ${MI}`),
      files: { 'apimartifacts/apis/chat/policy.xml': api('        <set-backend-service backend-id="aoai" />'), 'apimartifacts/policy.xml': GLOBAL_WITH_VALIDATION },
      errors: [{ line: 2, column: 5, severity: 'warning', message: 'the API policy (apis/chat/policy.xml)' }],
    },
    {
      name: 'validation only inside a <when> branch is not unconditional',
      code: api(`        <choose>
            <when condition="@(context.Request.Headers.GetValueOrDefault<string>("x-mode", "") == "strict")">${AAD}</when>
        </choose>
        ${MI}`),
      errors: [{ line: 2, column: 5, severity: 'warning', message: 'runs only on some requests' }],
    },
    {
      name: 'an included fragment that is not in the workspace lowers the finding to info',
      code: api(`        <include-fragment fragment-id="maybe-auth" />\n        ${MI}`),
      errors: [{ line: 2, column: 5, severity: 'info', message: 'Fragment "maybe-auth" was not found' }],
    },
    {
      name: 'an included fragment without validation does not count',
      code: api(`        <include-fragment fragment-id="cors" />\n        ${MI}`),
      files: { 'infra/policies/cors.xml': '<fragment><cors><allowed-origins><origin>*</origin></allowed-origins></cors></fragment>' },
      errors: [{ line: 2, column: 5, severity: 'warning', message: 'has no <base/>' }],
    },
    {
      name: 'an XML file loaded by Bicep (loadTextContent) under a Bicep global policy without validation',
      path: 'infra/policies/api.xml',
      code: api(`        <base />\n        ${MI}`),
      files: { 'infra/main.bicep': bicepHost(GLOBAL_WITHOUT_VALIDATION) },
      errors: [{ line: 2, column: 5, severity: 'warning', message: 'the global policy in main.bicep' }],
    },
    {
      name: 'an XML file read by Terraform file() is an API policy under the Terraform global policy',
      path: 'terraform/policies/api.xml',
      code: api(`        <base />\n        ${MI}`),
      files: {
        'terraform/apim.tf': [
          'resource "azurerm_api_management_policy" "global" {',
          '  xml_content = <<XML',
          GLOBAL_WITHOUT_VALIDATION + 'XML',
          '}',
          'resource "azurerm_api_management_api_policy" "openai" {',
          '  api_name    = azurerm_api_management_api.openai.name',
          '  xml_content = file("${path.module}/policies/api.xml")',
          '}',
        ].join('\n'),
      },
      errors: [{ line: 2, column: 5, severity: 'warning', message: 'the global policy in apim.tf' }],
    },
    {
      name: 'ARM: a workspace API policy may inherit its workspace policy, so the chain is incomplete (info)',
      path: 'azuredeploy.json',
      code: JSON.stringify(
        {
          resources: [
            { type: 'Microsoft.ApiManagement/service/policies', name: 'apim/policy', properties: { format: 'rawxml', value: '<policies><inbound><cors /></inbound></policies>' } },
            { type: 'Microsoft.ApiManagement/service/workspaces/apis/policies', name: 'apim/team/openai/policy', properties: { format: 'rawxml', value: `<policies><inbound><base />${MI}</inbound></policies>` } },
          ],
        },
        null,
        2,
      ),
      errors: [
        { line: 8, column: 29, severity: 'info', message: 'The global inbound policy' },
        { line: 16, column: 29, severity: 'info', message: 'relies on a parent scope' },
      ],
    },
    {
      name: 'ARM: an API policy under a global policy without validation in the same template',
      path: 'azuredeploy.json',
      code: JSON.stringify(
        {
          resources: [
            { type: 'Microsoft.ApiManagement/service/policies', name: 'apim/policy', properties: { format: 'rawxml', value: '<policies><inbound><cors /></inbound></policies>' } },
            { type: 'Microsoft.ApiManagement/service/apis/policies', name: 'apim/openai/policy', properties: { format: 'rawxml', value: `<policies><inbound><base />${MI}</inbound></policies>` } },
          ],
        },
        null,
        2,
      ),
      errors: [
        { line: 8, column: 29, severity: 'info', message: 'The global inbound policy validates no Entra ID token' },
        { line: 16, column: 29, endLine: 16, endColumn: 38, severity: 'warning', message: 'the global policy in azuredeploy.json' },
      ],
    },
  ],
});

describe('AOAI701 suggested fix', () => {
  const path = 'infra/policies/openai-api.xml';
  it('inserts validate-azure-ad-token right after <base/>, at the children\'s indentation', () => {
    const code = api(`        <base />\n        ${MI}`);
    const fixed = assertFixedClean(rule, { name: 'x', code }, path);
    assert.equal(
      fixed,
      api(`        <base />
        <validate-azure-ad-token tenant-id="{{tenant-id}}">
            <client-application-ids>
                <application-id>{{client-application-id}}</application-id>
            </client-application-ids>
            <audiences>
                <audience>https://cognitiveservices.azure.com</audience>
            </audiences>
        </validate-azure-ad-token>
        ${MI}`),
    );
  });

  it('inserts first in inbound without <base/>, keeping CRLF line endings and two-space indentation', () => {
    const code = `<policies>\r\n  <inbound>\r\n    ${MI}\r\n  </inbound>\r\n</policies>\r\n`;
    const fixed = assertFixedClean(rule, { name: 'x', code }, path);
    assert.ok(fixed.startsWith(`<policies>\r\n  <inbound>\r\n    <validate-azure-ad-token tenant-id="{{tenant-id}}">\r\n      <client-application-ids>\r\n`), fixed);
    assert.ok(!/[^\r]\n/.test(fixed), 'only CRLF line breaks');
  });

  it('expands a self-closing <inbound/> and keeps a one-line inbound on one line', () => {
    const selfClosing = `<policies>\n    <inbound />\n    <backend>${MI}</backend>\n</policies>`;
    const fixed = assertFixedClean(rule, { name: 'x', code: selfClosing }, path);
    assert.match(fixed, /<inbound>\n {8}<validate-azure-ad-token tenant-id="\{\{tenant-id\}\}">\n[\s\S]*\n {8}<\/validate-azure-ad-token>\n {4}<\/inbound>\n/);
    const oneLine = `<policies><inbound><base />${MI}</inbound></policies>`;
    const fixedOneLine = assertFixedClean(rule, { name: 'x', code: oneLine }, path);
    assert.equal(fixedOneLine.split('\n').length, 1);
    assert.ok(fixedOneLine.includes('<base /><validate-azure-ad-token tenant-id="{{tenant-id}}"><client-application-ids>'));
  });

  it('writes the audience of the configured token scope and works through an ARM JSON string', () => {
    const code = JSON.stringify({
      resources: [{ type: 'Microsoft.ApiManagement/service/apis/policies', name: 'apim/openai/policy', properties: { format: 'rawxml', value: `<policies>\r\n  <inbound>\r\n    ${MI}\r\n  </inbound>\r\n</policies>` } }],
    });
    const fixed = assertFixedClean(rule, { name: 'x', code }, 'main.json');
    const value = JSON.parse(fixed).resources[0].properties.value as string;
    assert.ok(value.includes('\r\n    <validate-azure-ad-token tenant-id="{{tenant-id}}">\r\n'), value);
    assert.ok(value.includes('<audience>https://cognitiveservices.azure.com</audience>'));
  });
});

testRule(rule, {
  path: 'apim/apis/openai/policy.xml',
  embedders: apimEmbedders,
  settings: { tenantId: 'contoso.onmicrosoft.com', clientApplicationIds: ['11111111-2222-3333-4444-555555555555'] },
  valid: [],
  invalid: [
    {
      name: 'with tenantId (and client ids) in config the validation fix is complete and unsafe, not a placeholder suggestion',
      code: '<policies>\n    <inbound>\n        <base />\n        <set-backend-service backend-id="openai" />\n    </inbound>\n</policies>\n',
      errors: [{ line: 2, column: 5 }],
      fixTitle: /tenant contoso\.onmicrosoft\.com; then make every caller send an Entra ID token/,
      output: `<policies>
    <inbound>
        <base />
        <validate-azure-ad-token tenant-id="contoso.onmicrosoft.com">
            <client-application-ids>
                <application-id>11111111-2222-3333-4444-555555555555</application-id>
            </client-application-ids>
            <audiences>
                <audience>https://cognitiveservices.azure.com</audience>
            </audiences>
        </validate-azure-ad-token>
        <set-backend-service backend-id="openai" />
    </inbound>
</policies>
`,
    },
  ],
});
