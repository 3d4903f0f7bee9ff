/**
 * The Azure AI client constructors the TypeScript rules understand, and where their key comes
 * from (shared/reference/code-patterns.md §3). Shared by the constructor rules and the env-read
 * rule, so one key site is reported once.
 */
import { APIM_GATEWAY_HOST, isApimKeyName, isAzureAIEndpoint, isAzureKeyName, isPlaceholder, GITHUB_MODELS_HOST } from '../../engine/azure-signals';
import { propertyName, stringValue, unwrap, type Node, type ParsedScript, type TSESTree } from '../../engine/parsers/typescript';
import { ScopeFacts, type EnvRead, type ObjectEntry, type ResolvedObject } from '../../engine/parsers/typescript/scope';

/** Client families; each constructor rule owns one. */
export type ClientFamily = 'azure-openai' | 'openai-v1' | 'langchain' | 'key-credential';

/** A client whose options object carries the key (`new AzureOpenAI({ apiKey })`). */
interface OptionsClientSpec {
  family: 'azure-openai' | 'openai-v1' | 'langchain';
  module: string;
  exports: string[];
  /** Options that hold a key, in the order the SDK reads them. */
  keyOptions: string[];
  /** Options that make the client use Entra. */
  providerOptions: string[];
  /** The SDK falls back to a key environment variable when no key option is given. */
  implicitEnv?: string;
  /** Only Azure when the base URL option points at an Azure host (the plain `OpenAI` class). */
  azureBaseUrlOption?: string;
  /** A fix exists (the SDK accepts `azureADTokenProvider` / a provider `apiKey`). */
  fixable: boolean;
}

const OPTIONS_CLIENTS: OptionsClientSpec[] = [
  {
    family: 'azure-openai',
    module: 'openai',
    exports: ['AzureOpenAI'],
    keyOptions: ['apiKey'],
    providerOptions: ['azureADTokenProvider'],
    implicitEnv: 'AZURE_OPENAI_API_KEY',
    fixable: true,
  },
  {
    family: 'openai-v1',
    module: 'openai',
    // `import OpenAI from "openai"`, `import { OpenAI }`, `const OpenAI = require("openai")`.
    exports: ['OpenAI', 'default', '*'],
    keyOptions: ['apiKey'],
    providerOptions: [],
    implicitEnv: 'OPENAI_API_KEY',
    azureBaseUrlOption: 'baseURL',
    fixable: true,
  },
  {
    family: 'langchain',
    module: '@langchain/openai',
    exports: ['AzureChatOpenAI', 'AzureOpenAIEmbeddings', 'AzureOpenAI'],
    keyOptions: ['azureOpenAIApiKey', 'openAIApiKey', 'apiKey'],
    providerOptions: ['azureADTokenProvider'],
    implicitEnv: 'AZURE_OPENAI_API_KEY',
    fixable: true,
  },
  {
    // The generic LangChain classes switch to Azure when given Azure options.
    family: 'langchain',
    module: '@langchain/openai',
    exports: ['ChatOpenAI', 'OpenAIEmbeddings', 'OpenAI'],
    keyOptions: ['azureOpenAIApiKey'],
    providerOptions: ['azureADTokenProvider'],
    fixable: true,
  },
  ...['langchain/chat_models/openai', 'langchain/embeddings/openai', 'langchain/llms/openai'].map(
    (module): OptionsClientSpec => ({
      // LangChain.js before the @langchain/openai split: Azure through `azureOpenAIApiKey`; no rewrite offered.
      family: 'langchain',
      module,
      exports: ['ChatOpenAI', 'OpenAIEmbeddings', 'OpenAI'],
      keyOptions: ['azureOpenAIApiKey'],
      providerOptions: ['azureADTokenProvider'],
      fixable: false,
    }),
  ),
  {
    // The deprecated package built on @azure/openai v1: report keys, offer no rewrite.
    family: 'langchain',
    module: '@langchain/azure-openai',
    exports: ['AzureChatOpenAI', 'AzureOpenAIEmbeddings', 'AzureOpenAI'],
    keyOptions: ['azureOpenAIApiKey', 'apiKey'],
    providerOptions: ['credentials', 'azureADTokenProvider'],
    fixable: false,
  },
];

/** Modules whose clients take an Azure AI Services key credential (not Search, not Storage). */
function isAzureAIClientModule(module: string): boolean {
  return module === '@azure/openai' || /^@azure(?:-rest)?\/ai-/.test(module);
}

