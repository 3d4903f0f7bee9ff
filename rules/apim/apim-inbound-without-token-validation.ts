import type { Rule, RuleContext } from '../../engine/rule';
import type { Fix, Severity } from '../../engine/types';
import { apimPolicyParser, section, type PolicyDocument, type PolicyElement } from '../../engine/parsers/apim';
import * as path from 'node:path';
import { AI_SIGNAL, OTHER_BACKEND_SIGNAL, baseOf, parentsValidate, placeOf, validatesCaller, type PolicyPlace } from './inheritance';
import { childIndent, indentUnit, isSingleLine, layout, resourceOfScope } from './policy-edits';
import { LABEL_MARK } from './embedders';

export const rule: Rule = {
  meta: {
    code: 'AOAI701',
    name: 'apim-inbound-without-token-validation',
    description: 'An APIM policy in front of Azure OpenAI lets requests through without validating an Entra ID token.',
    severity: 'warning',
    category: 'gateway',
    kinds: ['apim-policy'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags the `<inbound>` section of an API Management policy for Azure OpenAI / Azure AI Services that has no unconditional ' +
        '`validate-jwt` or `validate-azure-ad-token` (or `validate-client-certificate`). With `<base/>` it follows the parent scopes ' +
        '(global → product → API → operation) found in the same ARM template, Bicep or Terraform file, in an APIOps extract ' +
        '(`policy.xml`, `apis/<api>/policy.xml`, `apis/<api>/operations/<op>/policy.xml`), or, for an XML file that a Bicep file loads ' +
        'with `loadTextContent` (or a Terraform file with `file()`/`templatefile()`), in that file; and `<include-fragment>` fragments found in the same file or the workspace. When no parent can be ' +
        'found it reports at `info`: the policy relies on a parent scope. A validation inside a `<choose>` branch counts only when every ' +
        'branch, `<otherwise>` included, validates. A global policy without validation is reported at `info` (the APIs below may ' +
        'validate tokens themselves). Only policies in front of Azure OpenAI are checked: the policy itself has a mark (an ' +
        '`azure-openai-*`/`llm-*` policy, a `cognitiveservices`/`openai` URL or resource, an injected `api-key` header, token accounting ' +
        'on `usage.total_tokens`); or, when it names no backend of another kind (AI Search, Azure ML, MCP), a fragment it includes, ' +
        'its host file, one of its three nearest folder names (`openai-proxy/…`, `aoai/…`; not broader words such as `ai-gateway`, whose repositories front other models too) or a parent policy has one. ' +
        '`<set-header name="api-key" exists-action="delete">` strips a client key and is no mark. A mock that answers in inbound (`<return-response>`, `<mock-response>`) reaches no backend and is not reported. A Bicep `param` default that a ' +
        'policy resource uses as its `value` is read as the policy.',
      whyBad:
        'Without token validation the gateway admits anyone who holds a subscription key (a shared secret) or, with subscriptions off, ' +
        'anyone at all, and then calls Azure OpenAI with its own identity or key. The callers never authenticate with Entra ID, so there ' +
        'is no per-user identity, no Conditional Access and no way to revoke one caller. Without `<base/>`, global or product ' +
        'validation does not run either.',
      example: [
        '<policies>',
        '    <inbound>',
        '        <base />',
        '        <set-backend-service backend-id="openai-backend" />',
        '        <authentication-managed-identity resource="https://cognitiveservices.azure.com" />',
        '    </inbound>',
        '</policies>',
      ].join('\n'),
      useInstead: [
        '<policies>',
        '    <inbound>',
        '        <base />',
        '        <validate-azure-ad-token tenant-id="{{tenant-id}}">',
        '            <client-application-ids>',
        '                <application-id>{{client-application-id}}</application-id>',
        '            </client-application-ids>',
        '            <audiences>',
        '                <audience>https://cognitiveservices.azure.com</audience>',
        '            </audiences>',
        '        </validate-azure-ad-token>',
        '        <set-backend-service backend-id="openai-backend" />',
        '        <authentication-managed-identity resource="https://cognitiveservices.azure.com" />',
        '    </inbound>',
        '</policies>',
      ].join('\n'),
      exampleLanguage: 'xml',
      fixSafety:
        'Unsafe when the config sets `tenantId`: the inserted `validate-azure-ad-token` (right after `<base/>`, or first in `<inbound>`) ' +
        'names that tenant, the audience of the configured token scope, and the `clientApplicationIds` of the config when set. Without ' +
        '`tenantId` it is a suggestion only, with the named values `{{tenant-id}}` and `{{client-application-id}}` to create and fill in. ' +
        'Once deployed it rejects every caller that does not send such a token, so callers must switch to Entra ID first.',
      references: [
        'https://learn.microsoft.com/azure/api-management/validate-azure-ad-token-policy',
        'https://learn.microsoft.com/azure/api-management/validate-jwt-policy',
        'https://learn.microsoft.com/azure/api-management/api-management-authenticate-authorize-azure-openai',
        'https://learn.microsoft.com/azure/api-management/api-management-howto-policies',
      ],
    },
  },
  prefilter: /<inbound\b/,
  check(context) {
    const doc = context.parse(apimPolicyParser);
    if (doc.kind !== 'policies') return;
    const inbound = section(doc, 'inbound');
    if (!inbound) return;
    const place = placeOf(context);
    const own = validatesCaller(inbound.children, place.fragments);
    if (own.validated) return;
    // A mock (`<return-response>` / `<mock-response>` straight in inbound) never reaches a backend.
    if (inbound.children.some((c) => c.name === 'return-response' || c.name === 'mock-response')) return;
    if (!frontsAzureAI(context, doc, place)) return;

    const notes: string[] = [];
    if (own.conditional) notes.push('A validation inside <choose> (or another container) runs only on some requests, so it does not count.');
    let severity: Severity = 'warning';
    let message: string;
    const base = baseOf(inbound);
    if (place.scope === 'global') {
      // Every API below may validate tokens itself: a weak signal on its own.
      severity = 'info';
      message =
        'The global inbound policy validates no Entra ID token (validate-jwt or validate-azure-ad-token): every API and operation below must validate one itself.';
    } else if (!base) {
      message =
        'Inbound validates no Entra ID token (validate-jwt or validate-azure-ad-token) and has no <base/>, so no parent scope can either: callers are not authenticated with Entra ID.';
    } else {
      const parents = parentsValidate(place);
      if (parents.validated) return;
      if (parents.complete) {
        const which = place.parents.filter((p) => p.doc).map((p) => p.describe).join(', ');
        message = `Inbound validates no Entra ID token (validate-jwt or validate-azure-ad-token), and neither do its parent scopes${which ? ` (${which})` : ''}: callers are not authenticated with Entra ID.`;
      } else {
        severity = 'info';
        message =
          'Inbound validates no Entra ID token itself and relies on a parent scope through <base/>; no parent policy that validates one was found in the workspace.';
      }
    }
    if (own.unresolvedFragment) {
      severity = 'info';
      notes.push(`Fragment "${own.unresolvedFragment}" was not found in the workspace; it may validate the token.`);
    }
    context.report({
      start: inbound.start,
      end: inbound.openEnd,
      message: [message, ...notes].join(' '),
      severity,
      fixes: [insertValidation(context, doc, inbound, base)],
    });
  },
};

