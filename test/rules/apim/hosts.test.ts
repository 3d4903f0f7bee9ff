import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { Engine } from '../../../engine/engine';
import { applyFixes } from '../../../engine/fixes';
import { DEFAULT_TOKEN_SCOPE } from '../../../engine/config';
import type { Finding } from '../../../engine/types';
import { apimEmbedders, apimRules } from '../../../rules/apim';
import { MemoryWorkspace } from '../../helpers/rule-tester';

const engine = new Engine(apimRules, apimEmbedders);

function lint(file: string, code: string, files: Record<string, string> = {}): Finding[] {
  const workspace = new MemoryWorkspace({ ...files, [file]: code });
  const result = engine.lint(path.resolve('/ws', file), code, { settings: { tokenScope: DEFAULT_TOKEN_SCOPE }, workspace });
  assert.deepEqual(result.notices, [], 'no notices');
  return result.findings;
}

const where = (fs: Finding[]) => fs.map((f) => `${f.code} ${f.range.start.line + 1}:${f.range.start.character + 1}`);

/** Applies the first fix of every finding (suggestions too) until nothing changes; returns the text. */
function fixAll(file: string, code: string): string {
  let text = code;
  for (let pass = 0; pass < 5; pass++) {
    const fixes = lint(file, text).flatMap((f) => (f.fixes[0] ? [f.fixes[0]] : []));
    if (fixes.length === 0) break;
    const next = applyFixes(text, fixes).text;
    if (next === text) break;
    text = next;
  }
  return text;
}

const POLICY_LINES = [
  '<policies>',
  '  <inbound>',
  '    <base />',
  '    <set-header name="api-key" exists-action="override">',
  '      <value>{{aoai-key}}</value>',
  '    </set-header>',
  '    <validate-jwt header-name="Authorization" require-signed-tokens="false">',
  '      <openid-config url="https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration" />',
  '    </validate-jwt>',
  '  </inbound>',
  '</policies>',
];