/** Modules that export `AzureKeyCredential`. */
function isKeyCredentialModule(module: string): boolean {
  return module === '@azure/core-auth' || isAzureAIClientModule(module);
}

/**
 * How a key option's value was written. `entra-token` is not a key at all: a Microsoft Entra
 * access token from `getToken()` passed where a key goes (Entra auth that expires after about an hour).
 */
export type KeyValueKind = 'literal' | 'env' | 'expression' | 'entra-token';

/**
 * Where the key goes when it is not the Azure OpenAI account: `apim` for an API Management
 * gateway (the key is a subscription key), `proxy` for a proxy named as such.
 */
export type Gateway = { kind: 'apim' | 'proxy'; evidence: string };

/** A place where a client is given a key: the node to report and what the key is. */
export interface KeySite {
  family: ClientFamily;
  /** `new AzureOpenAI(...)`, `createClient(...)`. */
  call: TSESTree.NewExpression | TSESTree.CallExpression;
  /** The client's exported name, for messages (`AzureOpenAI`, `ModelClient`). */
  clientName: string;
  module: string;
  /** The key option (`apiKey: ...`), or undefined when the SDK reads the key from the environment. */
  entry?: ObjectEntry;
  /** The resolved options object (for fixes), undefined when the call has no options argument. */
  options?: ResolvedObject;
  /** The key credential argument (`new AzureKeyCredential(k)` or a variable holding one). */
  credentialArg?: Node;
  /** True when the options already carry a token provider (the key option must simply go). */
  hasProvider: boolean;
  keyKind: KeyValueKind;
  /** Names of the environment variables the key comes from. */
  envNames: string[];
  /** Env reads that feed this key (the env-read rule leaves them to the constructor rule). */
  envReads: EnvRead[];
  /** A hard-coded literal key, not a placeholder. */
  literal?: string;
  spec?: OptionsClientSpec;
  /** The key is a gateway's (APIM subscription key, proxy key), not the Azure OpenAI account's. */
  gateway?: Gateway;
}

/** A token provider or credential-shaped value: a function, `getBearerTokenProvider(...)`, a provider variable. */
export function isTokenProviderValue(value: Node, facts: ScopeFacts): boolean {
  const n = facts.resolve(value);
  if (n.type === 'ArrowFunctionExpression' || n.type === 'FunctionExpression') return true;
  if (n.type === 'Identifier') {
    if (facts.isFunction(n.name)) return true;
    // An unresolved parameter or import named like a provider: don't guess that it is a key.
    return /token_?provider|tokenprovider|credential|adtoken|bearer/i.test(n.name);
  }
  if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee);
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : undefined;
    if (name === 'getBearerTokenProvider') return true;
    return !!name && /token_?provider|tokenprovider|bearer/i.test(name);
  }
  if (n.type === 'MemberExpression') {
    const name = propertyName(n);
    return !!name && /token_?provider|tokenprovider/i.test(name);
  }
  return false;
}

/**
 * True when `value` is a Microsoft Entra access token rather than a key: `t.token` where `t` is
 * the result of `credential.getToken(...)` (inline, `(await cred.getToken(s)).token`, or a variable
 * every assignment of which is such a call), or the awaited result of a token provider
 * (`await getToken()` where `getToken = getBearerTokenProvider(...)`).
 */
export function isEntraTokenValue(value: Node, facts: ScopeFacts, depth = 0): boolean {
  if (depth > 4) return false;
  const n = unwrap(value);
  if (n.type === 'Identifier') {
    const values = facts.assignedValues(n.name);
    return values.length > 0 && values.every((v) => isEntraTokenValue(v, facts, depth + 1));
  }
  if (n.type === 'AwaitExpression') return isProviderCall(n.argument, facts);
  if (n.type === 'MemberExpression' && propertyName(n) === 'token') return isAccessTokenValue(n.object, facts, depth + 1);
  return false;
}

/** `cred.getToken(...)` (awaited or not), or a variable every assignment of which is one. */
function isAccessTokenValue(value: Node, facts: ScopeFacts, depth: number): boolean {
  if (depth > 4) return false;
  let n = unwrap(value);
  if (n.type === 'AwaitExpression') n = unwrap(n.argument);
  if (n.type === 'CallExpression') {
    const callee = unwrap(n.callee);
    return callee.type === 'MemberExpression' && propertyName(callee) === 'getToken';
  }
  if (n.type === 'Identifier') {
    const values = facts.assignedValues(n.name);
    return values.length > 0 && values.every((v) => isAccessTokenValue(v, facts, depth + 1));
  }
  return false;
}

