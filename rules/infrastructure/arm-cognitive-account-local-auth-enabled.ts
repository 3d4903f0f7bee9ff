import { getNodePath, modify } from 'jsonc-parser';
import { jsonParser, propertyValue, type JsonNode } from '../../engine/parsers/json';
import type { Rule, RuleContext } from '../../engine/rule';
import type { SourceFile } from '../../engine/source';
import type { TextEdit } from '../../engine/types';
import { evaluateArm, type ArmScope, type ArmValue } from './arm-values';
import { DISABLE_LOCAL_AUTH_MIN_API, OPENAI_USER_ROLE, REFERENCES, isCognitiveAccountType, predatesDisableLocalAuth } from './cognitive-account';

const FIX_TITLE = `Set "disableLocalAuth": true (assign the '${OPENAI_USER_ROLE}' role to every identity that calls the account first; clients that use API keys stop working)`;

/** Nested templates followed at most this deep. */
const MAX_TEMPLATE_DEPTH = 6;

export const rule: Rule = {
  meta: {
    code: 'AOAI611',
    name: 'arm-cognitive-account-local-auth-enabled',
    description: 'An ARM template deploys an Azure OpenAI / AI Services account that still accepts API keys (disableLocalAuth not true).',
    severity: 'warning',
    category: 'infrastructure',
    kinds: ['json'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'In ARM deployment templates (JSON whose `$schema` is a deploymentTemplate schema), flags `Microsoft.CognitiveServices/accounts` resources whose `properties.disableLocalAuth` is missing or not `true`. It reads `resources` as an array or as the symbolic-name object of languageVersion 2.0, nested `resources`, resources with `copy` loops and inline nested deployments, and resolves `[parameters(…)]` from `defaultValue` and `[variables(…)]`. A value left to the deployer is reported as information.',
      whyBad:
        'Without `"disableLocalAuth": true` the account accepts its two shared API keys, which never expire, are not tied to an identity and leak into app settings and pipelines; Azure Policy 71ef260a audits exactly this. With keys off, only Microsoft Entra ID tokens are accepted and access follows role assignments.',
      example: [
        '{',
        '  "type": "Microsoft.CognitiveServices/accounts",',
        '  "apiVersion": "2024-10-01",',
        '  "name": "[parameters(\'name\')]",',
        '  "kind": "OpenAI",',
        '  "properties": {',
        '    "customSubDomainName": "[parameters(\'name\')]"',
        '  }',
        '}',
      ].join('\n'),
      useInstead: [
        '{',
        '  "type": "Microsoft.CognitiveServices/accounts",',
        '  "apiVersion": "2024-10-01",',
        '  "name": "[parameters(\'name\')]",',
        '  "kind": "OpenAI",',
        '  "properties": {',
        '    "customSubDomainName": "[parameters(\'name\')]",',
        '    "disableLocalAuth": true',
        '  }',
        '}',
      ].join('\n'),
      exampleLanguage: 'json',
      fixSafety: `Unsafe: once deployed, every client that still sends an API key gets 401. Give each calling identity the '${OPENAI_USER_ROLE}' role and move clients to Entra ID first. The fix flips a parameter's boolean \`defaultValue\` when that decides the value, and otherwise sets \`"disableLocalAuth": true\` in \`properties\` (created when missing). Accounts on an API version before ${DISABLE_LOCAL_AUTH_MIN_API} get no fix: the property does not exist there and raising the API version can change other properties.`,
      references: [REFERENCES.disableLocalAuth, REFERENCES.template, REFERENCES.policy],
    },
  },
  prefilter: /deploymentTemplate[\s\S]*Microsoft\.CognitiveServices\/accounts|Microsoft\.CognitiveServices\/accounts[\s\S]*deploymentTemplate/i,
  check(context) {
    const doc = context.parse(jsonParser);
    const root = doc.root;
    if (!isDeploymentTemplate(root)) return;
    visitTemplate(context, root!, 0);
  },
};

/** A JSON document is an ARM template when its `$schema` names a deploymentTemplate schema (not by file name). */
export function isDeploymentTemplate(root: JsonNode | undefined): boolean {
  const schema = propertyValue(root, '$schema');
  return schema?.type === 'string' && /deploymentTemplate\.json/i.test(schema.value as string);
}

function resourcesOf(container: JsonNode | undefined): JsonNode[] {
  const r = propertyValue(container, 'resources');
  if (r?.type === 'array') return (r.children ?? []).filter((c) => c.type === 'object');
  if (r?.type === 'object') return (r.children ?? []).map((p) => p.children?.[1]).filter((c): c is JsonNode => c?.type === 'object');
  return [];
}

function visitTemplate(context: RuleContext, template: JsonNode, depth: number): void {
  const scope: ArmScope = { parameters: propertyValue(template, 'parameters'), variables: propertyValue(template, 'variables') };
  const stack = [...resourcesOf(template)];
  while (stack.length) {
    const res = stack.pop()!;
    stack.push(...resourcesOf(res));
    const type = propertyValue(res, 'type');
    if (type?.type !== 'string') continue;
    const typeName = type.value as string;
    if (/^Microsoft\.Resources\/deployments$/i.test(typeName) && depth < MAX_TEMPLATE_DEPTH) {
      // An inline nested template is linted on its own; values its parameters receive are not followed.
      const inner = propertyValue(propertyValue(res, 'properties'), 'template');
      if (inner?.type === 'object') visitTemplate(context, inner, depth + 1);
      continue;
    }
    if (!isCognitiveAccountType(typeName) || propertyValue(res, 'existing')?.value === true) continue;
    checkAccount(context, res, type, scope);
  }
}

