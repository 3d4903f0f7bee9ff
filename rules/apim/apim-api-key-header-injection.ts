import type { Rule } from '../../engine/rule';
import type { Fix, Severity, TextEdit } from '../../engine/types';
import { redactSecret } from '../../engine/redact';
import { isPlaceholder } from '../../engine/azure-signals';
import type { RuleContext } from '../../engine/rule';
import type { SourceFile } from '../../engine/source';
import { apimPolicyParser, attribute, childrenNamed, elementsNamed, namedValueRefs, parsePolicy, section, sectionOf, textOf, type PolicyDocument, type PolicyElement } from '../../engine/parsers/apim';
import { policiesOfHost } from '../../engine/parsers/apim/hosts';
import { LABEL_MARK } from './embedders';
import { childIndent, isSingleLine, resourceOfScope, startsLine } from './policy-edits';

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
        'Unsafe: it switches the gateway from key to Entra ID authentication, for the whole policy at once (every finding offers the ' +
        'same fix): every `api-key` header of inbound and backend, in every `<choose>` branch, is removed, and one unconditional ' +
        '`<authentication-managed-identity resource="…"/>` (the resource of the configured token scope) is written at the top of ' +
        '`<inbound>` (after a leading `<base/>`) or of the fragment, unless one is already there. Nothing is written into backend, ' +
        'outbound or on-error, nor into a fragment the template includes from those sections (there the headers just go: the request ' +
        'a `<retry>` re-sends keeps the Authorization header set in inbound). The API Management instance needs a ' +
        'managed identity with the "Cognitive Services OpenAI User" role on the Azure OpenAI account; the named values that held the ' +
        'key (listed in the fix title) should then be deleted and the account keys rotated.',
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
    const headers = keyHeaders(doc);
    if (headers.length === 0) return;
    // Where a fragment is included decides where its managed identity may go.
    const includedIn = doc.kind === 'fragment' ? fragmentSections(context) : undefined;
    // One fix for the whole policy, the same on every finding: every api-key header in every
    // branch goes and one unconditional managed identity is written at the top of inbound (or of
    // the fragment), so no path is left without a credential.
    const fix = migrationFix(context, doc, headers, includedIn);
    for (const el of headers) {
      const values = childrenNamed(el, 'value').map(textOf).filter((v) => v.length > 0);
      const { severity, what } = describeValue(values[0]);
      context.report({
        start: el.start,
        end: el.openEnd,
        message: `The gateway sends an api-key header (${what}) to the backend: Azure OpenAI is called with a key, not the gateway's managed identity.`,
        severity,
        fixes: fix ? [fix] : [],
      });
    }
  },
};

/** The `set-header name="api-key"` elements that send a key to the backend (inbound, backend, fragments). */
function keyHeaders(doc: PolicyDocument): PolicyElement[] {
  const out: PolicyElement[] = [];
  for (const el of doc.elements) {
    if (el.name !== 'set-header') continue;
    if (attribute(el, 'name')?.value.trim().toLowerCase() !== 'api-key') continue;
    const where = sectionOf(el);
    if (where === 'outbound' || where === 'on-error') continue;
    if (doc.kind === 'policies' && where === undefined) continue;
    const action = attribute(el, 'exists-action')?.value.trim().toLowerCase() ?? 'override';
    if (action === 'delete') continue;
    if (childrenNamed(el, 'value').map(textOf).filter((v) => v.length > 0).length === 0) continue;
    out.push(el);
  }
  return out;
}

/**
 * Where a fragment is included by the other policies of its host template (`inbound`, `backend`,
 * …; `fragment` when by another fragment). Empty when nothing in the template includes it (an XML
 * fragment file, or a fragment used by policies elsewhere).
 */
function fragmentSections(context: RuleContext): Set<string> {
  const out = new Set<string>();
  const filePath = context.file.path;
  const mark = filePath.lastIndexOf(LABEL_MARK);
  if (mark < 0) return out;
  const hostPath = filePath.slice(0, mark);
  const text = context.workspace.readFile(hostPath);
  if (!text) return out;
  const all = policiesOfHost(hostPath, text);
  const me = all.find((p) => p.index === Number(filePath.slice(mark + LABEL_MARK.length)));
  const id = me?.names?.[me.names.length - 1];
  if (!id) return out;
  for (const p of all) {
    if (p.index === me.index || p.loadPath !== undefined) continue;
    const other = parsePolicy(p.text);
    for (const inc of elementsNamed(other, 'include-fragment')) {
      if (attribute(inc, 'fragment-id')?.value.trim() !== id) continue;
      out.add(other.kind === 'fragment' ? 'fragment' : (sectionOf(inc) ?? 'unknown'));
    }
  }
  return out;
}

