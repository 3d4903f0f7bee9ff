import type { SyntaxNode } from '@lezer/common';
import { isPlaceholder } from '../../engine/azure-signals';
import {
  callsNamed,
  dictEntries,
  readCall,
  resolveName,
  stringValue,
  textOf,
  type PyCall,
  type PyDictEntry,
  type PyString,
  type PyModule,
} from '../../engine/parsers/python';
import { ENDPOINT_ARGS, isApimEndpoint, isApimKey } from './apim';
import { calleeName } from './known-names';

/**
 * Which Azure OpenAI client constructors take which credential arguments (code-patterns.md
 * §2.1, §2.7–2.9). Shared by the per-library rules and by the env-read rule (which must not
 * report a key a constructor rule already reports).
 */
export type ClientFamily = 'openai' | 'langchain' | 'semantic-kernel' | 'llamaindex' | 'autogen' | 'promptflow';

export interface ClientSpec {
  family: ClientFamily;
  /** Keyword arguments that carry an API key. */
  keyArgs: string[];
  /** Keyword arguments whose presence means Entra (or a pre-built client: don't guess). */
  entraArgs: string[];
  /** True for `AsyncAzureOpenAI`: the fix uses `azure.identity.aio`. */
  async: boolean;
  /** False when a construction without a key does not fall back to one (a promptflow connection). */
  implicitKeyAuth?: boolean;
  /** A keyword whose value names the auth mode, and the values that mean Entra (`auth_mode="meid_token"`). */
  entraMode?: { arg: string; values: RegExp };
}

const LANGCHAIN_CLASSES = new Set(['AzureChatOpenAI', 'AzureOpenAIEmbeddings', 'AzureOpenAI']);
const SK_CLASSES = new Set(['AzureChatCompletion', 'AzureTextEmbedding', 'AzureTextCompletion', 'AzureTextToImage', 'AzureAudioToText', 'AzureTextToAudio', 'AzureRealtimeWebsocket']);
const LLAMA_CLASSES = new Set(['AzureOpenAI', 'AzureOpenAIEmbedding', 'AzureOpenAIMultiModal']);
const AUTOGEN_CLASSES = new Set(['AzureOpenAIChatCompletionClient']);
const PROMPTFLOW_CLASSES = new Set(['AzureOpenAIConnection']);
/** Every class name `clientSpec` accepts (the last part of a qualified name). */
export const CLIENT_CLASSES: ReadonlySet<string> = new Set(['AsyncAzureOpenAI', ...LANGCHAIN_CLASSES, ...SK_CLASSES, ...LLAMA_CLASSES, ...AUTOGEN_CLASSES, ...PROMPTFLOW_CLASSES]);

/** The client a qualified callee name constructs, if it is one we know. */
export function clientSpec(qualified: string | undefined): ClientSpec | undefined {
  if (!qualified) return undefined;
  // Asked of every call's callee: most end in a name no branch below accepts.
  if (!CLIENT_CLASSES.has(qualified.slice(qualified.lastIndexOf('.') + 1))) return undefined;
  const parts = qualified.split('.');
  const cls = parts[parts.length - 1];
  const root = parts[0];
  if (root === 'openai' && (cls === 'AzureOpenAI' || cls === 'AsyncAzureOpenAI') && (parts.length === 2 || qualified.startsWith('openai.lib.azure.'))) {
    return { family: 'openai', keyArgs: ['api_key'], entraArgs: ['azure_ad_token', 'azure_ad_token_provider'], async: cls === 'AsyncAzureOpenAI' };
  }
  if ((root === 'langchain_openai' || root === 'langchain_community' || root === 'langchain') && LANGCHAIN_CLASSES.has(cls) && parts.length >= 2) {
    return {
      family: 'langchain',
      keyArgs: ['api_key', 'openai_api_key'],
      entraArgs: ['azure_ad_token', 'azure_ad_token_provider', 'azure_ad_async_token_provider', 'client', 'async_client'],
      async: false,
    };
  }
  if (root === 'semantic_kernel' && SK_CLASSES.has(cls)) {
    return { family: 'semantic-kernel', keyArgs: ['api_key'], entraArgs: ['ad_token', 'ad_token_provider', 'credential', 'async_client', 'token_endpoint'], async: false };
  }
  // AutoGen's wrapper of AsyncAzureOpenAI (autogen-ext): the same key, token and env fallback.
  if ((root === 'autogen_ext' || root === 'autogen') && AUTOGEN_CLASSES.has(cls)) {
    return { family: 'autogen', keyArgs: ['api_key'], entraArgs: ['azure_ad_token_provider', 'azure_ad_token'], async: false };
  }
  // promptflow's connection entity: `api_key` is the key; `auth_mode="meid_token"` is Entra; no key means none.
  if (root === 'promptflow' && PROMPTFLOW_CLASSES.has(cls)) {
    return { family: 'promptflow', keyArgs: ['api_key'], entraArgs: [], async: false, implicitKeyAuth: false, entraMode: { arg: 'auth_mode', values: /^meid_token$/i } };
  }
  if (root === 'llama_index' && LLAMA_CLASSES.has(cls)) {
    return { family: 'llamaindex', keyArgs: ['api_key'], entraArgs: ['azure_ad_token_provider', 'use_azure_ad'], async: false };
  }
  return undefined;
}

