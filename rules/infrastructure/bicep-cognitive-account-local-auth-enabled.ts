import * as path from 'node:path';
import { bicepParser, parseBicep, type BicepExpression, type BicepFile } from '../../engine/parsers/bicep';
import type { Rule, RuleContext } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { hasSubdomain, nameExpression } from './bicep-cognitive-account-without-custom-subdomain';
import { declarationHead } from './bicep-accounts';
import { insertBicepProperty } from './bicep-edits';
import { keyAuthOutcomes, moduleCallersOf, paramFilesFor, securingArgument, securingValue, usingTarget, type KeyAuthOutcome } from './bicep-key-auth';
import { bicepparamValues, declarationNamed, type BicepValue } from './bicep-values';
import { DISABLE_LOCAL_AUTH_MIN_API, OPENAI_USER_ROLE, REFERENCES } from './cognitive-account';

const FIX_TITLE = `Set disableLocalAuth to true (assign the '${OPENAI_USER_ROLE}' role to every identity that calls the account first; clients that use API keys stop working)`;
// The fix also sets the subdomain when it is missing (see subdomainEdit).
const FIX_TITLE_WITH_SUBDOMAIN = `Set disableLocalAuth to true and customSubDomainName to the account name (Entra ID needs the custom subdomain; the name must be globally unique and cannot be changed later; assign the '${OPENAI_USER_ROLE}' role to every identity that calls the account first; clients that use API keys stop working)`;

export const rule: Rule = {
  meta: {
    code: 'AOAI601',
    name: 'bicep-cognitive-account-local-auth-enabled',
    description: 'Bicep deploys an Azure OpenAI / AI Services account that still accepts API keys (disableLocalAuth not true).',
    severity: 'warning',
    category: 'infrastructure',
    kinds: ['bicep', 'bicepparam'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `Microsoft.CognitiveServices/accounts` resources (any kind: OpenAI, AIServices, CognitiveServices…) whose `properties.disableLocalAuth` is missing or not `true`, following params, vars, ternaries, `.bicepparam` files and local module calls; and calls of the Azure Verified Module `avm/res/cognitive-services/account` that pass `disableLocalAuth: false`. A value only the caller can decide is reported as information. Callers win over the defaults of a module: when the value rests on params and every local `module` call of the file (in Bicep files of its folder and up to three folders above) passes values that disable keys, nothing is reported.',
      whyBad:
        'Without `disableLocalAuth: true` the account accepts its two shared API keys, which never expire, are not tied to an identity, and leak into app settings, pipelines and chat logs. Azure Policy 71ef260a audits exactly this. With keys disabled, only Microsoft Entra ID tokens (managed identity, `DefaultAzureCredential`) are accepted, and access is governed by role assignments.',
      example: [
        "resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {",
        '  name: name',
        '  location: location',
        "  kind: 'OpenAI'",
        "  sku: { name: 'S0' }",
        '  properties: {',
        '    customSubDomainName: name',
        '  }',
        '}',
      ].join('\n'),
      useInstead: [
        "resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {",
        '  name: name',
        '  location: location',
        "  kind: 'OpenAI'",
        "  sku: { name: 'S0' }",
        '  properties: {',
        '    customSubDomainName: name',
        '    disableLocalAuth: true',
        '  }',
        '}',
      ].join('\n'),
      exampleLanguage: 'bicep',
      fixSafety: `Unsafe: once deployed, every client that still sends an API key gets 401. Give each calling identity the '${OPENAI_USER_ROLE}' role and switch clients to Entra ID first. The fix sets the value where it is decided: the property, the param default that feeds it, the argument of a module call, or the assignment in a \`.bicepparam\` file. Accounts on an API version before ${DISABLE_LOCAL_AUTH_MIN_API} get no fix: the property does not exist there, and raising the API version can change other properties, so that step is left to you. When the template also deploys a web app, function, container app or API Management instance with a system-assigned identity, a second fix adds its '${OPENAI_USER_ROLE}' role assignment (role id 5e0bd9bd-7b93-4f28-af87-19fc36ad61bd) scoped to the account.`,
      references: [REFERENCES.disableLocalAuth, REFERENCES.template, REFERENCES.policy, REFERENCES.avmBicep],
    },
  },
  prefilter: /Microsoft\.CognitiveServices\/accounts|cognitive-services\/account|\bmodule\b|\busing\b/i,
  check(context) {
    if (context.file.kind === 'bicepparam') checkParamFile(context);
    else checkBicepFile(context);
  },
};

