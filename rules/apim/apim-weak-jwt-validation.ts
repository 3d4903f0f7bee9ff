import type { Rule } from '../../engine/rule';
import type { Fix } from '../../engine/types';
import { apimPolicyParser, attribute, type PolicyDocument, type PolicyElement } from '../../engine/parsers/apim';
import type { SourceFile } from '../../engine/source';
import { childIndent, indentUnit, isSingleLine, layout, resourceOfScope } from './policy-edits';

/** `validate-jwt` attributes whose `false` turns a check off (both default to true). */
const DISABLED_CHECKS: Record<string, string> = {
  'require-signed-tokens': 'accepts unsigned tokens, which anyone can forge',
  'require-expiration-time': 'accepts tokens without an expiry, which stay valid forever once leaked',
};

/** Children that follow `audiences` in the schema order of `validate-jwt`. */
const AFTER_AUDIENCES = new Set(['issuers', 'required-claims']);

export const rule: Rule = {
  meta: {
    code: 'AOAI703',
    name: 'apim-weak-jwt-validation',
    description: 'A `validate-jwt` policy accepts tokens it should reject: no audience or claim check, unsigned or non-expiring tokens.',
    severity: 'warning',
    category: 'gateway',
    kinds: ['apim-policy'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags a `validate-jwt` with neither `<audiences>` nor `<required-claims>`, and the attributes `require-signed-tokens="false"` ' +
        'and `require-expiration-time="false"`. Values that are named values or expressions are not judged.',
      whyBad:
        'Without an audience or claim check the gateway accepts any token the issuer signs, for any application in the tenant (for ' +
        'Entra ID, a token any user can get for Microsoft Graph). An unsigned token can be forged by anyone; a token without an expiry ' +
        'never stops working. The Azure OpenAI deployment behind the gateway is then open to far more callers than intended.',
      example: [
        '<validate-jwt header-name="Authorization" require-signed-tokens="false">',
        '    <openid-config url="https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration" />',
        '</validate-jwt>',
      ].join('\n'),
      useInstead: [
        '<validate-jwt header-name="Authorization">',
        '    <openid-config url="https://login.microsoftonline.com/{{tenant-id}}/v2.0/.well-known/openid-configuration" />',
        '    <audiences>',
        '        <audience>https://cognitiveservices.azure.com</audience>',
        '    </audiences>',
        '</validate-jwt>',
      ].join('\n'),
      exampleLanguage: 'xml',
      fixSafety:
        'Setting `require-signed-tokens` / `require-expiration-time` back to `true` is unsafe: callers that send unsigned or ' +
        'non-expiring tokens are rejected afterwards. Adding `<audiences>` is a suggestion only: the audience (the configured token ' +
        "scope's resource is proposed) must match the tokens your callers actually request.",
      references: [
        'https://learn.microsoft.com/azure/api-management/validate-jwt-policy',
        'https://learn.microsoft.com/azure/api-management/api-management-howto-protect-backend-with-aad',
        'https://learn.microsoft.com/entra/identity-platform/access-tokens',
      ],
    },
  },
  prefilter: /<validate-jwt\b/,
  check(context) {
    const doc = context.parse(apimPolicyParser);
    for (const el of doc.elements) {
      if (el.name !== 'validate-jwt') continue;
      for (const [name, why] of Object.entries(DISABLED_CHECKS)) {
        const a = attribute(el, name);
        if (!a || a.value.trim().toLowerCase() !== 'false') continue;
        context.report({
          start: a.start,
          end: a.end,
          message: `validate-jwt with ${name}="false" ${why}.`,
          fixes: [
            {
              title: `Set ${name}="true" (callers sending such tokens are rejected afterwards)`,
              applicability: 'unsafe',
              edits: [{ start: a.valueStart, end: a.valueEnd, newText: 'true' }],
            },
          ],
        });
      }
      if (!el.children.some((c) => c.name === 'audiences' || c.name === 'required-claims')) {
        context.report({
          start: el.start,
          end: el.start + 1 + el.name.length,
          message: 'validate-jwt checks neither <audiences> nor <required-claims>, so it accepts any token the issuer signs, for any application.',
          fixes: [addAudiences(context.file, doc, el, resourceOfScope(context.settings.tokenScope))],
        });
      }
    }
  },
};

/** Suggests an `<audiences>` block before `<issuers>`/`<required-claims>`, or last in the element. */
function addAudiences(file: SourceFile, doc: PolicyDocument, el: PolicyElement, audience: string): Fix {
  const title = 'Check the token audience with <audiences> (use the audience your callers request)';
  const unit = indentUnit(file, doc);
  const lines: [number, string][] = [
    [0, '<audiences>'],
    [1, `<audience>${audience}</audience>`],
    [0, '</audiences>'],
  ];
  if (el.selfClosing) {
    const indent = file.indentAt(el.start) + unit;
    const inline = !isMultiLineHost(file, el);
    const body = layout(lines, indent, unit, file.eol, inline);
    const tagEnd = file.text.lastIndexOf('/>', el.end);
    const head = file.text.slice(el.start, tagEnd).trimEnd();
    const newText = inline ? `${head}>${body}</validate-jwt>` : `${head}>${file.eol}${indent}${body}${file.eol}${file.indentAt(el.start)}</validate-jwt>`;
    return { title, applicability: 'display-only', edits: [{ start: el.start, end: el.end, newText }] };
  }
  const inline = isSingleLine(file, el);
  const indent = childIndent(file, doc, el);
  const body = layout(lines, indent, unit, file.eol, inline);
  const before = el.children.find((c) => AFTER_AUDIENCES.has(c.name));
  if (before) {
    return { title, applicability: 'display-only', edits: [{ start: before.start, end: before.start, newText: inline ? body : `${body}${file.eol}${indent}` }] };
  }
  const last = el.children[el.children.length - 1];
  const at = last ? last.end : el.openEnd;
  return { title, applicability: 'display-only', edits: [{ start: at, end: at, newText: inline ? body : `${file.eol}${indent}${body}` }] };
}

/** A self-closing element written on its own line (so the expansion can span lines). */
function isMultiLineHost(file: SourceFile, el: PolicyElement): boolean {
  const line = file.lines.positionAt(el.start).line;
  return file.text.slice(file.lines.lineStart(line), el.start).trim() === '';
}