/** `getToken()` where `getToken` holds a token provider (`getBearerTokenProvider(...)`). */
function isProviderCall(value: Node, facts: ScopeFacts): boolean {
  const n = unwrap(value);
  if (n.type !== 'CallExpression') return false;
  const callee = unwrap(n.callee);
  if (callee.type !== 'Identifier') return false;
  const init = facts.resolve(callee);
  return init !== callee && init.type === 'CallExpression' && isTokenProviderValue(init, facts);
}

/** Names an expression is read from: environment variables, identifiers and member names. */
function valueNames(value: Node, facts: ScopeFacts): string[] {
  const names = facts.envReads(value).map((r) => r.name);
  const trail: Node[] = [];
  const end = facts.resolve(value, trail);
  for (const n of [unwrap(value), ...trail.map(unwrap), end]) {
    if (n.type === 'Identifier') names.push(n.name);
    else if (n.type === 'MemberExpression') {
      const name = propertyName(n);
      if (name) names.push(name);
    }
  }
  return names;
}

/**
 * The gateway a key goes to, from the key's own name (`APIM_SUBSCRIPTION_KEY`, `apimKey`) or the
 * endpoint (`*.azure-api.net`, an `APIM_…` / `…PROXY…` endpoint variable); undefined when neither says so.
 */
export function gatewayOf(key: Node | undefined, endpoint: Node | undefined, facts: ScopeFacts): Gateway | undefined {
  const keyNames = key ? valueNames(key, facts) : [];
  // `const subscriptionKey = process.env.AZURE_OPENAI_API_KEY`: the setting says it is the account key.
  const accountKey = keyNames.some((n) => isAzureKeyName(n) && !isApimKeyName(n));
  const keyName = keyNames.find((n) => isApimKeyName(n) && (/apim/i.test(n) || !accountKey));
  if (keyName) return { kind: 'apim', evidence: keyName };
  if (!endpoint) return undefined;
  const host = facts.stringParts(endpoint).join('').match(APIM_GATEWAY_HOST);
  if (host) return { kind: 'apim', evidence: `*${host[0]}` };
  const names = valueNames(endpoint, facts);
  const apim = names.find((n) => /apim/i.test(n));
  if (apim) return { kind: 'apim', evidence: apim };
  const proxy = names.find((n) => /proxy/i.test(n));
  return proxy ? { kind: 'proxy', evidence: proxy } : undefined;
}

/** True when the endpoint is the page's own origin (`window.location.origin`, a relative URL): the app's server, not Azure. */
export function isSameOriginEndpoint(endpoint: Node, facts: ScopeFacts): boolean {
  const first = facts.stringParts(endpoint)[0];
  if (first !== undefined && first.startsWith('/') && !first.startsWith('//')) return true;
  let n = facts.resolve(endpoint);
  if (n.type === 'TemplateLiteral' && n.quasis[0].value.raw === '' && n.expressions.length > 0) n = facts.resolve(n.expressions[0]);
  else if (n.type === 'BinaryExpression' && n.operator === '+') n = facts.resolve(n.left as Node);
  if (n.type !== 'MemberExpression') return false;
  const obj = unwrap(n.object);
  const objName = obj.type === 'Identifier' ? obj.name : obj.type === 'MemberExpression' ? propertyName(obj) : undefined;
  return objName === 'location' && /^(?:origin|host|href)$/.test(propertyName(n) ?? '');
}

/** Classifies a key value: a hard-coded literal, an environment read, or another expression. */
function classifyKey(value: Node, facts: ScopeFacts): { kind: KeyValueKind; literal?: string; envReads: EnvRead[] } {
  const envReads = facts.envReads(value);
  if (envReads.length > 0) return { kind: 'env', envReads };
  const s = facts.staticString(value);
  // Real keys are 32 (hex) or 84 characters; a few characters are a stand-in, not a secret.
  if (s !== undefined) return { kind: 'literal', literal: isPlaceholder(s) || s.length < 16 ? undefined : s, envReads };
  return { kind: 'expression', envReads };
}