/**
 * True when a string literal is plausibly a real key: constant, not a placeholder, at least 20
 * characters with no whitespace (keys are 32 hex or 84 base62 characters). `"test"` in a unit
 * test is key auth, but calling it a hard-coded secret would be a false alarm.
 */
export function isHardCodedKey(literal: PyString | undefined): boolean {
  if (!literal || !literal.constant) return false;
  const v = literal.value.trim();
  return v.length >= 20 && !/\s/.test(v) && !isPlaceholder(v);
}

/** A credential-bearing argument: a keyword of the call, or an entry of a dict spread into it. */
export interface CredentialArg {
  name: string;
  value: SyntaxNode;
  from: number;
  to: number;
  /** Set when the argument is an entry of a dict literal passed as `**cfg`. */
  dictEntry?: PyDictEntry;
}

/** How a recognised client constructor authenticates. */
export interface ClientSite {
  call: PyCall;
  spec: ClientSpec;
  qualified: string;
  /** `explicit`: a key argument; `implicit`: no credential, so the library reads the key from the environment. */
  shape: 'explicit' | 'implicit';
  /** The key argument (explicit shape). */
  keyArg?: CredentialArg;
  /** An Entra argument passed beside the key (the key is then redundant, but still used by Realtime). */
  entraAlso?: CredentialArg;
  /** The key is a literal string that is not a placeholder. */
  hardCoded: boolean;
  /** Where a variable key was assigned (`key = os.getenv(...)`), resolved in the same scope. */
  resolvedValue?: SyntaxNode;
  /** The key is an API Management subscription key, or the endpoint is an APIM gateway (apim.ts). */
  apim: boolean;
}

/** Credential arguments of a call, with `**cfg` expanded when `cfg` is a dict literal; undefined when unknowable. */
export function credentialArgs(mod: PyModule, call: PyCall): CredentialArg[] | undefined {
  const out: CredentialArg[] = [];
  for (const a of call.args) {
    if (a.kind === 'keyword') out.push({ name: a.name!, value: a.value, from: a.from, to: a.to });
    else if (a.kind === 'doublestar') {
      const target = a.value.name === 'VariableName' ? resolveName(mod, a.value) : a.value;
      const entries = dictEntries(mod, target);
      if (!entries || entries.some((e) => e.key === undefined)) return undefined;
      for (const e of entries) out.push({ name: e.key!, value: e.value, from: e.from, to: e.to, dictEntry: e });
    } else if (a.kind === 'star') return undefined;
  }
  return out;
}

/** True for a value that is a token provider, not a key: a lambda, a provider call, or a name bound to one. */
function isTokenProviderValue(mod: PyModule, value: SyntaxNode): boolean {
  let v: SyntaxNode | undefined = value;
  if (v.name === 'VariableName') {
    if (/token_?provider/i.test(textOf(mod, v))) return true;
    v = resolveName(mod, v);
    if (!v) return false;
  }
  if (v.name === 'LambdaExpression') return true;
  if (v.name === 'CallExpression') {
    const call = readCall(mod, v);
    const callee = call ? calleeName(mod, call.callee) : undefined;
    return !!callee && /get_bearer_token_provider$/.test(callee);
  }
  return false;
}

