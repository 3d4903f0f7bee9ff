import type { SyntaxNode } from '@lezer/common';
import { isAzureAIEndpoint } from '../../engine/azure-signals';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import { callsNamed, dictEntries, keywordArg, pythonParser, readCall, resolveName, stringValue, textOf, type PyArg, type PyCall, type PyModule } from '../../engine/parsers/python';
import type { Rule } from '../../engine/rule';
import type { TextEdit } from '../../engine/types';
import { APIM_CURE, apimMessage, isApimEndpoint, isApimKey } from './apim';
import { isHardCodedKey } from './azure-clients';
import { envSourceNote } from './env-reads';
import { appendKeywordsEdit, entraFixTitle, identityImports, mergeEdits, tokenProviderExpr } from './entra-fix';
import { keyLeftovers, leftoverNote } from './key-leftovers';
import { calleeName } from './known-names';
import { keyReadRelated } from './related';

const V1_CLIENTS = new Set(['OpenAI', 'AsyncOpenAI']);

/** True when a `base_url=` value points at the Azure OpenAI v1 endpoint (or an Azure AI host). */
function isAzureBaseUrl(mod: PyModule, value: SyntaxNode): boolean {
  const node = value.name === 'VariableName' ? (resolveName(mod, value) ?? value) : value;
  const literal = stringValue(mod, node)?.value;
  const text = literal ?? textOf(mod, node);
  return isAzureAIEndpoint(text) || /\/openai\/v1\b/.test(text) || /AZURE_OPENAI\w*(?:ENDPOINT|BASE_URL|URL)\b/.test(text);
}

/**
 * True when a client's own options say Azure whatever its base_url: an `api-version` in
 * `default_query` (only Azure asks for one) or an `api-key` entry in `default_headers`.
 */
function speaksAzure(mod: PyModule, call: PyCall): boolean {
  const entries = (name: string) => {
    const arg = keywordArg(call, name);
    const node = arg && (arg.value.name === 'VariableName' ? resolveName(mod, arg.value) : arg.value);
    return dictEntries(mod, node) ?? [];
  };
  return entries('default_query').some((e) => e.key === 'api-version') || entries('default_headers').some((e) => e.key?.toLowerCase() === 'api-key');
}

/** A value that is already a token provider: a lambda, a provider call, or a name bound to one. */
function isTokenProvider(mod: PyModule, value: SyntaxNode): boolean {
  let v: SyntaxNode | undefined = value;
  if (v.name === 'VariableName') {
    if (/token_?provider/i.test(textOf(mod, v))) return true;
    v = resolveName(mod, v);
  }
  if (!v) return false;
  if (v.name === 'LambdaExpression') return true;
  const call = v.name === 'CallExpression' ? readCall(mod, v) : undefined;
  return !!call && /get_bearer_token_provider$/.test(calleeName(mod, call.callee) ?? '');
}

/** An `OpenAI` client for an Azure v1 endpoint that uses a key; `key` is absent when it comes from OPENAI_API_KEY. */
export interface V1KeySite {
  call: PyCall;
  isAsync: boolean;
  key?: PyArg;
  /** The key is an API Management subscription key or base_url an APIM gateway: info, no fix (apim.ts). */
  apim: boolean;
}

/** Every `OpenAI` / `AsyncOpenAI` construction with an Azure `base_url` and a key (not a token provider). */
export function v1KeySites(mod: PyModule): V1KeySite[] {
  return mod.memo('v1-key-sites', () => findV1KeySites(mod));
}

function findV1KeySites(mod: PyModule): V1KeySite[] {
  const out: V1KeySite[] = [];
  for (const call of callsNamed(mod, V1_CLIENTS)) {
    const q = calleeName(mod, call.callee);
    if (q !== 'openai.OpenAI' && q !== 'openai.AsyncOpenAI') continue;
    const baseUrl = keywordArg(call, 'base_url');
    if (!(baseUrl && isAzureBaseUrl(mod, baseUrl.value)) && !speaksAzure(mod, call)) continue;
    if (call.args.some((a) => a.kind === 'doublestar' || a.kind === 'star')) continue;
    const key = keywordArg(call, 'api_key');
    if (key && isTokenProvider(mod, key.value)) continue;
    const apim = (!!key && isApimKey(mod, key.value)) || (!!baseUrl && isApimEndpoint(mod, baseUrl.value));
    out.push({ call, isAsync: q === 'openai.AsyncOpenAI', key, apim });
  }
  return out;
}