/** The range deleting an element with its line when it stands alone on it. */
function elementRemoval(file: SourceFile, el: PolicyElement): TextEdit {
  const text = file.text;
  let start = el.start;
  let end = el.end;
  if (startsLine(file, el.start)) {
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
  return { start, end, newText: '' };
}

/**
 * Every key header removed, and one `authentication-managed-identity` at the top of inbound
 * (after a leading `<base />`) or of the fragment, unless one is already there unconditionally.
 * Never written into outbound, backend or on-error, nor into a fragment included there.
 */
function migrationFix(context: RuleContext, doc: PolicyDocument, headers: PolicyElement[], includedIn: Set<string> | undefined): Fix | undefined {
  const { file } = context;
  const resource = resourceOfScope(context.settings.tokenScope);
  const container = doc.kind === 'fragment' ? doc.root : section(doc, 'inbound');
  if (!container || container.selfClosing) return undefined;
  const edits: TextEdit[] = headers.map((h) => elementRemoval(file, h));
  const named = [...new Set(headers.flatMap((h) => childrenNamed(h, 'value').flatMap((v) => namedValueRefs(textOf(v)))))];
  const del = named.length ? `delete the named value${named.length > 1 ? 's' : ''} ${named.map((n) => `{{${n}}}`).join(', ')} that held the key` : 'delete the key wherever the gateway kept it';
  const role = `assign the gateway's managed identity the "Cognitive Services OpenAI User" role on the Azure OpenAI account, ${del} and rotate the account keys`;
  const removeAll = headers.length === 1 ? 'the api-key header' : `all ${headers.length} api-key headers`;
  if (includedIn && [...includedIn].some((s) => s !== 'inbound')) {
    // Included from outbound (a <retry> that re-sends the request) or backend: the managed identity
    // is not allowed there. The re-sent request keeps the Authorization header that
    // authentication-managed-identity set in inbound, so the headers just go.
    const from = [...includedIn].filter((s) => s !== 'inbound').join(', ');
    return {
      title: `Remove ${removeAll} of this fragment (it is included from ${from}, where authentication-managed-identity is not allowed); make sure every policy that includes it sets authentication-managed-identity in inbound; then ${role}.`,
      applicability: 'unsafe',
      edits,
    };
  }
  const present = container.children.some((c) => c.name === 'authentication-managed-identity');
  if (!present) {
    const first = container.children[0];
    const anchor = first?.name === 'base' ? first : undefined;
    const element = `<authentication-managed-identity resource="${resource}" />`;
    const indent = childIndent(file, doc, container);
    const inline = isSingleLine(file, container);
    let edit: TextEdit;
    if (anchor) edit = { start: anchor.end, end: anchor.end, newText: inline ? element : file.eol + indent + element };
    else if (inline) edit = { start: container.openEnd, end: container.openEnd, newText: element };
    else {
      // The first line inside the container.
      const at = container.openEnd;
      edit = { start: at, end: at, newText: file.eol + indent + element };
    }
    // The header being replaced may sit right where the element goes: write it in the header's place.
    const clash = edits.findIndex((e) => e.start <= edit.start && edit.start <= e.end);
    if (clash >= 0) edits.splice(clash, 1, ...mergeInsert(edits[clash], edit));
    else edits.push(edit);
  }
  const where = doc.kind === 'fragment' ? 'the fragment' : 'inbound';
  const title = `Use the gateway's managed identity: ${present ? 'keep the authentication-managed-identity already at the top of ' + where : 'one authentication-managed-identity at the top of ' + where} and remove ${removeAll}; then ${role}.`;
  return { title, applicability: 'unsafe', edits };
}

/** An insertion at a point a removal touches, folded into it (one fix's edits must not overlap). */
function mergeInsert(removal: TextEdit, insert: TextEdit): TextEdit[] {
  if (insert.start <= removal.start) return [{ start: insert.start, end: removal.end, newText: insert.newText + removal.newText }];
  return [{ start: removal.start, end: removal.end, newText: removal.newText + insert.newText }];
}

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
