import type { Rule } from '../../engine/rule';
import type { Fix, Severity, TextEdit } from '../../engine/types';
import { redactSecret } from '../../engine/redact';
import { isPlaceholder } from '../../engine/azure-signals';
import { apimPolicyParser, attribute, childrenNamed, namedValueRefs, sectionOf, textOf, type PolicyElement } from '../../engine/parsers/apim';
import { resourceOfScope, startsLine } from './policy-edits';

export const rule: Rule = {
  meta: {
    code: 'AOAI702',
    name: 'apim-api-key-header-injection',
    description: 'An APIM policy injects an `api-key` header, so the gateway calls Azure OpenAI with a key instead of its managed identity.',
    severity: 'warning',
    category: 'gateway',
    kinds: ['apim-policy'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `<set-header name="api-key">` in the inbound or backend section (or a fragment) with `exists-action` `override` (the ' +
        'default), `append` or `skip` and a `<value>`: the gateway sends an Azure OpenAI key to the backend. The message says where the ' +
        'value comes from (a `{{named value}}`, a policy expression, an IaC interpolation or a literal). A literal key is an error (and is ' +
        'never printed); every other value is a warning. `exists-action="delete"` (which strips the caller\'s key), expressions that only read the header, and APIM\'s own ' +
        'subscription-key header settings are not flagged.',
      whyBad:
        'The key keeps local (key) authentication enabled on the Azure OpenAI account, is shared by every caller behind the gateway, ' +
        'and leaks through named values, exports and deployment history. The gateway\'s managed identity gets a short-lived Entra ID ' +
        'token instead, and lets you set `disableLocalAuth: true` on the account.',
      example: [
        '<inbound>',
        '    <base />',
        '    <set-backend-service backend-id="openai-backend" />',
        '    <set-header name="api-key" exists-action="override">',
        '        <value>{{azure-openai-key}}</value>',
        '    </set-header>',
        '</inbound>',
      ].join('\n'),
      useInstead: [
        '<inbound>',
        '    <base />',
        '    <set-backend-service backend-id="openai-backend" />',
        '    <authentication-managed-identity resource="https://cognitiveservices.azure.com" />',
        '</inbound>',
      ].join('\n'),
      exampleLanguage: 'xml',
      fixSafety:
        'Unsafe: it switches the gateway from key to Entra ID authentication. Replaces the `set-header` with ' +
        '`<authentication-managed-identity resource="…"/>` (the resource of the configured token scope), or removes it when the policy ' +
        'already has one. The API Management instance needs a managed identity with the "Cognitive Services OpenAI User" role on the ' +
        'Azure OpenAI account, and the key named value should then be deleted.',
      references: [
        'https://learn.microsoft.com/azure/api-management/api-management-authenticate-authorize-azure-openai',
        'https://learn.microsoft.com/azure/api-management/authentication-managed-identity-policy',
        'https://learn.microsoft.com/azure/api-management/set-header-policy',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/role-based-access-control',
      ],
    },
  },
  prefilter: /api(?:-|&#0*45;|&#x0*2d;)key/i,
  check(context) {
    const doc = context.parse(apimPolicyParser);
    // Only one header is replaced by the managed-identity policy; further ones are removed, so
    // applying every fix at once never writes two authentication-managed-identity elements.
    let hasManagedIdentity = doc.elements.some((e) => e.name === 'authentication-managed-identity');
    for (const el of doc.elements) {
      if (el.name !== 'set-header') continue;
      if (attribute(el, 'name')?.value.trim().toLowerCase() !== 'api-key') continue;
      const where = sectionOf(el);
      if (where === 'outbound' || where === 'on-error') continue;
      const action = attribute(el, 'exists-action')?.value.trim().toLowerCase() ?? 'override';
      if (action === 'delete') continue;
      const values = childrenNamed(el, 'value').map(textOf).filter((v) => v.length > 0);
      if (values.length === 0) continue;
      const { severity, what } = describeValue(values[0]);
      context.report({
        start: el.start,
        end: el.openEnd,
        message: `The gateway sends an api-key header (${what}) to the backend: Azure OpenAI is called with a key, not the gateway's managed identity.`,
        severity,
        fixes: [replaceWithManagedIdentity(context.file.text, el, hasManagedIdentity, resourceOfScope(context.settings.tokenScope), (o) => startsLine(context.file, o))],
      });
      hasManagedIdentity = true;
    }
  },
};

/** Where the injected value comes from, and how bad that is. Never quotes a literal key. */
function describeValue(value: string): { severity: Severity; what: string } {
  if (/^@[({]/.test(value)) {
    return /Request\.Headers/.test(value) && /api-key/i.test(value)
      ? { severity: 'warning', what: "forwarding the caller's key" }
      : { severity: 'warning', what: 'computed by a policy expression' };
  }
  const refs = namedValueRefs(value);
  if (refs.length > 0) return { severity: 'warning', what: `from named value {{${refs[0]}}}` };
  if (/\$\{[^}]*\}/.test(value)) return { severity: 'warning', what: 'interpolated by the IaC template' };
  if (/\[\s*(?:parameters|variables|listKeys)\(/i.test(value)) return { severity: 'warning', what: 'set by a template expression' };
  if (isPlaceholder(value)) return { severity: 'warning', what: 'a placeholder value' };
  return { severity: 'error', what: `a hard-coded key, ${redactSecret(value)}` };
}

/**
 * Replaces the `set-header` with `authentication-managed-identity`, or removes it (with its line)
 * when the policy already authenticates with the managed identity.
 */
function replaceWithManagedIdentity(text: string, el: PolicyElement, hasManagedIdentity: boolean, resource: string, ownLine: (offset: number) => boolean): Fix {
  const role = 'assign the gateway\'s managed identity the "Cognitive Services OpenAI User" role on the Azure OpenAI account and delete the key named value';
  let edit: TextEdit;
  if (hasManagedIdentity) {
    let start = el.start;
    let end = el.end;
    if (ownLine(el.start)) {
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      let e = end;
      while (e < text.length && (text[e] === ' ' || text[e] === '\t')) e++;
      if (text[e] === '\r' || text[e] === '\n') {
        // Take the line break before the element, so the surrounding lines stay as they were.
        if (start > 0 && text[start - 1] === '\n') start--;
        if (start > 0 && text[start - 1] === '\r') start--;
        end = e;
      }
    }
    edit = { start, end, newText: '' };
    return { title: `Remove the api-key header (the policy already uses authentication-managed-identity); ${role}`, applicability: 'unsafe', edits: [edit] };
  }
  edit = { start: el.start, end: el.end, newText: `<authentication-managed-identity resource="${resource}" />` };
  return { title: `Use the gateway's managed identity (authentication-managed-identity); ${role}`, applicability: 'unsafe', edits: [edit] };
}
