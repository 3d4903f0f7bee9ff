import { pythonParser } from '../../engine/parsers/python';
import type { RuleContext } from '../../engine/rule';
import type { Fix, Severity, TextEdit } from '../../engine/types';
import { APIM_CURE, apimMessage } from './apim';
import { callsNamed } from '../../engine/parsers/python';
import { CLIENT_CLASSES, clientSite, clientSites, clientSpec, credentialArgs, type ClientFamily, type ClientSite } from './azure-clients';
import { calleeName } from './known-names';
import { envSourceNote } from './env-reads';
import { keyReadRelated } from './related';
import { dedentedBlock, entraToggle, keyLeftovers, leftoverNote } from './key-leftovers';
import {
  appendKeywordsEdit,
  dictKey,
  entraFixTitle,
  identityImports,
  mergeEdits,
  removeArgumentEdit,
  replaceArgumentEdit,
  tokenProviderExpr,
} from './entra-fix';

/** Per-library wording and fix shape for the constructor rules. */
export interface FamilyOptions {
  family: ClientFamily;
  /** Keyword arguments the fix adds, `name` → value (the provider is `{provider}`). */
  fixKeywords: [string, string][];
  /** What the library reads when no key is passed, for the implicit-fallback message. */
  implicitSource: string;
  /** Severity of the implicit shape (info when the library may also pick Entra by itself). */
  implicitSeverity: Severity;
  /** The environment variables the fix title tells the user to remove. */
  envVars?: string;
  /** The library has no token-provider argument to switch to: report without a fix. */
  noFix?: boolean;
}

/** Reports every key-authenticated construction of one library's clients, with its Entra fix. */
export function reportClientSites(context: RuleContext, options: FamilyOptions): void {
  const mod = context.parse(pythonParser);
  for (const site of clientSites(mod, options.family)) {
    const cls = site.qualified.slice(site.qualified.lastIndexOf('.') + 1);
    if (site.apim && !site.entraAlso) {
      // A gateway subscription key: the cure is on the gateway (validate-azure-ad-token), so no client fix.
      const arg = site.keyArg;
      context.report({
        start: arg ? arg.from : site.call.callee.from,
        end: arg ? arg.to : site.call.callee.to,
        message: arg
          ? apimMessage(`${cls} (${arg.name})`, site.hardCoded)
          : `${cls} points at an API Management gateway without a credential, so the key it falls back to (${options.implicitSource}) goes to the gateway as its subscription key. ${APIM_CURE}`,
        severity: site.hardCoded ? 'error' : 'info',
        data: { shape: 'apim' },
        related: arg ? keyReadRelated(context, mod, arg.value) : undefined,
      });
      continue;
    }
    const fix = options.noFix ? undefined : buildFix(context, site, options);
    if (site.shape === 'implicit') {
      context.report({
        start: site.call.callee.from,
        end: site.call.callee.to,
        message: `${cls} is constructed without a credential, so it falls back to ${options.implicitSource} (API-key auth); pass a Microsoft Entra ID token provider instead.`,
        severity: options.implicitSeverity,
        fixes: fix ? [fix] : [],
        data: { shape: 'implicit' },
      });
      continue;
    }
    const arg = site.keyArg!;
    // Code that passes both is usually dual-mode (one of the two is None at run time): info.
    const message = site.entraAlso
      ? `${cls} gets an API key (${arg.name}) beside its Entra credential; when both are set the key is redundant for requests, but the Realtime API still authenticates with it.`
      : site.hardCoded
        ? `${cls} is given a hard-coded API key (${arg.name}); anyone who can read the code can call the resource. Use a Microsoft Entra ID token provider instead.`
        : `${cls} authenticates with an API key (${arg.name}${envSourceNote(mod, arg.value)}); use a Microsoft Entra ID token provider instead of a shared key.`;
    context.report({
      start: arg.from,
      end: arg.to,
      message,
      severity: site.hardCoded ? 'error' : site.entraAlso ? 'info' : 'warning',
      fixes: fix ? [fix] : [],
      data: { shape: site.entraAlso ? 'key-beside-entra' : 'explicit' },
      related: keyReadRelated(context, mod, arg.value),
    });
  }
}