function isNone(value: SyntaxNode): boolean {
  return value.name === 'None';
}

function isFalse(mod: PyModule, value: SyntaxNode): boolean {
  return value.name === 'Boolean' && textOf(mod, value) === 'False';
}

/** Reads one call as a client constructor; undefined when it is not one, or is already Entra. */
export function clientSite(mod: PyModule, call: PyCall): ClientSite | undefined {
  const qualified = calleeName(mod, call.callee);
  const spec = clientSpec(qualified);
  if (!spec || !qualified) return undefined;
  // LangChain/LlamaIndex fields are keyword-only in practice; a positional argument is an unknown shape.
  const args = credentialArgs(mod, call);
  if (!args) return undefined;
  // A unit test's client on a mock transport sends its fake key nowhere.
  if (args.some((a) => /^http_(?:async_)?client$/.test(a.name) && MOCK_TRANSPORT.test(textOf(mod, a.value.name === 'VariableName' ? (resolveName(mod, a.value) ?? a.value) : a.value)))) return undefined;
  const entra = args.find((a) => spec.entraArgs.includes(a.name) && !isNone(a.value) && !isFalse(mod, a.value));
  // LangChain legacy `openai_api_type="azure_ad"` is Entra too.
  if (spec.entraMode) {
    const mode = args.find((a) => a.name === spec.entraMode!.arg);
    if (mode && spec.entraMode.values.test(stringValue(mod, mode.value)?.value ?? '')) return undefined;
  }
  const apiType = args.find((a) => a.name === 'openai_api_type' || a.name === 'api_type');
  if (apiType && /^azure_?ad$/i.test(stringValue(mod, apiType.value)?.value ?? '')) return undefined;
  const key = args.find((a) => spec.keyArgs.includes(a.name) && !isNone(a.value));
  if (key) {
    if (isTokenProviderValue(mod, key.value)) return undefined;
    // LlamaIndex's use_azure_ad/azure_ad_token_provider replace api_key with a token entirely.
    if (entra && spec.family === 'llamaindex') return undefined;
    const literal = stringValue(mod, key.value);
    const resolvedValue = key.value.name === 'VariableName' ? resolveName(mod, key.value) : undefined;
    const resolvedLiteral = resolvedValue ? stringValue(mod, resolvedValue) : undefined;
    const lit = literal ?? resolvedLiteral;
    const hardCoded = isHardCodedKey(lit);
    const apim = isApimKey(mod, key.value) || viaApimGateway(mod, args);
    return { call, spec, qualified, shape: 'explicit', keyArg: key, entraAlso: entra, hardCoded, resolvedValue, apim };
  }
  if (entra || spec.implicitKeyAuth === false) return undefined;
  // `os.environ["OPENAI_API_TYPE"] = "azure_ad"` makes the library send OPENAI_API_KEY as a bearer token.
  if (setsAzureAdApiType(mod)) return undefined;
  return { call, spec, qualified, shape: 'implicit', hardCoded: false, apim: viaApimGateway(mod, args) };
}

const MOCK_TRANSPORT = /\bMock\w*Transport\b|\brespx\b/;

/** True when the module sets `OPENAI_API_TYPE` to `azure_ad` in its environment. */
function setsAzureAdApiType(mod: PyModule): boolean {
  return mod.memo('sets-azure-ad-api-type', () => /environ\s*\[\s*["']OPENAI_API_TYPE["']\s*\]\s*=\s*["']azure_?ad["']/i.test(mod.text));
}

/** True when the call's endpoint argument is an API Management gateway. */
function viaApimGateway(mod: PyModule, args: CredentialArg[]): boolean {
  return args.some((a) => ENDPOINT_ARGS.has(a.name) && isApimEndpoint(mod, a.value));
}

/** Every key-authenticated client construction of `family` (all families when omitted). */
export function clientSites(mod: PyModule, family?: ClientFamily): ClientSite[] {
  const all = mod.memo('client-sites', () => {
    const out: ClientSite[] = [];
    for (const call of callsNamed(mod, CLIENT_CLASSES)) {
      const site = clientSite(mod, call);
      if (site) out.push(site);
    }
    return out;
  });
  return family ? all.filter((s) => s.spec.family === family) : all;
}