/**
 * Callers win over a module's default: when the verdict rests on params and every `module` call
 * of this file found nearby passes values that disable keys, the deployed accounts are secure.
 */
function callersSecure(context: RuleContext, o: KeyAuthOutcome): boolean {
  if (o.deciding.length === 0) return false;
  const callers = moduleCallersOf(context.file.path, context.workspace);
  return callers.length > 0 && callers.every((c) => o.recheck(c.values).state === 'secure');
}

function checkBicepFile(context: RuleContext): void {
  const file = context.parse(bicepParser);
  const filePath = context.file.path;
  let paramFiles: ReturnType<typeof paramFilesFor> | undefined;
  for (const o of keyAuthOutcomes(file, filePath, { file }, context.workspace)) {
    const head = declarationHead(o.decl);
    const where = describe(o, filePath);
    if (o.account.oldApi) {
      context.report({
        ...head,
        message: `${cap(where)} uses API version ${o.account.apiVersion}, which predates disableLocalAuth (${DISABLE_LOCAL_AUTH_MIN_API}), so its API keys cannot be turned off. Raise the API version, then set properties.disableLocalAuth to true.`,
      });
      continue;
    }
    switch (o.verdict.state) {
      case 'secure':
        break;
      case 'keys-on': {
        if (callersSecure(context, o)) break;
        const fix = fixFor(context, file, o);
        const role = roleAssignmentFix(context, file, o);
        context.report({ ...head, message: keysOnMessage(o, filePath), fixes: [...(fix ? [fix] : []), ...(role ? [role] : [])] });
        break;
      }
      case 'caller': {
        // `.bicepparam` files that deploy this file decide the value; they carry the finding.
        paramFiles ??= paramFilesFor(filePath, context.workspace);
        if (paramFiles.length > 0) break;
        if (callersSecure(context, o)) break;
        const params = o.verdict.params.map((p) => `'${p}'`).join(', ');
        context.report({
          ...head,
          severity: 'info',
          message: `Whether ${where} accepts API keys depends on the caller: disableLocalAuth comes from param ${params}, which has no default. Make sure every deployment passes a value that disables keys.`,
        });
        break;
      }
      case 'unknown':
        context.report({
          ...head,
          severity: 'info',
          message: o.local?.computed
            ? `Whether ${where} accepts API keys cannot be told here: its properties are computed (a variable, a function call or a spread), which may set disableLocalAuth. Make sure it is true.`
            : `Whether ${where} accepts API keys depends on a value computed at deployment time (disableLocalAuth cannot be evaluated here). Make sure it evaluates to true.`,
        });
        break;
    }
  }
}

/** In a `.bicepparam` file: outcomes of the target template that a value assigned here decides. */
function checkParamFile(context: RuleContext): void {
  const paramFile = context.parse(bicepParser);
  const target = usingTarget(paramFile, context.file.path);
  const text = target ? context.workspace.readFile(target) : undefined;
  if (!target || text === undefined) return;
  const templ = parseBicep(text);
  const values = bicepparamValues(paramFile);
  for (const o of keyAuthOutcomes(templ, target, { file: templ, params: values }, context.workspace)) {
    const assigned = o.deciding.filter((p) => values.has(p));
    if (assigned.length === 0 || o.account.oldApi) continue;
    const decl = declarationNamed(paramFile, 'param', assigned[0]);
    if (!decl) continue;
    const head = { start: decl.name.start, end: decl.value?.end ?? decl.name.end };
    const where = `${describe(o, target)} in ${path.basename(target)}`;
    if (o.verdict.state === 'keys-on') {
      const fix = assigned.length === 1 ? literalFlip(decl.value, securingValue(o, assigned[0])) : undefined;
      context.report({
        ...head,
        message: `The value of param '${assigned[0]}' leaves API keys enabled on ${where}. Pass a value that disables keys so only Microsoft Entra ID tokens are accepted.`,
        fixes: fix ? [{ title: FIX_TITLE, applicability: 'unsafe', edits: [fix] }] : [],
      });
    } else if (o.verdict.state !== 'secure') {
      context.report({
        ...head,
        severity: 'info',
        message: `Whether ${where} accepts API keys depends on the value of param '${assigned[0]}', which is only known at deployment time. Make sure it disables keys.`,
      });
    }
  }
}

