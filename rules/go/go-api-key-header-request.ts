import { AZURE_OPENAI_CONTEXT, isApimKeyName, isPlaceholder } from '../../engine/azure-signals';
import { argumentsOf, childByField, goParser, nodeText, stringValue, walk, type GoTree } from '../../engine/parsers/go';
import type { SyntaxNode } from '../../engine/parsers/tree-sitter';
import { redactSecret } from '../../engine/redact';
import type { Rule, RuleContext } from '../../engine/rule';
import { bindingOf, constantString, destinationOf, enclosingFunction, resolveValue, type Destination } from './go-syntax';
import { gatewayKeyHeaderMessage } from '../gateway-key-header';

/** A header set on a request: where, its name, its value, and the request it belongs to. */
interface HeaderSite {
  /** The whole `req.Header.Set(...)` call, index assignment or keyed element. */
  node: SyntaxNode;
  name: string;
  value: SyntaxNode | undefined;
  /** The expression the `Header` belongs to (`req` in `req.Header.Set`), if any. */
  request: SyntaxNode | undefined;
  /** The header name is a constant this file's package does not show (`AuthHeaderKey` from another package). */
  unresolvedName?: string;
}

/** `x.Header` → `x`; anything else → undefined. */
function headerOwner(tree: GoTree, node: SyntaxNode | undefined): SyntaxNode | undefined {
  if (node?.type !== 'selector_expression') return undefined;
  const field = childByField(node, 'field');
  if (!field || nodeText(tree.file, field) !== 'Header') return undefined;
  return childByField(node, 'operand');
}

function headerSites(context: RuleContext, tree: GoTree): HeaderSite[] {
  const out: HeaderSite[] = [];
  for (const n of walk(tree.root)) {
    if (n.type === 'call_expression') {
      // req.Header.Set("api-key", v) / .Add(...)
      const fn = childByField(n, 'function');
      if (fn?.type !== 'selector_expression') continue;
      const method = nodeText(tree.file, childByField(fn, 'field') ?? fn);
      if (method !== 'Set' && method !== 'Add') continue;
      const operand = childByField(fn, 'operand');
      const owner = headerOwner(tree, operand);
      // A plain `http.Header` value (`h := http.Header{}`; `h.Set(...)`) has no request to follow.
      if (!owner && !isHeaderValue(tree, operand)) continue;
      const [name, value] = argumentsOf(n);
      const headerName = constantString(context, tree, name);
      if (headerName !== undefined) out.push({ node: n, name: headerName, value, request: owner });
      else if (name && (name.type === 'identifier' || name.type === 'selector_expression')) {
        out.push({ node: n, name: '', value, request: owner, unresolvedName: nodeText(tree.file, name) });
      }
    } else if (n.type === 'assignment_statement') {
      // req.Header["api-key"] = []string{v}
      const left = childByField(n, 'left')?.children[0];
      if (left?.type !== 'index_expression') continue;
      const owner = headerOwner(tree, childByField(left, 'operand'));
      if (!owner) continue;
      const headerName = constantString(context, tree, childByField(left, 'index'));
      if (headerName !== undefined) out.push({ node: n, name: headerName, value: childByField(n, 'right')?.children[0], request: owner });
    } else if (n.type === 'composite_literal') {
      // http.Header{"api-key": {v}}
      const type = childByField(n, 'type');
      if (!type || !/^(?:\w+\.)?Header$/.test(nodeText(tree.file, type))) continue;
      for (const element of childByField(n, 'body')?.children ?? []) {
        if (element.type !== 'keyed_element') continue;
        const [key, value] = element.children;
        const headerName = constantString(context, tree, key?.children[0] ?? key);
        if (headerName !== undefined) out.push({ node: element, name: headerName, value, request: undefined });
      }
    }
  }
  return out;
}