/** `OpenAI` / `AsyncOpenAI` pointed at the Azure OpenAI v1 endpoint with a key (passed or from OPENAI_API_KEY). */
export const rule: Rule = {
  meta: {
    code: 'AOAI209',
    name: 'py-openai-v1-azure-endpoint-key-auth',
    description: 'An openai `OpenAI` client pointed at an Azure OpenAI v1 endpoint authenticates with an API key.',
    severity: 'warning', // a hard-coded key raises its own report to error
    category: 'code',
    kinds: ['python'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `OpenAI(...)` and `AsyncOpenAI(...)` whose `base_url` is an Azure OpenAI endpoint (`*.openai.azure.com`, `.../openai/v1/`, or built from `AZURE_OPENAI_ENDPOINT`), or whose own options say Azure (an `api-version` in `default_query`, an `api-key` in `default_headers`), and whose `api_key` is a key, or absent (the client then reads `OPENAI_API_KEY`). An `api_key` that is a token provider (a callable) is Entra and is not flagged; clients for api.openai.com are out of scope. Key auth is a warning, a hard-coded key an error. A key sent to an API Management gateway (an `*.azure-api.net` endpoint, an endpoint built from a name that says apim/gateway, or a key whose name says it is an APIM subscription key) is the gateway\'s own subscription key: it is reported as info, with the advice to protect the gateway with `validate-azure-ad-token`, and gets no fix.',
      whyBad:
        'An API key is a shared secret that grants full access to the resource and cannot be tied to a caller. The v1 endpoint accepts a Microsoft Entra ID token provider as `api_key` (openai>=1.106.0).',
      example: `from openai import OpenAI

client = OpenAI(
    base_url="https://contoso.openai.azure.com/openai/v1/",
    api_key=os.environ["AZURE_OPENAI_API_KEY"],
)`,
      useInstead: `from openai import OpenAI
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

client = OpenAI(
    base_url="https://contoso.openai.azure.com/openai/v1/",
    api_key=get_bearer_token_provider(DefaultAzureCredential(), "${DEFAULT_TOKEN_SCOPE}"),
)`,
      exampleLanguage: 'python',
      fixSafety:
        'Unsafe: it passes `get_bearer_token_provider(DefaultAzureCredential(), scope)` as `api_key` (from `azure.identity.aio` for `AsyncOpenAI`), which needs `openai>=1.106.0` and `azure-identity>=1.15.0`, the "Cognitive Services OpenAI User" role for the identity, and the key removed from the environment and `.env`.',
      references: ['https://learn.microsoft.com/azure/ai-foundry/openai/api-version-lifecycle', 'https://learn.microsoft.com/azure/developer/ai/how-to/switching-endpoints'],
    },
  },
  prefilter: /OpenAI\b/,
  check(context) {
    const mod = context.parse(pythonParser);
    for (const { call, isAsync, key, apim } of v1KeySites(mod)) {
      if (apim) {
        reportApim(context, mod, call, key);
        continue;
      }
      const leftovers = key ? keyLeftovers(context.file, mod, [[key.value.from, key.value.to]]) : undefined;
      const imports = identityImports(context.file, mod, isAsync ? 'azure.identity.aio' : 'azure.identity', ['DefaultAzureCredential', 'get_bearer_token_provider'], call.node.from, leftovers?.spans);
      const provider = tokenProviderExpr(mod, context.settings.tokenScope, imports.ok ? imports.local : undefined);
      const edits: TextEdit[] = key ? [{ start: key.value.from, end: key.value.to, newText: provider }] : appendKeywordsEdit(context.file, call, [`api_key=${provider}`]);
      if (imports.ok && imports.edit) edits.push(imports.edit);
      const note = leftovers ? leftoverNote(leftovers) : '';
      const fix = imports.ok && {
        title: entraFixTitle('a token provider as api_key, openai>=1.106.0', 'the key (AZURE_OPENAI_API_KEY / OPENAI_API_KEY)', note),
        applicability: 'unsafe' as const,
        edits: mergeEdits(edits, leftovers?.edits ?? []),
      };
      report(context, mod, call, key, fix);
    }
  },
};

function report(context: Parameters<Rule['check']>[0], mod: PyModule, call: PyCall, key: PyArg | undefined, fix: { title: string; applicability: 'unsafe'; edits: TextEdit[] } | false): void {
  const cls = textOf(mod, call.callee).split('.').pop();
  if (!key || key.value.name === 'None') {
    context.report({
      start: call.callee.from,
      end: call.callee.to,
      message: `${cls} points at an Azure OpenAI endpoint without api_key, so it authenticates with the OPENAI_API_KEY environment variable; pass a Microsoft Entra ID token provider as api_key instead.`,
      severity: 'warning',
      fixes: fix ? [fix] : [],
    });
    return;
  }
  const literal = stringValue(mod, key.value);
  const hardCoded = isHardCodedKey(literal);
  context.report({
    start: key.from,
    end: key.to,
    message: hardCoded
      ? `${cls} sends a hard-coded API key to an Azure OpenAI endpoint; anyone who can read the code can call the resource. Pass a Microsoft Entra ID token provider as api_key instead.`
      : `${cls} authenticates to an Azure OpenAI endpoint with an API key (api_key${envSourceNote(mod, key.value)}); pass a Microsoft Entra ID token provider as api_key instead.`,
    severity: hardCoded ? 'error' : 'warning',
    fixes: fix ? [fix] : [],
    related: keyReadRelated(context, mod, key.value),
  });
}

/** A subscription key sent to an API Management gateway: info, no client fix (the cure is on the gateway). */
function reportApim(context: Parameters<Rule['check']>[0], mod: PyModule, call: PyCall, key: PyArg | undefined): void {
  const cls = textOf(mod, call.callee).split('.').pop();
  if (!key || key.value.name === 'None') {
    context.report({
      start: call.callee.from,
      end: call.callee.to,
      message: `${cls} points at an API Management gateway without api_key, so it sends the OPENAI_API_KEY environment variable as the gateway's subscription key. ${APIM_CURE}`,
      severity: 'info',
    });
    return;
  }
  const hardCoded = isHardCodedKey(stringValue(mod, key.value));
  context.report({ start: key.from, end: key.to, message: apimMessage(`${cls} (api_key)`, hardCoded), severity: hardCoded ? 'error' : 'info', related: keyReadRelated(context, mod, key.value) });
}