/** The account an outcome is about, as a noun phrase. */
function describe(o: KeyAuthOutcome, filePath: string): string {
  if (o.decl.kind === 'resource') return `Azure AI account '${o.account.name}'`;
  if (o.account.file === filePath) return `the Azure AI account of module '${o.decl.name.name}' (Azure Verified Module)`;
  return `Azure AI account '${o.account.name}' (deployed by module '${o.decl.name.name}' from ${path.basename(o.account.file)})`;
}

/** The keys-on message: what is wrong and what to do. */
function keysOnMessage(o: KeyAuthOutcome, filePath: string): string {
  const value = o.verdict.state === 'keys-on' ? o.verdict.value : undefined;
  if (o.decl.kind === 'module' && o.account.file === filePath) {
    return `Module '${o.decl.name.name}' (Azure Verified Module for Cognitive Services accounts) sets disableLocalAuth to ${shown(value)}, so API-key authentication stays enabled. Pass true, or leave it out: the module defaults to true.`;
  }
  if (o.decl.kind === 'module') {
    const via = o.moduleParam ? `the value it passes for param '${o.moduleParam}'` : 'the values it passes';
    return `Module '${o.decl.name.name}' leaves API keys enabled on Azure AI account '${o.account.name}' (${path.basename(o.account.file)}): ${via} makes disableLocalAuth ${shown(value)}. Pass a value that disables keys so only Microsoft Entra ID tokens are accepted.`;
  }
  const reason = !value
    ? 'does not set properties.disableLocalAuth'
    : `sets properties.disableLocalAuth to ${shown(value)}${value.state === 'known' && value.via.length ? ` (from param '${value.via[value.via.length - 1]}')` : ''}`;
  return `${describe(o, filePath)} ${reason}, so API-key authentication stays enabled. Set it to true so only Microsoft Entra ID tokens are accepted.`;
}

function shown(v: BicepValue | undefined): string {
  if (!v || v.state !== 'known') return 'not true';
  return v.value === null ? 'null' : typeof v.value === 'string' ? `'${v.value}'` : String(v.value);
}

