/**
 * Finds the places where an Azure OpenAI / Azure AI client is constructed with an API-key
 * credential (code-patterns.md §4.1–4.3, §2.5 for AI Inference). Shared by the client rule, which
 * reports them, and the key-read rule, which stays quiet about key reads inside them.
 */
import { APIM_GATEWAY_HOST, isApimKeyName, isAzureAIEndpoint, isAzureKeyName, GITHUB_MODELS_HOST } from '../../engine/azure-signals';
import { childByField, nodeText, walk, type CsNode, type CsTree } from '../../engine/parsers/csharp';
import { argumentsOf, findDeclaration, invokedName, KEY_CREDENTIAL_TYPES, literalsIn, simpleName, unwrap, type Arg } from './cs-syntax';

/**
 * - `azure-openai`: Azure.AI.OpenAI `AzureOpenAIClient` (2.x) and `OpenAIClient(Uri, AzureKeyCredential)` (1.x).
 * - `openai-v1`: the OpenAI .NET library pointed at an Azure `/openai/v1/` endpoint.
 * - `inference`: Azure.AI.Inference clients (not GitHub Models).
 * - `client-factory`: a Microsoft.Extensions.Azure registration, `clientBuilder.AddOpenAIClient(uri, key)`.
 */
export type ClientFamily = 'azure-openai' | 'openai-v1' | 'inference' | 'client-factory';

/** `AddAzureClients(b => b.AddXxx(endpoint, credential))` registrations that accept a key credential. */
export const FACTORY_METHODS = new Set(['AddOpenAIClient', 'AddAzureOpenAIClient', 'AddChatCompletionsClient', 'AddEmbeddingsClient']);

const INFERENCE_CLIENTS = new Set(['ChatCompletionsClient', 'EmbeddingsClient', 'ImageEmbeddingsClient']);
/** OpenAI .NET clients built from `(model, credential, options)` or `(credential, options)`. */
const OPENAI_CLIENTS = new Set(['OpenAIClient', 'ChatClient', 'EmbeddingClient', 'ResponsesClient', 'OpenAIResponseClient', 'ImageClient', 'AudioClient']);

/** How the credential argument is a key credential. */
export type CredentialKind = 'new' | 'target-typed' | 'variable' | 'parameter';

export interface KeyCredentialSite {
  client: string;
  family: ClientFamily;
  /** The client construction (or the client-factory registration call). */
  creation: CsNode;
  /** The argument carrying the credential and its value expression. */
  arg: Arg;
  kind: CredentialKind;
  /** `AzureKeyCredential` or `ApiKeyCredential` (as written or declared). */
  credentialType: string;
  /** The `new XxxCredential(...)` expression that holds the key, when it is in this file. */
  keyCreation?: CsNode;
  /** Number of arguments of the client construction. */
  argCount: number;
  /**
   * The key is a gateway's, not the Azure OpenAI account's: `apim` when the key or endpoint names
   * API Management (`APIM_SUBSCRIPTION_KEY`, `*.azure-api.net`), `proxy` when the endpoint names a proxy.
   */
  gateway?: { kind: 'apim' | 'proxy'; evidence: string };
}

/** Every key-credential client construction in the file, in document order. */
export function keyCredentialSites(tree: CsTree): KeyCredentialSite[] {
  const { file } = tree;
  const out: KeyCredentialSite[] = [];
  for (const n of walk(tree.root)) {
    const method = n.type === 'invocation_expression' ? invokedName(file, n) : undefined;
    const client = method && FACTORY_METHODS.has(method) ? method : constructedType(tree, n);
    if (!client || !(INFERENCE_CLIENTS.has(client) || OPENAI_CLIENTS.has(client) || client === 'AzureOpenAIClient' || client === method)) continue;
    const args = argumentsOf(file, n);
    for (const arg of args) {
      const cred = classifyCredential(tree, arg.value);
      if (!cred) continue;
      let family: ClientFamily;
      if (client === method) family = 'client-factory';
      else if (client === 'AzureOpenAIClient') family = 'azure-openai';
      else if (INFERENCE_CLIENTS.has(client)) family = 'inference';
      else if (client === 'OpenAIClient' && arg.index === 1 && !arg.name && args[0] && !args[0].name && looksLikeUri(tree, args[0].value)) family = 'azure-openai';
      else family = 'openai-v1';
      const literals = evidence(tree, n);
      if (mentionsGitHubModels(literals)) break;
      const gateway = gatewayOf(tree, n, literals);
      if (family === 'openai-v1' && !hasAzureEndpoint(literals) && gateway?.kind !== 'apim') break;
      out.push({ client, family, creation: n, arg, argCount: args.length, ...cred, ...(gateway ? { gateway } : {}) });
      break;
    }
  }
  return out;
}

/** The type an object creation builds: `new T(...)`, `T x = new(...)`, or `_field = new(...)` with a field declared in this file (target-typed). */
function constructedType(tree: CsTree, n: CsNode): string | undefined {
  if (n.type === 'object_creation_expression') return simpleName(tree.file, childByField(n, 'type'));
  if (n.type !== 'implicit_object_creation_expression') return undefined;
  const parent = n.parent;
  if (parent?.type === 'assignment_expression' && childByField(parent, 'right') === n) {
    const left = childByField(parent, 'left');
    const target = left?.type === 'member_access_expression' ? childByField(left, 'name') : left;
    if (target?.type !== 'identifier') return undefined;
    const decl = findDeclaration(tree, target);
    return decl && decl.kind !== 'parameter' ? simpleName(tree.file, decl.type) : undefined;
  }
  const declarator = parent?.type === 'variable_declarator' ? parent : undefined;
  const declaration = declarator?.parent?.type === 'variable_declaration' ? declarator.parent : undefined;
  return declaration ? simpleName(tree.file, childByField(declaration, 'type')) : undefined;
}