function checkAccount(context: RuleContext, res: JsonNode, typeNode: JsonNode, scope: ArmScope): void {
  const head = { start: typeNode.offset, end: typeNode.offset + typeNode.length };
  const name = describeName(propertyValue(res, 'name'));
  const apiVersion = propertyValue(res, 'apiVersion')?.value;
  if (typeof apiVersion === 'string' && predatesDisableLocalAuth(apiVersion)) {
    context.report({
      ...head,
      message: `Azure AI account${name} uses API version ${apiVersion}, which predates disableLocalAuth (${DISABLE_LOCAL_AUTH_MIN_API}), so its API keys cannot be turned off. Raise the apiVersion, then set "disableLocalAuth": true.`,
    });
    return;
  }
  const props = propertyValue(res, 'properties');
  if (props && props.type !== 'object') {
    context.report({ ...head, severity: 'info', message: `Whether Azure AI account${name} accepts API keys cannot be told here: its properties come from an expression, which may set disableLocalAuth. Make sure it is true.` });
    return;
  }
  const setting = propertyValue(props, 'disableLocalAuth');
  const value: ArmValue | undefined = setting ? evaluateArm(setting, scope) : undefined;
  if (value?.state === 'caller') {
    context.report({
      ...head,
      severity: 'info',
      message: `Whether Azure AI account${name} accepts API keys depends on the deployer: disableLocalAuth comes from parameter ${value.params.map((p) => `'${p}'`).join(', ')}, which has no defaultValue. Make sure every deployment passes true.`,
    });
    return;
  }
  if (value?.state === 'unknown') {
    context.report({ ...head, severity: 'info', message: `Whether Azure AI account${name} accepts API keys depends on a value computed at deployment time (disableLocalAuth cannot be evaluated here). Make sure it evaluates to true.` });
    return;
  }
  if (value?.value === true) return;
  const reason = !value
    ? 'does not set properties.disableLocalAuth'
    : `sets properties.disableLocalAuth to ${JSON.stringify(value.value)}${value.via.length ? ` (from the defaultValue of parameter '${value.via[value.via.length - 1]}')` : ''}`;
  const edits = fixEdits(context.file, res, props, setting, value, scope);
  context.report({
    ...head,
    message: `Azure AI account${name} ${reason}, so API-key authentication stays enabled. Set it to true so only Microsoft Entra ID tokens are accepted.`,
    fixes: edits ? [{ title: FIX_TITLE, applicability: 'unsafe', edits }] : [],
  });
}

function describeName(node: JsonNode | undefined): string {
  if (node?.type !== 'string') return '';
  const v = node.value as string;
  return v.startsWith('[') ? '' : ` '${v}'`;
}

function fixEdits(file: SourceFile, res: JsonNode, props: JsonNode | undefined, setting: JsonNode | undefined, value: ArmValue | undefined, scope: ArmScope): TextEdit[] | undefined {
  if (setting) {
    // A single parameter's boolean default decides it: flip the default (the parameter stays a knob).
    if (value?.state === 'known' && value.via.length === 1) {
      const def = propertyValue(propertyValue(scope.parameters, value.via[0], true), 'defaultValue');
      if (def?.type === 'boolean') {
        const flipped = evaluateArm(setting, { ...scope, parameters: withDefault(scope.parameters, value.via[0]) });
        if (flipped.state === 'known' && flipped.value === true) return [{ start: def.offset, end: def.offset + def.length, newText: String(!def.value) }];
      }
    }
    return [{ start: setting.offset, end: setting.offset + setting.length, newText: 'true' }];
  }
  if (props && props.type !== 'object') return undefined;
  // jsonc-parser's modify() inserts with the file's indentation and touches only the edited object.
  const path = props ? [...getNodePath(props), 'disableLocalAuth'] : [...getNodePath(res), 'properties'];
  const edits = modify(file.text, path, props ? true : { disableLocalAuth: true }, { formattingOptions: formattingOf(file) });
  return edits.length ? edits.map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content })) : undefined;
}

/** A copy of the parameters with `name`'s boolean default flipped, for checking a fix before offering it. */
function withDefault(parameters: JsonNode | undefined, name: string): JsonNode | undefined {
  const decl = propertyValue(parameters, name, true);
  const def = propertyValue(decl, 'defaultValue');
  if (!parameters || !decl || def?.type !== 'boolean') return parameters;
  const flippedDef: JsonNode = { ...def, value: !def.value };
  const flippedDecl: JsonNode = { ...decl, children: decl.children?.map((p) => (p.children?.[1] === def ? { ...p, children: [p.children[0], flippedDef] } : p)) };
  return { ...parameters, children: parameters.children?.map((p) => (p.children?.[1] === decl ? { ...p, children: [p.children[0], flippedDecl] } : p)) };
}

function formattingOf(file: SourceFile): { insertSpaces: boolean; tabSize: number; eol: string } {
  const m = /^(\t+| +)["{\[]/m.exec(file.text);
  if (m && m[1][0] === '\t') return { insertSpaces: false, tabSize: 1, eol: file.eol };
  return { insertSpaces: true, tabSize: m ? Math.min(m[1].length, 8) : 2, eol: file.eol };
}