describe('APIM policies in host files', () => {
  before(() => engine.init());

  it('XML: a policy file is recognised by its root element, not its name', () => {
    const code = POLICY_LINES.join('\n');
    assert.deepEqual(where(lint('infra/gateway.xml', code)), ['AOAI702 4:5', 'AOAI703 7:5', 'AOAI703 7:47']);
    assert.deepEqual(lint('infra/web.config.xml', '<configuration><set-header name="api-key"><value>k</value></set-header></configuration>'), []);
  });

  it('ARM JSON: findings map into the escaped string and fixes are JSON-escaped', () => {
    const template = {
      resources: [
        { type: 'Microsoft.ApiManagement/service/apis/policies', apiVersion: '2023-05-01-preview', name: 'apim/openai/policy', properties: { format: 'rawxml', value: POLICY_LINES.join('\r\n') } },
        { type: 'Microsoft.ApiManagement/service/apis/policies', name: 'apim/other/policy', properties: { format: 'rawxml-link', value: 'https://example.com/policy.xml' } },
      ],
    };
    const code = JSON.stringify(template, null, 2);
    const found = lint('azuredeploy.json', code);
    assert.deepEqual(where(found), ['AOAI702 9:68', 'AOAI703 9:190', 'AOAI703 9:234']);
    assert.equal(code.slice(found[0].start, found[0].end), '<set-header name=\\"api-key\\" exists-action=\\"override\\">');
    assert.equal(code.slice(found[2].start, found[2].end), 'require-signed-tokens=\\"false\\"');
    const fixed = fixAll('azuredeploy.json', code);
    const value = JSON.parse(fixed).resources[0].properties.value as string;
    assert.ok(value.includes('<authentication-managed-identity resource="https://cognitiveservices.azure.com" />'));
    assert.ok(value.includes('require-signed-tokens="true"'));
    assert.deepEqual(where(lint('azuredeploy.json', fixed)), []);
  });

  it('ARM JSON: an expression value is skipped; [variables(...)] reads the variable (compiled loadTextContent)', () => {
    const policy = '<policies><inbound><set-header name="api-key"><value>{{k}}</value></set-header></inbound></policies>';
    const template = {
      variables: { '$fxv#0': policy },
      resources: [
        { type: 'Microsoft.ApiManagement/service/apis/policies', name: 'apim/a/policy', properties: { format: 'rawxml', value: "[variables('$fxv#0')]" } },
        { type: 'Microsoft.ApiManagement/service/apis/policies', name: 'apim/b/policy', properties: { format: 'rawxml', value: "[concat('<policies><inbound><set-header name=\"api-key\"><value>', parameters('key'), '</value></set-header></inbound></policies>')]" } },
      ],
    };
    const code = JSON.stringify(template, null, 2);
    const found = lint('compiled.json', code).filter((f) => f.code === 'AOAI702');
    assert.deepEqual(where(found), ['AOAI702 3:35']);
    const fixed = fixAll('compiled.json', code);
    assert.ok((JSON.parse(fixed).variables['$fxv#0'] as string).includes('<authentication-managed-identity'));
  });

  it('ARM JSON: nested child resources and symbolic-name resources are found', () => {
    const nested = {
      resources: [
        {
          type: 'Microsoft.ApiManagement/service',
          name: 'apim',
          resources: [{ type: 'apis', name: 'openai', resources: [{ type: 'policies', name: 'policy', properties: { value: '<policies><inbound><set-header name="api-key"><value>{{k}}</value></set-header></inbound></policies>' } }] }],
        },
      ],
    };
    assert.deepEqual(where(lint('nested.json', JSON.stringify(nested, null, 2))).filter((w) => w.startsWith('AOAI702')), ['AOAI702 15:46']);
    const symbolic = { languageVersion: '2.0', resources: { pol: { type: 'Microsoft.ApiManagement/service/policies', name: 'apim/policy', properties: { value: '<policies><inbound><set-header name="api-key"><value>{{k}}</value></set-header></inbound></policies>' } } } };
    assert.equal(where(lint('symbolic.json', JSON.stringify(symbolic))).filter((w) => w.startsWith('AOAI702')).length, 1);
  });

  it("Bicep: inline '…' and multi-line '''…''' values; fixes keep the string's escaping", () => {
    const code = [
      "resource apim 'Microsoft.ApiManagement/service@2023-05-01-preview' existing = {",
      "  name: 'apim'",
      '}',
      "resource api 'Microsoft.ApiManagement/service/apis@2023-05-01-preview' existing = {",
      '  parent: apim',
      "  name: 'openai'",
      '}',
      "resource apiPolicy 'Microsoft.ApiManagement/service/apis/policies@2023-05-01-preview' = {",
      '  parent: api',
      "  name: 'policy'",
      '  properties: {',
      "    format: 'rawxml'",
      "    value: '''",
      ...POLICY_LINES,
      "'''",
      '  }',
      '}',
      "resource globalPolicy 'Microsoft.ApiManagement/service/policies@2023-05-01-preview' = {",
      '  parent: apim',
      "  name: 'policy'",
      '  properties: {',
      "    value: '<policies><inbound><set-header name=\"api-key\"><value>{{k}}</value></set-header></inbound></policies>'",
      '  }',
      '}',
      "resource fromFile 'Microsoft.ApiManagement/service/apis/policies@2023-05-01-preview' = {",
      '  parent: api',
      "  name: 'policy'",
      "  properties: { value: loadTextContent('policy.xml') }",
      '}',
    ].join('\n');
    const found = lint('main.bicep', code);
    assert.deepEqual(where(found), ['AOAI702 17:5', 'AOAI703 20:5', 'AOAI703 20:47', 'AOAI701 32:23', 'AOAI702 32:32']);
    const fixed = fixAll('main.bicep', code);
    assert.ok(fixed.includes("    value: '<policies><inbound><authentication-managed-identity resource=\"https://cognitiveservices.azure.com\" /><validate-azure-ad-token tenant-id=\"{{tenant-id}}\">"), fixed);
    assert.deepEqual(where(lint('main.bicep', fixed)), []);
  });

  it('a fragment is migrated where it is included: managed identity at its top when inbound includes it, headers only removed when outbound does', () => {
    const fragment = (name: string) => [
      `resource ${name.replace(/-/g, '')} 'Microsoft.ApiManagement/service/policyFragments@2023-05-01-preview' = {`,
      '  parent: apim',
      `  name: '${name}'`,
      "  properties: { format: 'rawxml', value: '<fragment><set-header name=\"api-key\"><value>{{k}}</value></set-header></fragment>' }",
      '}',
    ];
    const code = [
      "resource apim 'Microsoft.ApiManagement/service@2023-05-01-preview' existing = {",
      "  name: 'apim'",
      '}',
      ...fragment('auth-in'),
      ...fragment('auth-out'),
      "resource globalPolicy 'Microsoft.ApiManagement/service/policies@2023-05-01-preview' = {",
      '  parent: apim',
      "  name: 'policy'",
      "  properties: { value: '<policies><inbound><validate-azure-ad-token tenant-id=\"t\" /><include-fragment fragment-id=\"auth-in\" /></inbound><outbound><include-fragment fragment-id=\"auth-out\" /></outbound></policies>' }",
      '}',
    ].join('\n');
    assert.deepEqual(where(lint('frag.bicep', code)), ['AOAI702 7:53', 'AOAI702 12:53']);
    assert.match(lint('frag.bicep', code)[1].fixes[0].title, /included from outbound, where authentication-managed-identity is not allowed/);
    const fixed = fixAll('frag.bicep', code);
    assert.ok(fixed.includes(`name: 'auth-in'\n  properties: { format: 'rawxml', value: '<fragment><authentication-managed-identity resource="https://cognitiveservices.azure.com" /></fragment>' }`), fixed);
    assert.ok(fixed.includes(`name: 'auth-out'\n  properties: { format: 'rawxml', value: '<fragment></fragment>' }`), fixed);
  });

  it('Bicep: a value naming a var uses the variable\'s string, once', () => {
    const code = [
      "var policyXml = '<policies><inbound><set-header name=\"api-key\"><value>{{aoai-key}}</value></set-header></inbound></policies>'",
      "resource p1 'Microsoft.ApiManagement/service/apis/policies@2023-05-01-preview' = {",
      "  name: 'apim/a/policy'",
      '  properties: { value: policyXml }',
      '}',
      "resource p2 'Microsoft.ApiManagement/service/apis/policies@2023-05-01-preview' = {",
      "  name: 'apim/b/policy'",
      '  properties: { value: policyXml }',
      '}',
    ].join('\n');
    assert.deepEqual(where(lint('vars.bicep', code)).filter((w) => w.startsWith('AOAI702')), ['AOAI702 1:37']);
  });

  it('Terraform: heredoc xml_content, including a key interpolated from the account', () => {
    const code = [
      'resource "azurerm_api_management_api_policy" "openai" {',
      '  api_name            = azurerm_api_management_api.openai.name',
      '  api_management_name = azurerm_api_management.apim.name',
      '  resource_group_name = azurerm_resource_group.rg.name',
      '',
      '  xml_content = <<XML',
      '<policies>',
      '  <inbound>',
      '    <base />',
      '    <set-header name="api-key" exists-action="override">',
      '      <value>${azurerm_cognitive_account.openai.primary_access_key}</value>',
      '    </set-header>',
      '  </inbound>',
      '</policies>',
      'XML',
      '}',
    ].join('\n');
    const found = lint('main.tf', code);
    assert.deepEqual(where(found), ['AOAI701 8:3', 'AOAI702 10:5']);
    assert.match(found[1].message, /interpolated by the IaC template/);
    const fixed = fixAll('main.tf', code);
    assert.ok(fixed.includes('    <authentication-managed-identity resource="https://cognitiveservices.azure.com" />\n'));
    assert.ok(fixed.includes('<validate-azure-ad-token tenant-id="{{tenant-id}}">'));
    assert.deepEqual(where(lint('main.tf', fixed)), []);
  });

  it('Terraform: an operation policy inherits the API policy of the same api_name in the same file', () => {
    const op = (apiName: string) => [
      'resource "azurerm_api_management_api_operation_policy" "chat" {',
      `  api_name     = ${apiName}`,
      '  operation_id = "chat-completions"',
      '  xml_content  = <<XML',
      '<policies><inbound><base /><authentication-managed-identity resource="https://cognitiveservices.azure.com" /></inbound></policies>',
      'XML',
      '}',
    ];
    const api = [
      'resource "azurerm_api_management_api_policy" "openai" {',
      '  api_name    = azurerm_api_management_api.openai.name',
      '  xml_content = <<XML',
      '<policies><inbound><validate-azure-ad-token tenant-id="{{tenant-id}}"><client-application-ids><application-id>{{app}}</application-id></client-application-ids></validate-azure-ad-token></inbound></policies>',
      'XML',
      '}',
    ];
    assert.deepEqual(where(lint('ops.tf', [...api, ...op('azurerm_api_management_api.openai.name')].join('\n'))), []);
    const elsewhere = lint('ops.tf', [...api, ...op('azurerm_api_management_api.other.name')].join('\n'));
    assert.deepEqual(where(elsewhere), ['AOAI701 11:11']);
    assert.equal(elsewhere[0].severity, 'info', "the other API's policy is not in the file: it may validate");
    const global = ['resource "azurerm_api_management_policy" "g" {', '  xml_content = <<XML', '<policies><inbound><cors /></inbound></policies>', 'XML', '}'];
    const withGlobal = lint('ops.tf', [...global, ...op('azurerm_api_management_api.other.name')].join('\n'));
    assert.deepEqual(where(withGlobal), ['AOAI701 3:11', 'AOAI701 10:11']);
    assert.deepEqual(withGlobal.map((f) => f.severity), ['info', 'info'], 'an unknown API policy between the operation and the global policy keeps it info');
  });

  it('an inline suppression comment in the policy hides the finding', () => {
    const code = ['<policies>', '  <inbound>', '    <base />', '    <!-- aoai-lint-disable-next-line AOAI702 -- migrating next sprint -->', '    <set-header name="api-key"><value>{{k}}</value></set-header>', '  </inbound>', '</policies>'].join('\n');
    assert.deepEqual(where(lint('gw/policy.xml', code)).filter((w) => w.startsWith('AOAI702')), []);
  });

  it('Terraform: the policy block of azurerm_api_management is the global scope; file() yields nothing', () => {
    const code = [
      'resource "azurerm_api_management" "apim" {',
      '  name = "apim"',
      '  policy {',
      '    xml_content = <<-XML',
      '      <policies>',
      '        <inbound>',
      '          <validate-jwt header-name="Authorization"><openid-config url="https://login.microsoftonline.com/t/v2.0/.well-known/openid-configuration" /></validate-jwt>',
      '        </inbound>',
      '      </policies>',
      '    XML',
      '  }',
      '}',
      'resource "azurerm_api_management_api_policy" "p" {',
      '  xml_content = file("${path.module}/policy.xml")',
      '}',
    ].join('\n');
    assert.deepEqual(where(lint('apim.tf', code)), ['AOAI703 7:11']);
  });
});
