import { httpParser } from '../../engine/parsers/http';
import { keyHeaders } from './http-key-sources';
import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { ROLE } from './key-settings';

export const rule: Rule = {
  meta: {
    code: 'AOAI403',
    name: 'http-api-key-header',
    description: 'Flags `api-key` headers sent to Azure OpenAI in REST Client `.http` and `.rest` files.',
    severity: 'warning',
    category: 'config',
    kinds: ['http'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags an `api-key:` header (any case) on a request whose URL, after file variables (`@endpoint = ...`) are substituted, is an Azure OpenAI / AI Services endpoint or has an `/openai/deployments/` or `/openai/v1/` path. The header is key auth whatever its value (`{{key}}`, `{{$dotenv ...}}` or a literal, which `secret-*` rules also report), so it is a warning in every case. Requests through an API Management gateway (`*.azure-api.net`) are info without a fix: that key belongs to APIM. Azure AI Search and GitHub Models requests are not flagged; commented-out headers are ignored.',
      whyBad:
        'Request files are shared and committed; an `api-key` header keeps the team on shared keys instead of their own Entra identities, which are audited and need no secret.',
      example: 'POST https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\napi-key: {{$dotenv AZURE_OPENAI_API_KEY}}\nContent-Type: application/json',
      useInstead:
        'POST https://contoso.openai.azure.com/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21\nAuthorization: Bearer {{$aadV2Token scopes:https://cognitiveservices.azure.com/.default}}\nContent-Type: application/json',
      exampleLanguage: 'http',
      fixSafety:
        "Unsafe: it replaces the header with `Authorization: Bearer {{$aadV2Token scopes:<scope>}}`. REST Client's `$aadV2Token` returns the bare access token (so `Bearer ` is written by the fix), signs in with a device code in the `common` tenant unless `tenantId:` is added (the option is case-sensitive), and the signed-in account needs the Cognitive Services OpenAI User role on the resource. When the request already has an `Authorization` header, the fix only removes `api-key`.",
      references: [
        'https://github.com/Huachao/vscode-restclient#system-variables',
        'https://learn.microsoft.com/azure/ai-services/openai/reference#authentication',
        'https://learn.microsoft.com/azure/ai-services/openai/how-to/managed-identity',
      ],
    },
  },
  prefilter: /api-key/i,
  check(context) {
    const doc = context.parse(httpParser);
    const scope = context.settings.tokenScope;
    for (const { header: h, target: where, reads } of keyHeaders(doc)) {
      const request = doc.requests.find((r) => r.headers.includes(h))!;
      const related = reads.length ? reads.map((r) => ({ start: r.start, end: r.end, message: `The key is read here from ${r.name} (${r.source}).` })) : undefined;
      if (where === 'apim') {
        context.report({
          start: h.nameStart,
          end: h.valueEnd,
          severity: 'info',
          message: 'This request sends an api-key to an API Management gateway: the key belongs to APIM, so the fix is on the gateway (validate-jwt, managed identity to the backend), not in this file.',
          related,
        });
        continue;
      }
      const hasAuthorization = request.headers.some((x) => /^authorization$/i.test(x.name));
      const fix: Fix = hasAuthorization
        ? { title: `Remove the api-key header (the request already sends Authorization); the signed-in identity needs the ${ROLE} role`, applicability: 'unsafe', edits: [{ start: h.lineStart, end: h.lineEnd, newText: '' }] }
        : {
            title: `Send a Microsoft Entra token with REST Client's $aadV2Token (device-code sign-in; add tenantId: for your tenant); the signed-in account needs the ${ROLE} role`,
            applicability: 'unsafe',
            edits: [{ start: h.nameStart, end: h.valueEnd, newText: `Authorization: Bearer {{$aadV2Token scopes:${scope}}}` }],
          };
      context.report({
        start: h.nameStart,
        end: h.valueEnd,
        message: 'This request authenticates to Azure OpenAI with an api-key header: a shared key instead of your own Microsoft Entra identity.',
        fixes: [fix],
        related,
      });
    }
  },
};
