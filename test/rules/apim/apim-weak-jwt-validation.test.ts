import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testRule } from '../../helpers/rule-tester';
import { rule } from '../../../rules/apim/apim-weak-jwt-validation';
import { apimEmbedders } from '../../../rules/apim';
import { assertFixedClean } from './fix-helpers';

const OIDC = '<openid-config url="https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration" />';
const AUD = '<audiences><audience>api://aoai-gateway</audience></audiences>';
const doc = (jwt: string) => `<policies>
    <inbound>
        <base />
        ${jwt}
    </inbound>
</policies>
`;

testRule(rule, {
  path: 'apim/policy.xml',
  embedders: apimEmbedders,
  valid: [
    { name: 'audiences checked', code: doc(`<validate-jwt header-name="Authorization">${OIDC}${AUD}</validate-jwt>`) },
    {
      name: 'required claims checked',
      code: doc(`<validate-jwt header-name="Authorization">${OIDC}<required-claims><claim name="roles" match="any"><value>AOAI.Caller</value></claim></required-claims></validate-jwt>`),
    },
    { name: 'explicit true values', code: doc(`<validate-jwt header-name="Authorization" require-signed-tokens="true" require-expiration-time="true">${OIDC}${AUD}</validate-jwt>`) },
    { name: 'values from named values or expressions are not judged', code: doc(`<validate-jwt header-name="Authorization" require-signed-tokens="{{signed}}" require-expiration-time="@(false)">${OIDC}${AUD}</validate-jwt>`) },
    { name: 'validate-azure-ad-token is a different policy', code: doc('<validate-azure-ad-token tenant-id="{{tenant-id}}" />') },
  ],
  invalid: [
    {
      name: 'neither audiences nor required claims: the audience suggestion goes last',
      code: doc(`<validate-jwt header-name="Authorization">\n            ${OIDC}\n        </validate-jwt>`),
      errors: [{ line: 4, column: 9, endLine: 4, endColumn: 22, severity: 'warning', message: 'neither <audiences> nor <required-claims>' }],
      output: null,
    },
    {
      name: 'require-signed-tokens="false"',
      code: doc(`<validate-jwt header-name="Authorization" require-signed-tokens="false">${OIDC}${AUD}</validate-jwt>`),
      errors: [{ line: 4, column: 51, endLine: 4, endColumn: 80, message: 'unsigned tokens' }],
      output: doc(`<validate-jwt header-name="Authorization" require-signed-tokens="true">${OIDC}${AUD}</validate-jwt>`),
    },
    {
      name: 'require-expiration-time="False" with single quotes',
      code: doc(`<validate-jwt header-name="Authorization" require-expiration-time='False'>${OIDC}${AUD}</validate-jwt>`),
      errors: [{ line: 4, column: 51, message: 'without an expiry' }],
      output: doc(`<validate-jwt header-name="Authorization" require-expiration-time='true'>${OIDC}${AUD}</validate-jwt>`),
    },
    {
      name: 'all three weaknesses at once, inside ARM JSON',
      path: 'azuredeploy.json',
      code: JSON.stringify({ resources: [{ type: 'Microsoft.ApiManagement/service/apis/policies', name: 'apim/openai/policy', properties: { value: `<policies><inbound><validate-jwt header-name="Authorization" require-signed-tokens="false" require-expiration-time="false">${OIDC}</validate-jwt></inbound></policies>` } }] }),
      errors: [{ line: 1, column: 141, endColumn: 154 }, { line: 1, column: 185, endColumn: 216 }, { line: 1, column: 217, endColumn: 250 }],
    },
  ],
});

describe('AOAI703 suggested fix', () => {
  it('adds <audiences> before <issuers>, at the children\'s indentation, and the result lints clean', () => {
    const code = doc(`<validate-jwt header-name="Authorization">\n            ${OIDC}\n            <issuers><issuer>https://sts.windows.net/{{tenant-id}}/</issuer></issuers>\n        </validate-jwt>`);
    const fixed = assertFixedClean(rule, { name: 'x', code }, 'apim/policy.xml');
    assert.equal(
      fixed,
      doc(`<validate-jwt header-name="Authorization">\n            ${OIDC}\n            <audiences>\n                <audience>https://cognitiveservices.azure.com</audience>\n            </audiences>\n            <issuers><issuer>https://sts.windows.net/{{tenant-id}}/</issuer></issuers>\n        </validate-jwt>`),
    );
  });

  it('expands a self-closing validate-jwt and keeps one-line elements on one line', () => {
    const selfClosing = doc('<validate-jwt header-name="Authorization" />');
    assert.equal(
      assertFixedClean(rule, { name: 'x', code: selfClosing }, 'apim/policy.xml'),
      doc('<validate-jwt header-name="Authorization">\n            <audiences>\n                <audience>https://cognitiveservices.azure.com</audience>\n            </audiences>\n        </validate-jwt>'),
    );
    const oneLine = doc(`<validate-jwt header-name="Authorization">${OIDC}</validate-jwt>`);
    assert.equal(
      assertFixedClean(rule, { name: 'x', code: oneLine }, 'apim/policy.xml'),
      doc(`<validate-jwt header-name="Authorization">${OIDC}<audiences><audience>https://cognitiveservices.azure.com</audience></audiences></validate-jwt>`),
    );
  });
});
