import { bicepParser, walkExpression, type BicepCall, type BicepDeclaration, type BicepExpression, type BicepFile } from '../../engine/parsers/bicep';
import type { SourceFile } from '../../engine/source';
import type { Fix, TextEdit } from '../../engine/types';
import type { Rule } from '../../engine/rule';
import { declarationNamed } from './bicep-values';
import { REFERENCES, isCognitiveAccountType } from './cognitive-account';

export const rule: Rule = {
  meta: {
    code: 'AOAI603',
    name: 'bicep-output-exposes-account-keys',
    description: 'A Bicep output returns the API keys of an Azure OpenAI / AI Services account (listKeys()).',
    severity: 'warning',
    category: 'infrastructure',
    kinds: ['bicep'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        "Flags outputs whose value calls `listKeys()` on a `Microsoft.CognitiveServices/accounts` resource (`account.listKeys().key1`, `listKeys(account.id, '2024-10-01')`, `listKeys(resourceId('Microsoft.CognitiveServices/accounts', …), …)`), directly or through a variable. Outputs marked `@secure()` are left alone. This is the Azure OpenAI case of the Bicep linter's `outputs-should-not-contain-secrets`.",
      whyBad:
        'Deployment outputs are stored in plain text in the deployment history, readable by anyone with read access to the resource group, and are usually copied into app settings or pipeline variables from there. A key handed out this way keeps working until it is rotated, and it keeps the account on key authentication.',
      example: ["resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {", '  name: name', '}', '', 'output openAiKey string = openai.listKeys().key1'].join('\n'),
      useInstead: [
        "resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' existing = {",
        '  name: name',
        '}',
        '',
        '// Hand out the endpoint; callers authenticate with Microsoft Entra ID.',
        'output openAiEndpoint string = openai.properties.endpoint',
      ].join('\n'),
      exampleLanguage: 'bicep',
      fixSafety:
        'Unsafe: it removes the output (with its decorators), or only the property that holds the key when the output is an object with other properties on their own lines (an endpoint beside the key stays). A parent template or pipeline that reads the output breaks until it uses the endpoint with Microsoft Entra ID; rotate the account keys, which stay in the deployment history.',
      references: [REFERENCES.bicepOutputs, REFERENCES.disableLocalAuth],
    },
  },
  prefilter: /listKeys/i,
  check(context) {
    const file = context.parse(bicepParser);
    for (const d of file.declarations) {
      if (d.kind !== 'output' || !d.value || d.decorators.some((x) => x.name === 'secure')) continue;
      const hit = findKeyCall(d.value, file, new Set());
      if (!hit) continue;
      context.report({
        start: hit.start,
        end: hit.end,
        fixes: [removalFix(context.file, d, hit.start)],
        message: `Output '${d.name.name}' returns the API keys of Azure AI account ${hit.account.endsWith(')') ? hit.account : `'${hit.account}'`}, which are then stored in plain text in the deployment history. Output the endpoint instead and authenticate with Microsoft Entra ID.`,
      });
    }
  },
};

/** The first `listKeys` call on a Cognitive Services account in `expr` (following vars), with the node to report. */
function findKeyCall(expr: BicepExpression, file: BicepFile, seenVars: Set<string>): { start: number; end: number; account: string } | undefined {
  let found: { start: number; end: number; account: string } | undefined;
  walkExpression(expr, (n) => {
    if (found) return;
    if (n.kind === 'call' && n.name.name.toLowerCase() === 'listkeys') {
      const account = accountOfListKeys(n, file);
      if (account) found = { start: n.start, end: n.end, account };
    } else if (n.kind === 'identifier' && !seenVars.has(n.name)) {
      const v = declarationNamed(file, 'var', n.name);
      if (v?.value) {
        seenVars.add(n.name);
        const inner = findKeyCall(v.value, file, seenVars);
        if (inner) found = { start: n.start, end: n.end, account: inner.account };
      }
    }
  });
  return found;
}

function accountOfListKeys(call: BicepCall, file: BicepFile): string | undefined {
  const target = call.object ?? call.args[0];
  if (!target) return undefined;
  // `acct.listKeys()` / `listKeys(acct.id, …)`: a symbol declared as an account.
  let root: BicepExpression = target;
  while (root.kind === 'member' || root.kind === 'index') root = root.object;
  if (root.kind === 'identifier') {
    const r = declarationNamed(file, 'resource', root.name);
    if (r && isCognitiveAccountType(r.resourceType)) return root.name;
    return undefined;
  }
  // `listKeys(resourceId('Microsoft.CognitiveServices/accounts', name), …)`
  if (root.kind === 'call' && /resourceid$/i.test(root.name.name)) {
    const at = root.args.findIndex((a) => a.kind === 'string' && isCognitiveAccountType(a.value));
    if (at < 0) return undefined;
    const name = root.args[at + 1];
    return name?.kind === 'string' ? name.value : 'resourceId(…)';
  }
  return undefined;
}

/** Whole lines from the one holding `start` to the one holding `end` (with the line break). */
function lineSpan(file: SourceFile, start: number, end: number): TextEdit {
  const first = file.lines.positionAt(start).line;
  const last = file.lines.positionAt(Math.max(start, end - 1)).line;
  const to = last + 1 < file.lines.lineCount ? file.lines.lineStart(last + 1) : file.lines.lineEnd(last);
  return { start: file.lines.lineStart(first), end: to, newText: '' };
}

/**
 * Removes what exposes the keys: the property of an object output that holds them (the endpoint
 * beside it stays), else the whole output with its decorators.
 */
function removalFix(file: SourceFile, d: BicepDeclaration, at: number): Fix {
  const name = d.name?.name ?? 'output';
  const then = 'then update what reads it (a parent template, a pipeline) to use the endpoint with Microsoft Entra ID, and rotate the account keys: they are in the deployment history';
  const value = 'value' in d ? d.value : undefined;
  if (value?.kind === 'object' && value.properties.length > 1) {
    const prop = value.properties.find((p) => p.start <= at && at < p.end);
    const ownLines = prop && file.lines.positionAt(prop.start).line !== file.lines.positionAt(value.start).line && file.lines.positionAt(prop.end).line !== file.lines.positionAt(value.end).line;
    if (prop && ownLines) return { title: `Remove the key from output '${name}'; ${then}`, applicability: 'unsafe', edits: [lineSpan(file, prop.start, prop.end)] };
  }
  const start = Math.min(d.start, ...d.decorators.map((x) => x.start));
  return { title: `Remove output '${name}' (it returns the account keys); ${then}`, applicability: 'unsafe', edits: [lineSpan(file, start, d.end)] };
}
