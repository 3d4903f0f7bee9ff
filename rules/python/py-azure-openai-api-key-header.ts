import type { SyntaxNode } from '@lezer/common';
import { isAzureAIEndpoint } from '../../engine/azure-signals';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import { callsWithKeyword, children, dictEntries, keywordArg, pythonParser, qualifiedName, resolveName, scopeOf, stringValue, textOf, type PyCall, type PyModule } from '../../engine/parsers/python';
import type { Rule } from '../../engine/rule';
import { APIM_CURE, isApimEndpoint, isApimKey } from './apim';
import { isHardCodedKey } from './azure-clients';
import { hasAzureAIContext } from './azure-context';
import { keyReadRelated } from './related';

const HTTP_LIBRARIES = /^(?:requests|httpx|aiohttp)\./;
const HTTP_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'request', 'stream', 'head', 'options', 'send']);
const SEARCH_HOST = /\.search\.windows\.net/i;
/** URL paths of model APIs (Azure OpenAI, Foundry / AI inference). */
const AI_PATH = /\/openai\b|\/models\b|\/inference\b|\/deployments\/|\/(?:chat\/)?completions\b|\/embeddings\b|\/responses\b|\/images\/|\/audio\//i;

/** The URL argument of a request call. */
function urlArg(call: PyCall): SyntaxNode | undefined {
  return (keywordArg(call, 'url') ?? call.args.find((a) => a.kind === 'positional'))?.value;
}

/** The URL a request call targets, as far as it can be read (f-strings keep their literal parts). */
function requestUrl(mod: PyModule, call: PyCall): string | undefined {
  const arg = keywordArg(call, 'url') ?? call.args.find((a) => a.kind === 'positional');
  if (!arg) return undefined;
  const node = arg.value.name === 'VariableName' ? (resolveName(mod, arg.value) ?? arg.value) : arg.value;
  return stringValue(mod, node)?.value;
}

/** True for a call that is (or configures) an HTTP request from requests/httpx/aiohttp. */
function isHttpCall(mod: PyModule, call: PyCall): boolean {
  const q = qualifiedName(mod, call.callee);
  if (q && HTTP_LIBRARIES.test(q)) return true;
  if (call.callee.name === 'MemberExpression') {
    const last = call.callee.lastChild;
    return !!last && last.name === 'PropertyName' && HTTP_METHODS.has(textOf(mod, last));
  }
  return false;
}

/** An `api-key` header: the dict entry or subscript assignment that sets it. */
export interface ApiKeyHeader {
  /** The header as written (`api-key`, `Ocp-Apim-Subscription-Key`). */
  name: string;
  from: number;
  to: number;
  value: SyntaxNode;
  /** The key is an API Management subscription key or the URL an APIM gateway: info (apim.ts). */
  apim: boolean;
}

/** Every `api-key` header sent to Azure OpenAI by requests/httpx/aiohttp calls in the module. */
export function apiKeyHeaders(mod: PyModule): ApiKeyHeader[] {
  return mod.memo('api-key-headers', () => findApiKeyHeaders(mod));
}