/** True when `node` is a variable bound to an `http.Header{...}` literal or `make(http.Header)`. */
function isHeaderValue(tree: GoTree, node: SyntaxNode | undefined): boolean {
  if (node?.type !== 'identifier') return false;
  const value = resolveValue(tree, node);
  return value !== node && /^(?:&?\w+\.Header\{|make\(\s*\w+\.Header\b)/.test(nodeText(tree.file, value));
}

/** Where the request a header belongs to goes: `req, err := http.NewRequest(method, url, body)` in the same function. */
function requestDestination(tree: GoTree, request: SyntaxNode | undefined): Destination {
  if (request?.type !== 'identifier') return 'unknown';
  const fn = enclosingFunction(request);
  const name = nodeText(tree.file, request);
  for (const call of tree.calls) {
    if (fn && enclosingFunction(call) !== fn) continue;
    const callee = nodeText(tree.file, childByField(call, 'function') ?? call);
    if (!/^\w+\.NewRequest(?:WithContext)?$/.test(callee)) continue;
    const decl = call.parent?.parent;
    if (decl?.type !== 'short_var_declaration' && decl?.type !== 'assignment_statement') continue;
    const first = childByField(decl, 'left')?.children[0];
    if (!first || nodeText(tree.file, first) !== name) continue;
    const args = argumentsOf(call);
    const url = args[callee.endsWith('WithContext') ? 2 : 1];
    if (!url) return 'unknown';
    return destinationOf(urlText(tree, url));
  }
  return 'unknown';
}

/** The text a URL expression is built from, following local names one level (`url := endpoint + "/openai/..."`). */
function urlText(tree: GoTree, url: SyntaxNode): string {
  const parts: string[] = [nodeText(tree.file, url)];
  for (const n of walk(url)) {
    if (n.type !== 'identifier') continue;
    const b = bindingOf(tree, n);
    if (b) parts.push(nodeText(tree.file, b.value));
  }
  return parts.join(' ');
}

/** Sends an `api-key` header from Go (net/http). */
export const rule: Rule = {
  meta: {
    code: 'AOAI823',
    name: 'go-api-key-header-request',
    description: 'A Go HTTP request sends an `api-key` header to Azure OpenAI or an unknown host.',
    severity: 'warning',
    category: 'code',
    kinds: ['go'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `req.Header.Set("api-key", …)` and `.Add(…)`, `req.Header["api-key"] = …` and `http.Header{"api-key": …}` in Go, also when the header name is a constant of the package (declared in this file or another `.go` file of the same folder). A constant the package does not show (from another package) counts when its own name says it is the key header (`AuthHeaderKey`, `APIKeyHeader`), the value is named for a key (`cfg.ApiKey`) and the request goes to Azure OpenAI. A request whose URL (from `http.NewRequest` in the same function) is an Azure OpenAI / AI Services host or an `/openai/deployments/` or `/openai/v1/` path is a warning, and so is one whose URL the file does not show in a file that otherwise shows Azure OpenAI (other services, such as Pinecone and Qdrant, take an `api-key` header too); requests to Azure AI Search (`*.search.windows.net`, which uses the same header name) and to other named hosts are not flagged. An `Ocp-Apim-Subscription-Key` header, or an `api-key` header whose value is named for API Management, is the gateway\'s subscription key: info, with gateway advice. A hard-coded key is an error. There is no automatic fix: the token credential must be created once and its errors handled where the author decides.',
      whyBad:
        'The `api-key` header is Azure OpenAI key authentication written by hand: a shared secret with full data-plane access, no per-caller identity and manual rotation. The REST API accepts `Authorization: Bearer <token>` with a Microsoft Entra token for the `https://cognitiveservices.azure.com/.default` scope, which `azidentity` gives.',
      example: [
        'req, err := http.NewRequest(http.MethodPost, endpoint+"/openai/deployments/gpt-4o/chat/completions?api-version=2024-10-21", body)',
        'if err != nil {',
        '\treturn err',
        '}',
        'req.Header.Set("api-key", os.Getenv("AZURE_OPENAI_API_KEY"))',
      ].join('\n'),
      useInstead: [
        'cred, err := azidentity.NewDefaultAzureCredential(nil)',
        'if err != nil {',
        '\treturn err',
        '}',
        'token, err := cred.GetToken(ctx, policy.TokenRequestOptions{Scopes: []string{"https://cognitiveservices.azure.com/.default"}})',
        'if err != nil {',
        '\treturn err',
        '}',
        'req.Header.Set("Authorization", "Bearer "+token.Token)',
      ].join('\n'),
      exampleLanguage: 'go',
      references: [
        'https://learn.microsoft.com/azure/ai-services/openai/reference#authentication',
        'https://pkg.go.dev/github.com/Azure/azure-sdk-for-go/sdk/azidentity',
        'https://learn.microsoft.com/azure/ai-services/disable-local-auth',
      ],
    },
  },
  prefilter: /api-key|Ocp-Apim-Subscription-Key|\.Header\.(?:Set|Add)\(\s*[A-Za-z_]/i,
  parsers: [goParser],
  check(context) {
    const tree = context.parse(goParser);
    let azure: boolean | undefined;
    for (const site of headerSites(context, tree)) {
      if (site.unresolvedName !== undefined) {
        reportUnresolved(context, tree, site, (azure ??= AZURE_OPENAI_CONTEXT.test(tree.file.text)));
        continue;
      }
      const name = site.name.toLowerCase();
      const subscriptionKey = name === 'ocp-apim-subscription-key';
      if (name !== 'api-key' && !subscriptionKey) continue;
      if (site.value && /^""$|^\[\]string\{\s*""\s*\}$/.test(nodeText(tree.file, site.value))) continue;
      const destination = requestDestination(tree, site.request);
      if (destination === 'search' || destination === 'other') continue;
      // Other services take an `api-key` header too: an unknown host counts in a file that shows Azure OpenAI.
      if (destination === 'unknown' && !subscriptionKey && !(azure ??= AZURE_OPENAI_CONTEXT.test(tree.file.text))) continue;
      const valueText = site.value ? nodeText(tree.file, resolveValue(tree, site.value)) : '';
      if (subscriptionKey || isApimKeyName(valueText)) {
        context.report({
          start: site.node.start,
          end: site.node.end,
          message: gatewayKeyHeaderMessage('request', subscriptionKey, valueText),
          severity: 'info',
          data: { destination, gateway: 'apim' },
        });
        continue;
      }
      const literal = site.value ? literalIn(tree, site.value) : undefined;
      const hardCoded = literal !== undefined && literal.length >= 16 && !isPlaceholder(literal);
      const what = hardCoded ? `a hard-coded key (${redactSecret(literal!)}) in an \`api-key\` header` : 'an `api-key` header';
      const where = destination === 'azure' ? 'to Azure OpenAI' : 'to a host the file does not name (Azure OpenAI or another service that takes `api-key`)';
      context.report({
        start: site.node.start,
        end: site.node.end,
        message: `The request sends ${what} ${where}: key authentication. Send \`Authorization: Bearer <token>\` with a Microsoft Entra token from azidentity instead.`,
        severity: hardCoded ? 'error' : 'warning',
        data: { destination },
      });
    }
  },
};

/** Names that say a constant holds the API key header's name (`AuthHeaderKey`, `APIKeyHeader`). */
const KEY_HEADER_CONSTANT = /(?:api_?key|auth)\w*header|header\w*(?:api_?key|auth)/i;

/**
 * A header whose name is a constant declared outside what the file's package shows (another
 * package, a generated file): reported only when the constant's own name says it is the key
 * header, the value is named for a key, and the request goes to Azure OpenAI (or the file shows it).
 */
function reportUnresolved(context: RuleContext, tree: GoTree, site: HeaderSite, azureFile: boolean): void {
  const constant = site.unresolvedName!;
  if (!KEY_HEADER_CONSTANT.test(constant.replace(/[^A-Za-z0-9]/g, '_'))) return;
  const valueText = site.value ? nodeText(tree.file, resolveValue(tree, site.value)) : '';
  if (!/api_?key|(?:^|[._])key$/i.test(valueText.replace(/[^A-Za-z0-9.]/g, '_'))) return;
  const destination = requestDestination(tree, site.request);
  if (destination === 'search' || destination === 'other' || (destination === 'unknown' && !azureFile)) return;
  context.report({
    start: site.node.start,
    end: site.node.end,
    message: `The request sends \`${valueText}\` in the header named by \`${constant}\` (declared outside this package's files), which by its name is the \`api-key\` header: key authentication to Azure OpenAI. Send \`Authorization: Bearer <token>\` with a Microsoft Entra token from azidentity instead.`,
    data: { destination, headerName: 'unresolved' },
  });
}

/** The string literal a header value is (directly, as the one element of `[]string{...}`, or through a local), if any. */
function literalIn(tree: GoTree, value: SyntaxNode): string | undefined {
  const v = resolveValue(tree, value);
  const direct = stringValue(tree.file, v);
  if (direct !== undefined) return direct;
  const elements = v.type === 'composite_literal' || v.type === 'literal_value' ? (v.type === 'literal_value' ? v : childByField(v, 'body'))?.children ?? [] : [];
  return elements.length === 1 ? stringValue(tree.file, elements[0].children[0]) : undefined;
}
