import type { SyntaxNode } from '@lezer/common';
import { APIM_GATEWAY_HOST, isApimKeyName } from '../../engine/azure-signals';
import { resolveName, stringValue, textOf, type PyModule } from '../../engine/parsers/python';

/**
 * API Management front doors (code-patterns.md §2.13, "APIM front door ... info: key belongs to
 * APIM"). A key sent to an APIM gateway is the gateway's subscription key, not the Azure OpenAI
 * account's key: the cure is an Entra-protected gateway (validate-azure-ad-token), not
 * DefaultAzureCredential on the client, so the rules report it as info without an auth-switch fix.
 */

/** At most this many expressions are looked at per value: the expression and what its names resolve to. */
const MAX_NODES = 8;

/**
 * The expression and the values the names in it resolve to through same-scope assignments
 * (`api_key = key`, `key = apim_subscriptions[0]["key"]`, `url = f"{gateway_url}/openai"`), bounded.
 */
export function valueChain(mod: PyModule, node: SyntaxNode): SyntaxNode[] {
  const out: SyntaxNode[] = [node];
  for (let i = 0; i < out.length && out.length < MAX_NODES; i++) {
    for (const use of variablesIn(out[i])) {
      const value = resolveName(mod, use);
      if (value && !out.some((n) => n.from === value.from && n.to === value.to)) out.push(value);
      if (out.length >= MAX_NODES) break;
    }
  }
  return out;
}

/** The variable names an expression reads (not inside lambdas), in source order. */
function variablesIn(node: SyntaxNode): SyntaxNode[] {
  if (node.name === 'VariableName') return [node];
  const out: SyntaxNode[] = [];
  node.cursor().iterate((ref) => {
    if (ref.name === 'LambdaExpression') return false;
    if (ref.name === 'VariableName') out.push(ref.node);
  });
  return out;
}

/** Identifier-like words of an expression: variable and attribute names, and the constant strings it indexes or reads. */
function wordsIn(mod: PyModule, node: SyntaxNode, withStrings: boolean): string[] {
  const out: string[] = [];
  node.cursor().iterate((ref) => {
    if (ref.name === 'LambdaExpression') return false;
    if (ref.name === 'VariableName' || ref.name === 'PropertyName') out.push(textOf(mod, ref.node));
    else if (withStrings && ref.name === 'String') out.push(stringValue(mod, ref.node)?.value ?? '');
  });
  return out;
}

/**
 * True when a key expression says it is an API Management subscription key: a name in it or in
 * what it resolves to (`apim_subscription_key`, `apim_subscriptions[0]["key"]`,
 * `os.environ["APIM_SUBSCRIPTION_KEY"]`, `subscription_key`).
 */
export function isApimKey(mod: PyModule, value: SyntaxNode): boolean {
  return valueChain(mod, value).some((n) => wordsIn(mod, n, true).some((w) => isApimKeyName(w)));
}

/**
 * True when an endpoint / base URL expression is an API Management gateway: an `*.azure-api.net`
 * host, or a name in it (or in what it resolves to) that says apim/gateway
 * (`f"{apim_resource_gateway_url}/{path}"`, `APIM_GATEWAY_URL`).
 */
export function isApimEndpoint(mod: PyModule, value: SyntaxNode): boolean {
  return valueChain(mod, value).some((n) => {
    const literal = stringValue(mod, n)?.value;
    if (APIM_GATEWAY_HOST.test(literal ?? textOf(mod, n))) return true;
    return wordsIn(mod, n, n.name === 'CallExpression' || n.name === 'MemberExpression').some((w) => /apim|gateway/i.test(w));
  });
}

/** Keyword arguments that carry a client's endpoint, across the libraries the rules know. */
export const ENDPOINT_ARGS = new Set(['azure_endpoint', 'base_url', 'endpoint', 'openai_api_base', 'api_base', 'azure_openai_endpoint', 'url']);

/**
 * A message about a subscription key sent to an API Management gateway: `what` sends it (`"AzureOpenAI (api_key)"`),
 * `hardCoded` when it is a literal in the code.
 */
export function apimMessage(what: string, hardCoded = false): string {
  const first = hardCoded
    ? `${what} sends a hard-coded API Management subscription key to an API Management gateway; anyone who can read the code can call the gateway.`
    : `${what} sends an API Management subscription key to an API Management gateway: key auth to the gateway, not to the Azure OpenAI account.`;
  return `${first} ${APIM_CURE}`;
}

/** What to do instead: the gateway validates Entra tokens and the client sends one. */
export const APIM_CURE = 'Protect the gateway with the validate-azure-ad-token policy and call it with a Microsoft Entra ID token instead.';