function findApiKeyHeaders(mod: PyModule): ApiKeyHeader[] {
  const out: ApiKeyHeader[] = [];
  const azureFile = hasAzureAIContext(mod);
  const seen = new Set<number>();
  for (const call of callsWithKeyword(mod, 'headers')) {
    if (!isHttpCall(mod, call)) continue; // first: it reads only the callee
    const headers = keywordArg(call, 'headers');
    if (!headers) continue;
    // A dict literal without an api-key entry gives nothing (and no other call shares it): skip
    // the URL and gateway checks below, which resolve names.
    if (headers.value.name !== 'VariableName' && !dictEntries(mod, headers.value)?.some((e) => isKeyHeader(e.key))) continue;
    const url = requestUrl(mod, call);
    // The gateway's own header to a model API path says Azure OpenAI behind API Management by itself.
    const apimToModel = url !== undefined && AI_PATH.test(url) && (headers.value.name === 'VariableName' || !!dictEntries(mod, headers.value)?.some((e) => e.key?.toLowerCase() === APIM_HEADER));
    if (!apimToModel && (url !== undefined ? SEARCH_HOST.test(url) || !(isAzureAIEndpoint(url) || /\/openai\//.test(url) || azureFile) : !azureFile)) continue;
    const gatewayUrl = urlArg(call);
    // Asked only when an api-key header is found (it resolves the names in the URL).
    let gatewayMemo: boolean | undefined;
    const gateway = () => (gatewayMemo ??= !!gatewayUrl && isApimEndpoint(mod, gatewayUrl));
    // A gateway fronts every kind of API: a readable path that is not a model API
    // (`{gateway}/weatherservice/weather`) sends the subscription key to something else.
    if (url !== undefined && !AI_PATH.test(url) && gateway()) continue;
    const dict = headers.value.name === 'VariableName' ? resolveName(mod, headers.value) : headers.value;
    if (dict && seen.has(dict.from)) continue;
    if (dict) seen.add(dict.from);
    for (const e of dictEntries(mod, dict) ?? []) {
      if (e.key?.toLowerCase() === 'api-key' && (!apimToModel || azureUrl(url, azureFile))) out.push({ name: e.key, from: e.from, to: e.to, value: e.value, apim: gateway() || isApimKey(mod, e.value) });
      // The gateway's own header: a key to a model API through API Management (the URL must say so).
      else if (e.key?.toLowerCase() === APIM_HEADER && url !== undefined && AI_PATH.test(url)) out.push({ name: e.key, from: e.from, to: e.to, value: e.value, apim: true });
    }
    // headers["api-key"] = key, on the dict variable passed to the call
    if (headers.value.name === 'VariableName') {
      const name = textOf(mod, headers.value);
      scopeOf(call.node).cursor().iterate((ref) => {
        if (ref.from > call.node.from) return false;
        if (ref.name === 'FunctionDefinition' || ref.name === 'ClassDefinition') return ref.to < call.node.from ? false : undefined;
        if (ref.name !== 'AssignStatement') return;
        const kids = children(ref.node);
        const target = kids[0];
        if (target?.name !== 'MemberExpression' || kids[1]?.name !== 'AssignOp') return;
        const t = children(target);
        if (t.length === 4 && t[1].name === '[' && textOf(mod, t[0]) === name && stringValue(mod, t[2])?.value.toLowerCase() === 'api-key') {
          const value = kids[kids.length - 1];
          if (!out.some((h) => h.from === ref.from)) out.push({ name: 'api-key', from: ref.from, to: ref.to, value, apim: gateway() || isApimKey(mod, value) });
        }
        return false;
      });
    }
  }
  out.push(...defaultHeaders(mod, azureFile));
  return out.sort((a, b) => a.from - b.from);
}

const APIM_HEADER = 'ocp-apim-subscription-key';

/** The request URL (or, unreadable, the module) says Azure OpenAI: the test an `api-key` header needs. */
function azureUrl(url: string | undefined, azureFile: boolean): boolean {
  return url !== undefined ? !SEARCH_HOST.test(url) && (isAzureAIEndpoint(url) || /\/openai\//.test(url) || azureFile) : azureFile;
}

function isKeyHeader(key: string | undefined): boolean {
  const k = key?.toLowerCase();
  return k === 'api-key' || k === APIM_HEADER;
}

const OPENAI_CLIENTS = new Set(['OpenAI', 'AsyncOpenAI', 'AzureOpenAI', 'AsyncAzureOpenAI']);

/**
 * `default_headers={"api-key": key}` on an openai-python client: the key goes with every request.
 * An `AzureOpenAI` client always talks to Azure; an `OpenAI` client does when its `default_query`
 * carries an `api-version` (only Azure asks for one), its base_url is an Azure host, or the module
 * otherwise talks to Azure.
 */
function defaultHeaders(mod: PyModule, azureFile: boolean): ApiKeyHeader[] {
  const out: ApiKeyHeader[] = [];
  for (const call of callsWithKeyword(mod, 'default_headers')) {
    const q = qualifiedName(mod, call.callee) ?? '';
    const cls = q.slice(q.lastIndexOf('.') + 1);
    if (!OPENAI_CLIENTS.has(cls) || !q.startsWith('openai.')) continue;
    const headers = keywordArg(call, 'default_headers');
    const dict = headers && (headers.value.name === 'VariableName' ? resolveName(mod, headers.value) : headers.value);
    const entries = dictEntries(mod, dict)?.filter((e) => isKeyHeader(e.key));
    if (!entries?.length) continue;
    const query = keywordArg(call, 'default_query');
    const queryDict = query && (query.value.name === 'VariableName' ? resolveName(mod, query.value) : query.value);
    const baseUrl = keywordArg(call, 'base_url');
    const azure = cls.startsWith('Azure') || cls.startsWith('AsyncAzure') || !!dictEntries(mod, queryDict)?.some((e) => e.key === 'api-version') || (!!baseUrl && isAzureAIEndpoint(textOf(mod, baseUrl.value))) || azureFile;
    if (!azure) continue;
    const gateway = !!baseUrl && isApimEndpoint(mod, baseUrl.value);
    for (const e of entries) out.push({ name: e.key!, from: e.from, to: e.to, value: e.value, apim: gateway || e.key!.toLowerCase() === APIM_HEADER || isApimKey(mod, e.value) });
  }
  return out;
}

/** requests/httpx/aiohttp calls to Azure OpenAI that send an `api-key` header. */
export const rule: Rule = {
  meta: {
    code: 'AOAI208',
    name: 'py-azure-openai-api-key-header',
    description: 'An HTTP request from requests, httpx or aiohttp, or an openai client\'s `default_headers`, sends an `api-key` header to Azure OpenAI.',
    severity: 'warning', // a hard-coded key raises its own report to error
    category: 'code',
    kinds: ['python'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `api-key` headers (any case) in the `headers=` dict of `requests`, `httpx` and `aiohttp` calls (also a `headers` variable assigned in the same scope) when the URL is an Azure OpenAI / AI Services endpoint, or when the URL is not readable and the file otherwise talks to Azure OpenAI; an `Ocp-Apim-Subscription-Key` header sent to a model API path (`/deployments/.../chat/completions`, `/openai/...`); and `default_headers={"api-key": ...}` on an openai `AzureOpenAI` client, or on an `OpenAI` client whose `default_query` asks for an `api-version`, whose base_url is an Azure host, or in a module that otherwise talks to Azure. Azure AI Search (`*.search.windows.net`) URLs are not flagged: Search uses the same header for its own keys. A key sent to an API Management gateway (an `*.azure-api.net` URL, a URL built from a name that says apim/gateway, or a key whose name says APIM subscription) is the gateway\'s own subscription key: it is reported as info, with the advice to protect the gateway with `validate-azure-ad-token` instead. A hard-coded key is an error, every other finding a warning. There is no automatic fix: a bearer token must be fetched per request from a provider created once, which only the author can place.',
      whyBad:
        'The `api-key` header sends a shared secret with every request. Azure OpenAI accepts a Microsoft Entra ID bearer token instead, tied to an identity and governed by Azure RBAC.',
      example: `response = requests.post(
    f"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-10-21",
    headers={"api-key": os.environ["AZURE_OPENAI_API_KEY"]},
    json=payload,
)`,
      useInstead: `from azure.identity import DefaultAzureCredential, get_bearer_token_provider

token_provider = get_bearer_token_provider(DefaultAzureCredential(), "${DEFAULT_TOKEN_SCOPE}")

response = requests.post(
    f"{endpoint}/openai/deployments/{deployment}/chat/completions?api-version=2024-10-21",
    headers={"Authorization": f"Bearer {token_provider()}"},
    json=payload,
)`,
      exampleLanguage: 'python',
      references: ['https://learn.microsoft.com/azure/developer/ai/how-to/switching-endpoints'],
    },
  },
  prefilter: /["'](?:[Aa][Pp][Ii]-[Kk][Ee][Yy]|[Oo]cp-[Aa]pim-[Ss]ubscription-[Kk]ey)["']/,
  check(context) {
    const mod = context.parse(pythonParser);
    for (const h of apiKeyHeaders(mod)) {
      const literal = stringValue(mod, h.value);
      const hardCoded = isHardCodedKey(literal);
      context.report({
        start: h.from,
        end: h.to,
        message: h.apim
          ? `${hardCoded ? 'A hard-coded' : 'An'} API Management subscription key is sent in the api-key header to an API Management gateway: key auth to the gateway, not to the Azure OpenAI account. ${APIM_CURE}`
          : hardCoded
          ? 'A hard-coded API key is sent in the api-key header to Azure OpenAI; send an Entra ID bearer token (Authorization: Bearer) from a token provider instead.'
          : 'The api-key header sends a shared Azure OpenAI key; send an Entra ID bearer token (Authorization: Bearer) from a token provider, fetched per request, instead.',
        severity: hardCoded ? 'error' : h.apim ? 'info' : 'warning',
        related: keyReadRelated(context, mod, h.value),
      });
    }
  },
};