/** True when a base URL expression points at Azure OpenAI (host, `/openai/v1` path, or an Azure endpoint variable). */
export function isAzureUrlExpression(node: Node, facts: ScopeFacts): boolean {
  const parts = facts.stringParts(node);
  const text = parts.join('');
  if (GITHUB_MODELS_HOST.test(text)) return false;
  if (isAzureAIEndpoint(text) || /\/openai\/(?:v1|deployments)\b/i.test(text)) return true;
  return facts.envReads(node).some((r) => /AZURE/i.test(r.name) && /OPENAI|_AI_|AI_SERVICES|FOUNDRY|COGNITIVE/i.test(r.name) && !/SEARCH/i.test(r.name));
}

/** Every client construction in the file that authenticates with a key. */
export function findKeySites(parsed: ParsedScript, facts: ScopeFacts): KeySite[] {
  const sites: KeySite[] = [];
  for (const node of parsed.nodes) {
    if (node.type !== 'NewExpression' && node.type !== 'CallExpression') continue;
    const target = facts.resolveImport(node.callee);
    if (!target) continue;
    const spec = OPTIONS_CLIENTS.find((s) => s.module === target.module && s.exports.includes(target.name));
    if (spec) {
      const site = optionsKeySite(node, spec, target.name, facts);
      if (site) sites.push(site);
      continue;
    }
    if (isAzureAIClientModule(target.module)) {
      const site = credentialKeySite(node, target.module, target.name, facts);
      if (site) sites.push(site);
    }
  }
  return sites;
}

/**
 * The pre-`AzureOpenAI` recipe for Azure with the plain `OpenAI` class: an `api-version` default
 * query or an `api-key` default header, which only Azure OpenAI (and gateways in front of it) use.
 * Counts when the base URL is absent (`OPENAI_BASE_URL`) or not a concrete non-Azure host.
 */
function hasAzureRequestShape(entries: ObjectEntry[], facts: ScopeFacts): boolean {
  const has = (option: string, name: string) => {
    const e = entries.find((x) => x.name === option);
    const obj = e ? facts.resolveObject(e.value) : undefined;
    return !!obj?.entries.some((x) => x.name.toLowerCase() === name);
  };
  return has('defaultQuery', 'api-version') || has('defaultHeaders', 'api-key');
}

/** Options that say where an options-style client sends its requests. */
const ENDPOINT_OPTIONS = ['baseURL', 'endpoint', 'azureOpenAIEndpoint', 'azureOpenAIBasePath'];

function optionsKeySite(call: TSESTree.NewExpression | TSESTree.CallExpression, spec: OptionsClientSpec, exportName: string, facts: ScopeFacts): KeySite | undefined {
  const arg = call.arguments[0];
  if (arg && arg.type === 'SpreadElement') return undefined;
  const options = arg ? facts.resolveObject(arg) : undefined;
  if (arg && !options) return undefined; // options built elsewhere: don't guess
  const entries = options?.entries ?? [];
  const find = (names: string[]) => names.map((n) => entries.find((e) => e.name === n)).find((e) => e !== undefined);
  const endpoint = find(ENDPOINT_OPTIONS)?.value;
  const key = find(spec.keyOptions);
  const gateway = gatewayOf(key?.value, endpoint, facts);
  if (spec.azureBaseUrlOption) {
    // The plain `OpenAI` class is Azure only through its base URL, or when the gateway in front is APIM.
    const base = find([spec.azureBaseUrlOption]);
    const azureBase = base && (isAzureUrlExpression(base.value, facts) || (gateway?.kind === 'apim' && APIM_GATEWAY_HOST.test(facts.stringParts(base.value).join(''))));
    // The request shape alone needs an explicit key: without one the client may hold another provider's auth.
    const shaped = key !== undefined && hasAzureRequestShape(entries, facts) && !(base && /^https?:\/\/[^/\s]+/i.test(facts.stringParts(base.value).join('')));
    if (!azureBase && !shaped) return undefined;
  }
  const provider = find(spec.providerOptions);
  const clientName = exportName === 'default' || exportName === '*' ? 'OpenAI' : exportName;
  const base = { family: spec.family, call, clientName, module: spec.module, options, hasProvider: provider !== undefined, spec, gateway };
  if (key) {
    if (isTokenProviderValue(key.value, facts)) return undefined;
    if (isEntraTokenValue(key.value, facts)) return { ...base, gateway: undefined, entry: key, keyKind: 'entra-token', envReads: [], envNames: [] };
    // `apiKey: undefined` / `null` turns the option off.
    const v = unwrap(key.value);
    if ((v.type === 'Identifier' && v.name === 'undefined') || (v.type === 'Literal' && v.value === null)) {
      if (provider || !spec.implicitEnv) return undefined;
      return { ...base, keyKind: 'env', envNames: [spec.implicitEnv], envReads: [] };
    }
    const c = classifyKey(key.value, facts);
    return { ...base, entry: key, keyKind: c.kind, literal: c.literal, envReads: c.envReads, envNames: c.envReads.map((r) => r.name) };
  }
  if (provider || !spec.implicitEnv || options?.incomplete) return undefined;
  return { ...base, keyKind: 'env', envNames: [spec.implicitEnv], envReads: [] };
}

