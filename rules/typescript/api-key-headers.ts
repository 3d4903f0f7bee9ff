/**
 * Hand-written HTTP requests that send an `api-key` header (fetch, axios, `Headers`), the REST
 * form of Azure OpenAI key authentication. Shared by the header rule and the env-read rule.
 */
import { propertyName, stringValue, unwrap, type Node, type ParsedScript, type TSESTree } from '../../engine/parsers/typescript';
import type { ScopeFacts } from '../../engine/parsers/typescript/scope';
import { isPlaceholder } from '../../engine/azure-signals';
import { gatewayOf, hasAzureContext, isAzureUrlExpression, isEntraTokenValue, isSameOriginEndpoint, type Gateway } from './azure-clients';

/** Where the request goes, as far as the file tells. */
export type Destination = 'azure' | 'unknown';

/** One `api-key` header. */
export interface HeaderSite {
  /** Node to report: the `"api-key": value` property, or the `set("api-key", value)` arguments. */
  start: number;
  end: number;
  value: Node | undefined;
  destination: Destination;
}

/** Header setters: `headers.set/append` (Fetch `Headers`), `res.setHeader`, `xhr.setRequestHeader`. */
const SETTERS = new Set(['set', 'append', 'setHeader', 'setRequestHeader']);

/** `headers.set(...)`, `init.headers.append(...)`, `req.setHeader(...)`; not `url.searchParams.set(...)`. */
function isHeaderSetter(callee: TSESTree.MemberExpression): boolean {
  const method = propertyName(callee);
  if (method === 'setHeader' || method === 'setRequestHeader') return true;
  const target = unwrap(callee.object);
  const name = target.type === 'Identifier' ? target.name : target.type === 'MemberExpression' ? propertyName(target) : undefined;
  return !!name && /headers?$/i.test(name);
}

function isApiKeyName(name: string | undefined): boolean {
  return name !== undefined && name.toLowerCase() === 'api-key';
}

/** Every `api-key` header the file sets, except ones sent to Azure AI Search or a known non-Azure host. */
export function findHeaderSites(parsed: ParsedScript, facts: ScopeFacts): HeaderSite[] {
  const sites: HeaderSite[] = [];
  for (const node of parsed.nodes) {
    if (node.type === 'Property' && isApiKeyName(propertyName(node))) {
      const headers = parsed.parentOf(node);
      if (headers?.type !== 'ObjectExpression') continue;
      const url = headerObjectUrl(headers, parsed);
      if (url === null) continue;
      const destination = classify(url, facts);
      if (destination) sites.push({ start: node.range[0], end: node.range[1], value: node.value as Node, destination });
    } else if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && SETTERS.has(propertyName(node.callee) ?? '') && isHeaderSetter(node.callee)) {
      const [name, value] = node.arguments;
      if (!name || name.type === 'SpreadElement' || !isApiKeyName(stringValue(name))) continue;
      const end = value && value.type !== 'SpreadElement' ? value.range[1] : name.range[1];
      sites.push({ start: name.range[0], end, value: value && value.type !== 'SpreadElement' ? value : undefined, destination: 'unknown' });
    } else if (node.type === 'AssignmentExpression' && node.left.type === 'MemberExpression' && isApiKeyName(propertyName(node.left))) {
      sites.push({ start: node.left.range[0], end: node.right.range[1], value: node.right, destination: 'unknown' });
    }
  }
  return sites;
}

/**
 * The URL expression a headers object is sent to: `undefined` when unknown, `null` when the
 * object is not a set of request headers at all.
 */