/** Setting names and identifiers, not sentences: what a key or endpoint is called. */
const NAME_LIKE = /^[\w:.\-/]{1,100}$/;

/** The gateway in front of the client, from the strings and names its construction uses. */
function gatewayOf(tree: CsTree, creation: CsNode, literals: string[]): KeyCredentialSite['gateway'] {
  const host = literals.map((s) => s.match(APIM_GATEWAY_HOST)).find((m) => m);
  if (host) return { kind: 'apim', evidence: `*${host[0]}` };
  const names = [...literals.filter((s) => NAME_LIKE.test(s))];
  for (const n of walk(creation)) if (n.type === 'identifier' && n.field !== 'type') names.push(nodeText(tree.file, n));
  // `var subscriptionKey = config["AzureOpenAI:ApiKey"]`: a setting that names the account key wins over a variable name.
  const accountKey = names.some((s) => isAzureKeyName(s) && !isApimKeyName(s));
  const apim = names.find((s) => isApimKeyName(s) && (/apim/i.test(s) || !accountKey));
  if (apim) return { kind: 'apim', evidence: apim };
  const proxy = names.find((s) => /proxy/i.test(s));
  return proxy ? { kind: 'proxy', evidence: proxy } : undefined;
}

function classifyCredential(tree: CsTree, expr: CsNode): Pick<KeyCredentialSite, 'kind' | 'credentialType' | 'keyCreation'> | undefined {
  const { file } = tree;
  const e = unwrap(expr);
  if (e.type === 'object_creation_expression') {
    const t = simpleName(file, childByField(e, 'type'));
    return t && KEY_CREDENTIAL_TYPES.has(t) ? { kind: 'new', credentialType: t, keyCreation: e } : undefined;
  }
  if (e.type === 'implicit_object_creation_expression') {
    // `new(key)` as a client argument: the only constructible credential types that take one
    // string are the key credentials (TokenCredential is abstract).
    const list = e.children.find((c) => c.type === 'argument_list');
    const count = list ? list.children.filter((c) => c.type === 'argument').length : 0;
    return count === 1 ? { kind: 'target-typed', credentialType: 'ApiKeyCredential', keyCreation: e } : undefined;
  }
  const id = e.type === 'identifier' ? e : e.type === 'member_access_expression' && /^this$/.test(nodeText(file, childByField(e, 'expression') ?? e)) ? childByField(e, 'name') : undefined;
  if (!id || id.type !== 'identifier') return undefined;
  const decl = findDeclaration(tree, id);
  if (!decl) return undefined;
  const declared = simpleName(file, decl.type);
  const init = decl.init ? unwrap(decl.init) : undefined;
  const initType = init?.type === 'object_creation_expression' ? simpleName(file, childByField(init, 'type')) : undefined;
  if (decl.kind === 'parameter') return declared && KEY_CREDENTIAL_TYPES.has(declared) ? { kind: 'parameter', credentialType: declared } : undefined;
  if (initType && KEY_CREDENTIAL_TYPES.has(initType)) return { kind: 'variable', credentialType: initType, keyCreation: init };
  if (declared && KEY_CREDENTIAL_TYPES.has(declared)) {
    return { kind: 'variable', credentialType: declared, keyCreation: init && /object_creation_expression$/.test(init.type) ? init : undefined };
  }
  return undefined;
}

/** `new Uri(...)`, a `Uri`-typed variable, or a name that says endpoint/uri/url. */
function looksLikeUri(tree: CsTree, expr: CsNode): boolean {
  const { file } = tree;
  const e = unwrap(expr);
  if (e.type === 'object_creation_expression') return simpleName(file, childByField(e, 'type')) === 'Uri';
  if (e.type === 'identifier') {
    const decl = findDeclaration(tree, e);
    if (decl && simpleName(file, decl.type) === 'Uri') return true;
    return /endpoint|uri|url/i.test(nodeText(file, e));
  }
  return /endpoint|uri|url/i.test(nodeText(file, e));
}

/** String literals in `node` and in the initializers of the names it uses (two levels deep). */
function evidence(tree: CsTree, node: CsNode, depth = 0, seen = new Set<CsNode>()): string[] {
  const out = literalsIn(tree.file, node);
  if (depth >= 2) return out;
  for (const n of walk(node)) {
    if (n.type !== 'identifier' || n.field === 'name' || n.field === 'type') continue;
    const decl = findDeclaration(tree, n);
    if (!decl?.init || seen.has(decl.init)) continue;
    seen.add(decl.init);
    out.push(...evidence(tree, decl.init, depth + 1, seen));
  }
  return out;
}

/** GitHub Models (a GitHub token in an AzureKeyCredential) has no Entra path: not ours to flag. */
function mentionsGitHubModels(literals: string[]): boolean {
  return literals.some((s) => GITHUB_MODELS_HOST.test(s) || /^(?:GITHUB_TOKEN|GH_TOKEN|GITHUB_MODELS?_TOKEN)$/i.test(s));
}

/** An Azure endpoint host, or an endpoint setting named for Azure OpenAI / AI Foundry. */
function hasAzureEndpoint(literals: string[]): boolean {
  return literals.some((s) => isAzureAIEndpoint(s) || APIM_GATEWAY_HOST.test(s) || (/azure[_:.-]?(?:openai|ai)|foundry/i.test(s) && /endpoint|ur[il]/i.test(s)));
}