function buildFix(context: RuleContext, site: ClientSite, options: FamilyOptions): Fix | undefined {
  const { file } = context;
  const mod = context.parse(pythonParser);
  const provider = tokenProviderExpr(mod, context.settings.tokenScope);
  const keywords = options.fixKeywords.map(([k, v]) => [k, v.replace('{provider}', provider)] as const);
  const envVars = options.envVars ?? 'AZURE_OPENAI_API_KEY';
  const edits: TextEdit[] = [];
  if (site.entraAlso) {
    if (site.keyArg!.dictEntry) return undefined;
    return { title: `Remove the redundant API key argument; then remove ${envVars} from the environment/.env.`, applicability: 'unsafe', edits: [removeArgumentEdit(site.call, site.keyArg!.from, site.keyArg!.to)] };
  }
  const toggle = toggleFix(context, site, envVars);
  if (toggle) return toggle;
  // A keyword the fix writes that the call already passes (`use_azure_ad=False`, `azure_ad_token_provider=None`)
  // gets its value replaced: a duplicate keyword would not compile.
  const existing = new Map((credentialArgs(mod, site.call) ?? []).filter((a) => !a.dictEntry).map((a) => [a.name, a]));
  const toAdd: (readonly [string, string])[] = [];
  for (const [k, v] of keywords) {
    const present = existing.get(k);
    if (present && present.from !== site.keyArg?.from) edits.push({ start: present.value.from, end: present.value.to, newText: v });
    else toAdd.push([k, v]);
  }
  const arg = site.keyArg;
  if (toAdd.length === 0) {
    if (arg) edits.push(removeArgumentEdit(site.call, arg.from, arg.to));
  } else if (arg?.dictEntry) {
    const entry = arg.dictEntry;
    edits.push(replaceArgumentEdit(file, site.call, entry.from, entry.to, toAdd.map(([k, v]) => `${dictKey(mod, entry.keyNode, k)}: ${v}`)));
  } else if (arg) {
    edits.push(replaceArgumentEdit(file, site.call, arg.from, arg.to, toAdd.map(([k, v]) => `${k}=${v}`)));
  } else {
    edits.push(...appendKeywordsEdit(file, site.call, toAdd.map(([k, v]) => `${k}=${v}`)));
  }
  const module = site.spec.async ? 'azure.identity.aio' : 'azure.identity';
  // What only served the key (its variable, a guard on it, `import os`) goes in the same fix.
  const leftovers = arg && !arg.dictEntry ? keyLeftovers(file, mod, [[arg.from, arg.to]]) : undefined;
  const imports = identityImports(file, mod, module, ['DefaultAzureCredential', 'get_bearer_token_provider'], site.call.node.from, leftovers?.spans);
  if (!imports.ok) return undefined;
  if (imports.edit) edits.push(imports.edit);
  const local = imports.local;
  if ([...local].some(([n, l]) => n !== l)) {
    for (const e of edits) e.newText = e.newText.split(provider).join(tokenProviderExpr(mod, context.settings.tokenScope, local));
  }
  const note = leftovers ? leftoverNote(leftovers) : '';
  return { title: entraFixTitle(undefined, envVars, note, site.hardCoded), applicability: 'unsafe', edits: mergeEdits(edits, leftovers?.edits ?? []) };
}

/** The fix for a key/Entra toggle: the `if` is replaced by its Entra branch (key-leftovers.ts `entraToggle`). */
function toggleFix(context: RuleContext, site: ClientSite, envVars: string): Fix | undefined {
  const { file } = context;
  const mod = context.parse(pythonParser);
  const isEntraCall = (from: number, to: number) =>
    callsNamed(mod, CLIENT_CLASSES).some((c) => {
      if (c.node.from < from || c.node.to > to || clientSite(mod, c)) return false;
      const spec = clientSpec(calleeName(mod, c.callee));
      return !!spec && spec.family === site.spec.family && (credentialArgs(mod, c) ?? []).some((a) => spec.entraArgs.includes(a.name) && a.value.name !== 'None');
    });
  const toggle = entraToggle(site.call.node, isEntraCall);
  if (!toggle) return undefined;
  const { statement, entraBody } = toggle;
  const indent = file.indentAt(statement.from);
  const text = dedentedBlock(file, entraBody, indent);
  if (text === undefined) return undefined;
  const lineStart = file.lines.lineStart(file.lines.positionAt(statement.from).line);
  const end = /\n$/.test(file.text.slice(statement.from, statement.to)) ? statement.to - (file.text.slice(statement.to - 2, statement.to) === '\r\n' ? 2 : 1) : statement.to;
  const edits: TextEdit[] = [{ start: lineStart, end, newText: text }];
  // The condition and the key branch are gone: what only they used goes too.
  const leftovers = keyLeftovers(file, mod, [
    [statement.from, entraBody.from],
    [entraBody.to, statement.to],
  ]);
  const note = leftoverNote(leftovers);
  return {
    title: entraFixTitle(`keep the Entra branch of the key/Entra switch`, envVars, note, site.hardCoded),
    applicability: 'unsafe',
    edits: mergeEdits(edits, leftovers.edits),
  };
}