/**
 * What a policy's own text says about its backend: `ai` for an Azure OpenAI mark, `other` for a
 * backend that is not Azure OpenAI (AI Search, ML, MCP). Comments do not count, nor does
 * `<set-header name="api-key" exists-action="delete">`, which strips a client's key.
 */
function backendSignal(text: string, doc: PolicyDocument): 'ai' | 'other' | undefined {
  const cut: { start: number; end: number }[] = [...doc.comments];
  for (const e of doc.elements) {
    if (e.name === 'set-header' && /^delete$/i.test(e.attributes.find((a) => a.name === 'exists-action')?.value.trim() ?? '')) cut.push({ start: e.start, end: e.end });
  }
  cut.sort((a, b) => a.start - b.start);
  let kept = '';
  let at = 0;
  for (const c of cut) {
    if (c.start < at) continue;
    kept += text.slice(at, c.start) + ' ';
    at = c.end;
  }
  kept += text.slice(at);
  if (AI_SIGNAL.test(kept)) return 'ai';
  return OTHER_BACKEND_SIGNAL.test(kept) ? 'other' : undefined;
}

/** Directories above a policy whose names may say what it fronts (`openai-gateway/policies/`). */
const NAMED_DIRS = 3;
/**
 * Folder names that say Azure OpenAI. Broader words (`ai-gateway`, `llm`, `genai`) are not enough:
 * such repositories also front Bedrock, Gemini, Ollama and mock APIs.
 */