function cap(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

/** Replaces a bool literal (or an empty/other literal) with `value`. */
function literalFlip(node: BicepExpression | undefined, value: boolean | undefined): TextEdit | undefined {
  if (!node || value === undefined || node.kind !== 'bool') return undefined;
  return { start: node.start, end: node.end, newText: String(value) };
}

/**
 * Sets the value where it is decided: a param default feeding the property (kept as a knob), the
 * value node itself, or a new `disableLocalAuth: true` in `properties` (created when missing).
 */
function fixFor(context: RuleContext, file: BicepFile, o: KeyAuthOutcome): Fix | undefined {
  const edit = fixEdit(context, file, o);
  if (!edit) return undefined;
  // Entra tokens only work on a custom subdomain endpoint: turning keys off without one leaves
  // the account with no way in, so the same fix sets it (from the account name) when missing.
  const subdomain = subdomainEdit(context, o, edit);
  if (subdomain === null) return undefined;
  if (!subdomain) return { title: FIX_TITLE, applicability: 'unsafe', edits: [edit] };
  return { title: FIX_TITLE_WITH_SUBDOMAIN, applicability: 'unsafe', edits: subdomain };
}

/**
 * The edits of a fix that also writes `customSubDomainName: <the account's name>`: undefined when
 * the account has one (or is not in this file), null when it lacks one and none can be written.
 */
function subdomainEdit(context: RuleContext, o: KeyAuthOutcome, edit: TextEdit): TextEdit[] | undefined | null {
  const account = o.local;
  if (!account || o.decl.kind !== 'resource') return undefined;
  const props = account.properties?.value;
  if (account.body?.spreads.length || (props && (props.kind !== 'object' || props.spreads.length))) return undefined;
  if (props && hasSubdomain(props)) return undefined;
  const nameText = nameExpression(context.file.text, account.body);
  if (!nameText) return null;
  const eol = context.file.eol;
  if (!account.properties) {
    // The fix writes the whole properties block: both settings go in it.
    if (!account.body) return null;
    const block = insertBicepProperty(context.file, account.body, 'properties', ({ inner, unit }) => `{${eol}${inner}${unit}disableLocalAuth: true${eol}${inner}${unit}customSubDomainName: ${nameText}${eol}${inner}}`);
    return [block];
  }
  if (props?.kind !== 'object') return null;
  const sub = insertBicepProperty(context.file, props, 'customSubDomainName', () => nameText);
  if (sub.start === edit.start && sub.end === edit.end) {
    // Both inserted at one point: one edit, disableLocalAuth first.
    if (edit.start === edit.end) return [{ start: edit.start, end: edit.end, newText: edit.newText + sub.newText }];
    // Both rewrite an empty object: add the subdomain line after the disableLocalAuth one.
    const m = /(\r?\n)([ \t]*)disableLocalAuth: true/.exec(edit.newText);
    if (!m) return null;
    const at = m.index + m[0].length;
    return [{ start: edit.start, end: edit.end, newText: `${edit.newText.slice(0, at)}${m[1]}${m[2]}customSubDomainName: ${nameText}${edit.newText.slice(at)}` }];
  }
  if (sub.start < edit.end && edit.start < sub.end) return null;
  return [edit, sub];
}

function fixEdit(context: RuleContext, file: BicepFile, o: KeyAuthOutcome): TextEdit | undefined {
  const node = o.valueNode;
  if (node) {
    // A param of this file with a literal default decides it: flip the default (the knob stays).
    if (o.deciding.length === 1) {
      const param = declarationNamed(file, 'param', o.deciding[0]);
      const flip = literalFlip(param?.value, securingValue(o, o.deciding[0]));
      if (flip) return flip;
    }
    // The account's own property, or the AVM module's `disableLocalAuth` argument.
    if (!o.moduleParam) return { start: node.start, end: node.end, newText: 'true' };
    // A local module's param: write the literal that makes its account secure.
    const b = securingArgument(o);
    return b === undefined ? undefined : { start: node.start, end: node.end, newText: String(b) };
  }
  const account = o.local;
  if (!account || !account.body) return undefined;
  const eol = context.file.eol;
  if (account.properties) {
    const props = account.properties.value;
    return props.kind === 'object' ? insertBicepProperty(context.file, props, 'disableLocalAuth', () => 'true') : undefined;
  }
  return insertBicepProperty(context.file, account.body, 'properties', ({ inner, unit }) => `{${eol}${inner}${unit}disableLocalAuth: true${eol}${inner}}`);
}

/** The built-in role "Cognitive Services OpenAI User". */
export const OPENAI_USER_ROLE_ID = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd';

/** Resource types whose system-assigned identity usually calls the account. */
const CALLER_TYPES = /^Microsoft\.(Web\/sites|App\/containerApps|ApiManagement\/service|App\/jobs)$/i;

/**
 * When the template also deploys the caller (a web app, function, container app or APIM with an
 * `identity`), a second fix adds the "Cognitive Services OpenAI User" role assignment for that
 * identity, scoped to the account; none when the template already assigns that role.
 */
function roleAssignmentFix(context: RuleContext, file: BicepFile, o: KeyAuthOutcome): Fix | undefined {
  if (o.decl.kind !== 'resource' || o.decl.existing || !o.local) return undefined;
  const text = context.file.text;
  if (text.includes(OPENAI_USER_ROLE_ID)) return undefined;
  const account = o.decl;
  const callers = file.declarations.filter(
    (d): d is typeof account => d.kind === 'resource' && !d.existing && CALLER_TYPES.test(d.resourceType) && d.value?.kind === 'object' && /\bidentity\s*:[\s\S]*SystemAssigned/.test(text.slice(d.value.start, d.value.end)),
  );
  if (callers.length === 0) return undefined;
  const eol = context.file.eol;
  const blocks = callers.map((c) =>
    [
      `resource ${c.name.name}OpenAIUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {`,
      `  name: guid(${account.name.name}.id, ${c.name.name}.id, '${OPENAI_USER_ROLE_ID}')`,
      `  scope: ${account.name.name}`,
      '  properties: {',
      `    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '${OPENAI_USER_ROLE_ID}')`,
      `    principalId: ${c.name.name}.identity.principalId`,
      "    principalType: 'ServicePrincipal'",
      '  }',
      '}',
    ].join(eol),
  );
  const at = account.end;
  return {
    title: `Give ${callers.map((c) => `'${c.name.name}'`).join(', ')} the '${OPENAI_USER_ROLE}' role on '${account.name.name}' (role assignments need Owner or User Access Administrator rights at deployment; then switch its code to Microsoft Entra ID)`,
    applicability: 'unsafe',
    edits: [{ start: at, end: at, newText: blocks.map((b) => eol + eol + b).join('') }],
  };
}