function credentialKeySite(call: TSESTree.NewExpression | TSESTree.CallExpression, module: string, exportName: string, facts: ScopeFacts): KeySite | undefined {
  const first = call.arguments[0];
  const endpoint = first && first.type !== 'SpreadElement' ? first : undefined;
  if (endpoint && GITHUB_MODELS_HOST.test(facts.stringParts(endpoint).join(''))) return undefined;
  // A client of the page's own origin talks to the app's server (a proxy), which holds the real credential.
  if (endpoint && isSameOriginEndpoint(endpoint, facts)) return undefined;
  for (const arg of call.arguments) {
    if (arg.type === 'SpreadElement') continue;
    const resolved = facts.resolve(arg);
    if (resolved.type !== 'NewExpression') continue;
    const cls = facts.resolveImport(resolved.callee);
    if (!cls || cls.name !== 'AzureKeyCredential' || !isKeyCredentialModule(cls.module)) continue;
    const keyArg = resolved.arguments[0];
    const c = keyArg && keyArg.type !== 'SpreadElement' ? classifyKey(keyArg, facts) : { kind: 'expression' as const, envReads: [] };
    // A GitHub token in AzureKeyCredential is GitHub Models, which has no Entra path.
    if (c.envReads.some((r) => /GITHUB/i.test(r.name))) return undefined;
    const clientName = exportName === 'default' || exportName === '*' ? (module === '@azure-rest/ai-inference' ? 'ModelClient' : module) : exportName;
    return {
      family: 'key-credential',
      call,
      clientName,
      module,
      credentialArg: arg,
      hasProvider: false,
      keyKind: c.kind,
      literal: c.literal,
      envReads: c.envReads,
      envNames: c.envReads.map((r) => r.name),
      gateway: gatewayOf(keyArg && keyArg.type !== 'SpreadElement' ? keyArg : undefined, endpoint, facts),
    };
  }
  return undefined;
}

/**
 * Env reads that feed the key option of any known client, Azure or not (`new OpenAI({ apiKey:
 * process.env.OPENAI_API_KEY })` for api.openai.com): the env-read rule must not re-judge them.
 */
export function clientKeyOptionReads(parsed: ParsedScript, facts: ScopeFacts): EnvRead[] {
  const out: EnvRead[] = [];
  for (const node of parsed.nodes) {
    if (node.type !== 'NewExpression' && node.type !== 'CallExpression') continue;
    const target = facts.resolveImport(node.callee);
    const spec = target && OPTIONS_CLIENTS.find((s) => s.module === target.module && s.exports.includes(target.name));
    const arg = node.arguments[0];
    if (!spec || !arg || arg.type === 'SpreadElement') continue;
    for (const e of facts.resolveObject(arg)?.entries ?? []) if (spec.keyOptions.includes(e.name)) facts.envReads(e.value, out);
  }
  return out;
}

/** True when the file talks to Azure AI: an Azure client import, an Azure host, or an Azure endpoint variable. */
export function hasAzureContext(parsed: ParsedScript, facts: ScopeFacts): boolean {
  for (const [, b] of facts.allImports()) {
    if (b.module === 'openai' && b.imported === 'AzureOpenAI') return true;
    if (isAzureAIClientModule(b.module) || b.module.startsWith('@langchain/azure') || b.module === '@azure/identity') return true;
    if (b.module === '@langchain/openai' && b.imported.startsWith('Azure')) return true;
  }
  for (const node of parsed.nodes) {
    const s = node.type === 'Literal' ? stringValue(node) : node.type === 'TemplateElement' ? node.value.cooked ?? undefined : undefined;
    if (s !== undefined && (isAzureAIEndpoint(s) || /\/openai\/deployments\//.test(s))) return true;
    if (node.type === 'MemberExpression') {
      const name = propertyName(node);
      if (name && /^AZURE_OPENAI_/.test(name) && facts.envReads(node).length > 0) return true;
    }
  }
  return false;
}