const NAMED_DIR_SIGNAL = /openai|\baoai\b|cognitive-?services/i;

/**
 * The policy fronts Azure OpenAI / AI Services: its own text says so; or, when it names no backend
 * of another kind, a fragment it includes, its host file (name or text), one of the nearest folder
 * names, or a parent policy does.
 */
function frontsAzureAI(context: RuleContext, doc: PolicyDocument, place: PolicyPlace): boolean {
  const own = backendSignal(context.file.text, doc);
  if (own) return own === 'ai';
  const included = doc.elements.filter((e) => e.name === 'include-fragment');
  for (const inc of included) {
    const id = inc.attributes.find((a) => a.name === 'fragment-id')?.value.trim();
    const fragment = id ? place.fragments(id) : undefined;
    if (fragment && fragment.elements.some((e) => AI_SIGNAL.test(e.name) || e.attributes.some((a) => AI_SIGNAL.test(a.value)))) return true;
  }
  const filePath = context.file.path;
  const mark = filePath.lastIndexOf(LABEL_MARK);
  const hostPath = mark >= 0 ? filePath.slice(0, mark) : filePath;
  if (AI_SIGNAL.test(path.basename(hostPath))) return true;
  if (mark >= 0 && AI_SIGNAL.test(context.workspace.readFile(hostPath) ?? '')) return true;
  let dir = path.dirname(hostPath);
  for (let i = 0; i < NAMED_DIRS && dir !== path.dirname(dir); i++, dir = path.dirname(dir)) {
    if (NAMED_DIR_SIGNAL.test(path.basename(dir))) return true;
  }
  return place.parents.some((p) => p.doc?.elements.some((e) => AI_SIGNAL.test(e.name) || e.attributes.some((a) => AI_SIGNAL.test(a.value))));
}

/** Inserts a `validate-azure-ad-token` with placeholders right after `<base/>`, or first in `<inbound>`. */
function insertValidation(context: RuleContext, doc: PolicyDocument, inbound: PolicyElement, base: PolicyElement | undefined): Fix {
  const { file } = context;
  const unit = indentUnit(file, doc);
  const { tenantId, clientApplicationIds } = context.settings;
  // With the tenant from config the fix is complete (unsafe: callers must then send tokens);
  // without it, it holds placeholders and is only shown.
  const applicability = tenantId ? ('unsafe' as const) : ('display-only' as const);
  const apps = clientApplicationIds?.length ? clientApplicationIds : tenantId ? [] : ['{{client-application-id}}'];
  const title = tenantId
    ? `Validate Entra ID tokens with validate-azure-ad-token for tenant ${tenantId}; then make every caller send an Entra ID token for ${resourceOfScope(context.settings.tokenScope)}${apps.length ? '' : ' and list the calling apps in client-application-ids (or the "clientApplicationIds" setting)'}`
    : 'Validate Entra ID tokens with validate-azure-ad-token (fill in the tenant-id and client-application-id named values, or set "tenantId" in .aoai-lint.json; callers must send Entra ID tokens)';
  const lines: [number, string][] = [
    [0, `<validate-azure-ad-token tenant-id="${tenantId ?? '{{tenant-id}}'}">`],
    ...(apps.length ? ([[1, '<client-application-ids>'], ...apps.map((a) => [2, `<application-id>${a}</application-id>`] as [number, string]), [1, '</client-application-ids>']] as [number, string][]) : []),
    [1, '<audiences>'],
    [2, `<audience>${resourceOfScope(context.settings.tokenScope)}</audience>`],
    [1, '</audiences>'],
    [0, '</validate-azure-ad-token>'],
  ];
  if (inbound.selfClosing) {
    const outer = file.indentAt(inbound.start);
    const indent = outer + unit;
    const body = layout(lines, indent, unit, file.eol, false);
    return {
      title,
      applicability,
      edits: [{ start: inbound.start, end: inbound.end, newText: `<inbound>${file.eol}${indent}${body}${file.eol}${outer}</inbound>` }],
    };
  }
  const inline = isSingleLine(file, inbound);
  const indent = childIndent(file, doc, inbound);
  const body = layout(lines, indent, unit, file.eol, inline);
  const at = base ? base.end : inbound.openEnd;
  return { title, applicability, edits: [{ start: at, end: at, newText: inline ? body : `${file.eol}${indent}${body}` }] };
}