function headerObjectUrl(headers: TSESTree.ObjectExpression, parsed: ParsedScript): Node | undefined | null {
  const parent = parsed.parentOf(headers);
  if (!parent) return null;
  if (parent.type === 'NewExpression' && parent.callee.type === 'Identifier' && parent.callee.name === 'Headers') return undefined;
  if (parent.type === 'VariableDeclarator') return parent.id.type === 'Identifier' && /header/i.test(parent.id.name) ? undefined : null;
  // `headers` of a request; `defaultHeaders` of an SDK client (openai-node's pre-AzureOpenAI Azure recipe).
  if (parent.type !== 'Property' || !['headers', 'defaultHeaders'].includes(propertyName(parent) ?? '')) return null;
  const config = parsed.parentOf(parent);
  if (config?.type !== 'ObjectExpression') return null;
  const own = (name: string) => config.properties.find((p): p is TSESTree.Property => p.type === 'Property' && propertyName(p) === name)?.value as Node | undefined;
  const fromConfig = own('url') ?? own('baseURL') ?? own('endpoint');
  const call = parsed.parentOf(config);
  if (call && (call.type === 'CallExpression' || call.type === 'NewExpression')) {
    const first = call.arguments[0];
    if (first && first !== config && first.type !== 'SpreadElement') return first;
  }
  return fromConfig;
}

/** Azure, unknown, or undefined for Azure AI Search and hosts that are clearly something else. */
function classify(url: Node | undefined, facts: ScopeFacts): Destination | undefined {
  if (!url) return 'unknown';
  const text = facts.stringParts(url).join('');
  if (/search\.windows\.net/i.test(text) || facts.envReads(url).some((r) => /SEARCH/i.test(r.name))) return undefined;
  const u = unwrap(url);
  if (u.type === 'Identifier' && /search/i.test(u.name)) return undefined;
  if (isAzureUrlExpression(url, facts)) return 'azure';
  // A path on the page's own origin (`/api/chat`) reaches the app's server, which holds the real credential.
  if (isSameOriginEndpoint(url, facts)) return undefined;
  if (/^https?:\/\/[^/\s]+/i.test(text)) return undefined; // a concrete non-Azure host (incl. APIM, api.openai.com)
  return 'unknown';
}

/** Azure AI Search, which also uses an `api-key` header, mentioned anywhere in the file. */
const SEARCH_CONTEXT = /search\.windows\.net|@azure\/search-documents|SEARCH_(?:API_|ADMIN_|QUERY_)?KEY/i;

/** A header site AOAI106 reports, with how loud it is and why. */
export interface ReportedHeaderSite extends HeaderSite {
  severity: 'error' | 'warning' | 'info';
  /** The key is a gateway's (APIM subscription key, proxy key). */
  gateway?: Gateway;
  /** A hard-coded key (not a placeholder). */
  literal?: string;
}

/**
 * The `api-key` headers that are key auth: not a Microsoft Entra token, not in a file about Azure AI
 * Search when the host is unknown. Shared by the header rule, which reports them, and the env-read
 * rule, whose reads point at them.
 */
export function reportedHeaderSites(parsed: ParsedScript, facts: ScopeFacts, text: string): ReportedHeaderSite[] {
  const out: ReportedHeaderSite[] = [];
  let azure: boolean | undefined;
  const search = SEARCH_CONTEXT.test(text);
  for (const site of findHeaderSites(parsed, facts)) {
    if (site.value && isEntraTokenValue(site.value, facts)) continue;
    const gateway = site.value ? gatewayOf(site.value, undefined, facts) : undefined;
    if (gateway) {
      out.push({ ...site, severity: 'info', gateway });
      continue;
    }
    let severity: ReportedHeaderSite['severity'] = 'warning';
    if (site.destination === 'unknown') {
      if (search) continue;
      azure ??= hasAzureContext(parsed, facts);
      if (!azure) severity = 'info';
    }
    const literal = site.value ? facts.staticString(site.value) : undefined;
    const hardCoded = literal !== undefined && literal.length >= 16 && !isPlaceholder(literal) ? literal : undefined;
    out.push({ ...site, severity: hardCoded ? 'error' : severity, literal: hardCoded });
  }
  return out;
}
