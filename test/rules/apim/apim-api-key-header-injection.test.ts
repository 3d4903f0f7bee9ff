import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/apim/apim-api-key-header-injection';
import { apimEmbedders } from '../../../rules/apim';
import { assertFixedClean } from './fix-helpers';

const MI = '<authentication-managed-identity resource="https://cognitiveservices.azure.com" />';
const inbound = (body: string) => `<policies>
    <inbound>
        <base />
${body}
    </inbound>
</policies>
`;
const LITERAL_KEY = '0123456789abcdef0123456789abcdef';

testRule(rule, {
  path: 'apim/openai-policy.xml',
  embedders: apimEmbedders,
  valid: [
    { name: 'exists-action="delete" strips the caller\'s key', code: inbound(`        <set-header name="api-key" exists-action="delete" />\n        ${MI}`) },
    { name: 'the managed identity policy alone', code: inbound(`        <set-backend-service backend-id="openai" />\n        ${MI}`) },
    {
      name: 'an expression that only reads the api-key header',
      code: inbound(`        <set-variable name="callerKey" value="@(context.Request.Headers.GetValueOrDefault("api-key", ""))" />
        <choose>
            <when condition="@(context.Request.Headers.GetValueOrDefault("api-key","") == "")"><return-response><set-status code="401" /></return-response></when>
        </choose>`),
    },
    { name: 'another header', code: inbound('        <set-header name="x-api-key-id" exists-action="override"><value>abc</value></set-header>') },
    { name: 'an api-key header with no value injects nothing', code: inbound('        <set-header name="api-key" exists-action="override" />') },
    { name: 'a commented-out key header', code: inbound('        <!-- <set-header name="api-key"><value>{{key}}</value></set-header> -->') },
    {
      name: 'an api-key header on the response (outbound) is not backend auth',
      code: '<policies><inbound><base /></inbound><outbound><set-header name="api-key" exists-action="delete" /></outbound></policies>',
    },
    {
      name: 'ARM: subscriptionKeyParameterNames renames APIM\'s own subscription header',
      path: 'azuredeploy.json',
      code: JSON.stringify({ resources: [{ type: 'Microsoft.ApiManagement/service/apis', name: 'apim/openai', properties: { subscriptionKeyParameterNames: { header: 'api-key', query: 'api-key' } } }] }, null, 2),
    },
  ],
  invalid: [
    {
      name: 'a named-value key with exists-action override',
      code: inbound('        <set-header name="api-key" exists-action="override">\n            <value>{{azure-openai-key}}</value>\n        </set-header>'),
      errors: [{ line: 4, column: 9, endLine: 4, endColumn: 61, severity: 'warning', message: 'from named value {{azure-openai-key}}' }],
      output: inbound(`        ${MI}`),
      fixTitle: 'Cognitive Services OpenAI User',
    },
    {
      name: 'exists-action defaults to override',
      code: inbound('        <set-header name="API-KEY"><value>{{aoai-key}}</value></set-header>'),
      errors: [{ line: 4, column: 9, endColumn: 36, message: 'from named value {{aoai-key}}' }],
      output: inbound(`        ${MI}`),
    },
    {
      name: 'exists-action append and skip also inject',
      code: inbound('        <set-header name="api-key" exists-action="append"><value>{{k1}}</value></set-header>\n        <set-header name="api-key" exists-action="skip"><value>{{k2}}</value></set-header>'),
      errors: [
        { line: 4, column: 9, message: '{{k1}}' },
        { line: 5, column: 9, message: '{{k2}}' },
      ],
      output: inbound(`        ${MI}`),
    },
    {
      name: 'a literal key is an error and is never printed',
      code: inbound(`        <set-header name="api-key" exists-action="override"><value>${LITERAL_KEY}</value></set-header>`),
      errors: [{ line: 4, column: 9, severity: 'error', message: /hard-coded key, 0123… \(32 chars\)/ }],
      output: inbound(`        ${MI}`),
    },
    {
      name: 'forwarding the caller\'s key with an expression',
      code: inbound('        <set-header name="api-key" exists-action="override"><value>@(context.Request.Headers.GetValueOrDefault("x-key", ""))</value></set-header>'),
      errors: [{ line: 4, column: 9, message: 'computed by a policy expression' }],
    },
    {
      name: 'with authentication-managed-identity already present, the fix removes the header line',
      code: inbound(`        ${MI}\n        <set-header name="api-key" exists-action="override"><value>{{aoai-key}}</value></set-header>`),
      errors: [{ line: 5, column: 9 }],
      output: inbound(`        ${MI}`),
      fixTitle: /keep the authentication-managed-identity already at the top of inbound and remove the api-key header.*Cognitive Services OpenAI User.*delete the named value \{\{aoai-key\}\}/,
    },
    {
      name: 'inside a policy fragment',
      path: 'apim/fragments/aoai-backend.xml',
      code: '<fragment>\n    <set-header name="api-key" exists-action="override">\n        <value>{{aoai-key}}</value>\n    </set-header>\n</fragment>\n',
      errors: [{ line: 2, column: 5 }],
      output: `<fragment>\n    ${MI}\n</fragment>\n`,
    },
    {
      name: 'a key injected in every branch of a choose: all headers go, one unconditional managed identity at the top of inbound',
      code: `<policies>
    <inbound>
        <base />
        <set-backend-service backend-id="openai" />
        <choose>
            <when condition="@(context.Request.Headers.ContainsKey(&quot;x-east&quot;))">
                <set-backend-service backend-id="east" />
                <set-header name="api-key" exists-action="override">
                    <value>{{east-key}}</value>
                </set-header>
            </when>
            <otherwise>
                <set-header name="api-key" exists-action="override">
                    <value>{{west-key}}</value>
                </set-header>
            </otherwise>
        </choose>
    </inbound>
    <backend>
        <forward-request />
    </backend>
    <outbound>
        <base />
    </outbound>
</policies>
`,
      errors: [{ line: 8, column: 17 }, { line: 13, column: 17 }],
      fixTitle: /one authentication-managed-identity at the top of inbound and remove all 2 api-key headers.*delete the named values \{\{east-key\}\}, \{\{west-key\}\} that held the key and rotate the account keys/,
      output: `<policies>
    <inbound>
        <base />
        ${MI}
        <set-backend-service backend-id="openai" />
        <choose>
            <when condition="@(context.Request.Headers.ContainsKey(&quot;x-east&quot;))">
                <set-backend-service backend-id="east" />
            </when>
            <otherwise>
            </otherwise>
        </choose>
    </inbound>
    <backend>
        <forward-request />
    </backend>
    <outbound>
        <base />
    </outbound>
</policies>
`,
    },
    {
      name: 'a key header in the backend section: removed there, the managed identity goes to inbound (never into backend)',
      code: '<policies>\n    <inbound>\n        <base />\n    </inbound>\n    <backend>\n        <set-header name="api-key"><value>{{k}}</value></set-header>\n        <forward-request />\n    </backend>\n</policies>\n',
      errors: [{ line: 6, column: 9 }],
      output: `<policies>\n    <inbound>\n        <base />\n        ${MI}\n    </inbound>\n    <backend>\n        <forward-request />\n    </backend>\n</policies>\n`,
    },
    {
      name: 'a managed identity only inside one branch does not count: one unconditional one is added',
      code: inbound(`        <choose>\n            <when condition="@(true)">\n                ${MI}\n            </when>\n        </choose>\n        <set-header name="api-key"><value>{{k}}</value></set-header>`),
      errors: [{ line: 9, column: 9 }],
      output: inbound(`        ${MI}\n        <choose>\n            <when condition="@(true)">\n                ${MI}\n            </when>\n        </choose>`),
    },
    {
      name: 'inbound without base: the managed identity is its first child',
      code: '<policies>\n    <inbound>\n        <set-backend-service backend-id="b" />\n        <set-header name="api-key"><value>{{k}}</value></set-header>\n    </inbound>\n</policies>\n',
      errors: [{ line: 4, column: 9 }],
      output: `<policies>\n    <inbound>\n        ${MI}\n        <set-backend-service backend-id="b" />\n    </inbound>\n</policies>\n`,
    },
    {
      name: 'entity-encoded names are decoded',
      code: inbound('        <set-header name="api&#45;key"><value>{{aoai-key}}</value></set-header>'),
      errors: [{ line: 4, column: 9 }],
    },
    {
      name: 'ARM JSON: the fix is JSON-escaped into the value string',
      path: 'azuredeploy.json',
      code: JSON.stringify(
        { resources: [{ type: 'Microsoft.ApiManagement/service/apis/policies', name: 'apim/openai/policy', properties: { format: 'rawxml', value: '<policies>\r\n  <inbound>\r\n    <base />\r\n    <set-header name="api-key" exists-action="override">\r\n      <value>{{aoai-key}}</value>\r\n    </set-header>\r\n  </inbound>\r\n</policies>' } }] },
        null,
        2,
      ),
      errors: [{ line: 8, column: 68, severity: 'warning' }],
      output: JSON.stringify(
        { resources: [{ type: 'Microsoft.ApiManagement/service/apis/policies', name: 'apim/openai/policy', properties: { format: 'rawxml', value: `<policies>\r\n  <inbound>\r\n    <base />\r\n    ${MI}\r\n  </inbound>\r\n</policies>` } }] },
        null,
        2,
      ),
    },
  ],
});

describe('AOAI702 fix', () => {
  it('uses the resource of the configured token scope', () => {
    const fixed = assertFixedClean(rule, { name: 'x', code: inbound('        <set-header name="api-key"><value>{{k}}</value></set-header>') }, 'apim/p.xml');
    assert.ok(fixed.includes(MI));
  });
});
