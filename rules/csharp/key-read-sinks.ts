/**
 * Which C# key reads AOAI303 reports and where each one's value goes. A read is a finding of its
 * own, on its own line, also when it feeds a client: the read points at the key credential client
 * (AOAI301), Semantic Kernel connector (AOAI302) or `api-key` header (AOAI305) it feeds, and those
 * point back at it. Both sides use this one list, so the links always agree.
 */
import { normalizeName } from '../../engine/azure-signals';
import { walk, type CsNode, type CsTree } from '../../engine/parsers/csharp';
import type { RelatedReport } from '../../engine/types';
import { apiKeyHeaderSites } from './api-key-header-sites';
import { contains, invokedName } from './cs-syntax';
import { keyCredentialSites } from './key-credential-sites';
import { flowsInto, keyRead, settingRead, type KeyRead } from './key-reads';
import { semanticKernelKeySites } from './semantic-kernel-sites';

/** A reported place a key can flow into. */
export interface KeySink {
  /** The range the sink's own finding has. */
  start: number;
  end: number;
  /** What the read's related location says. */
  label: string;
  /** An Azure client (credential or Semantic Kernel), not a header to a host the file may not name. */
  azure: boolean;
  /** The key is a gateway's (APIM subscription key, proxy key). */
  gateway: boolean;
  /** The expressions whose value reaches the sink (the sink and the locals it is built from). */
  flow: CsNode[];
}

/** A key read AOAI303 reports. */
export interface ReportedKeyRead {
  node: CsNode;
  read: KeyRead;
  /** The sinks the read's value reaches. */
  sinks: KeySink[];
  /** Why a read with a generic name (`ApiKey`, `Key`) is the Azure OpenAI key; undefined for Azure key names. */
  evidence?: 'client' | 'sibling';
}

/** Last segments of a setting that name a key but not whose: `ApiKey`, `Key`, `OpenAIKey`. */
const GENERIC_KEY_SEGMENTS = new Set(['KEY', 'API_KEY', 'APIKEY', 'OPENAI_API_KEY', 'OPENAI_KEY', 'OPENAIAPI_KEY']);

function lastSegment(path: string): string {
  const parts = path.split(/:|__/);
  return parts[parts.length - 1];
}

function sectionOf(path: string): string | undefined {
  const i = path.lastIndexOf(':');
  return i > 0 ? path.slice(0, i).toLowerCase() : undefined;
}

/** Every sink in the file: key credentials of Azure clients, Semantic Kernel key arguments, `api-key` headers. */
export function keySinks(tree: CsTree): KeySink[] {
  const out: KeySink[] = [];
  for (const s of keyCredentialSites(tree)) {
    const flow = flowsInto(tree, [s.arg.value, ...(s.keyCreation ? [s.keyCreation] : [])]);
    out.push({ start: s.arg.value.start, end: s.arg.value.end, label: `\`${s.client}\` authenticates with this key.`, azure: true, gateway: s.gateway !== undefined, flow });
  }
  for (const s of semanticKernelKeySites(tree)) {
    out.push({ start: s.arg.node.start, end: s.arg.node.end, label: `\`${s.method}\` is given this key.`, azure: true, gateway: false, flow: flowsInto(tree, [s.arg.node]) });
  }
  for (const s of apiKeyHeaderSites(tree)) {
    out.push({ start: s.name.start, end: s.value.end, label: 'This key is sent in an `api-key` header.', azure: false, gateway: false, flow: flowsInto(tree, [s.value]) });
  }
  return out;
}

const cache = new WeakMap<CsTree, ReportedKeyRead[]>();

/**
 * The key reads of the file, in document order: every read of a setting named for an Azure key
 * (at the innermost access that names it); a read of any setting whose value reaches an Azure client's
 * key (`var key = config["OpenAI:Key"]; new AzureOpenAIClient(uri, new AzureKeyCredential(key))`);
 * and a generic `ApiKey` / `Key` setting read beside a `…Deployment…` setting of the same section
 * (`AIOptions:ApiKey` next to `AIOptions:ChatDeployment`), the Azure OpenAI settings shape.
 */
export function reportedKeyReads(tree: CsTree): ReportedKeyRead[] {
  const cached = cache.get(tree);
  if (cached) return cached;
  const sinks = keySinks(tree);
  const feeding = (n: CsNode) => sinks.filter((s) => s.flow.some((f) => contains(f, n)));
  const out: ReportedKeyRead[] = [];
  for (const n of walk(tree.root)) {
    const read = keyRead(tree, n);
    if (read) out.push({ node: n, read, sinks: feeding(n) });
  }
  const overlaps = (n: CsNode) => out.some((r) => contains(r.node, n) || contains(n, r.node));
  // Outermost setting reads (`GetSection("A")["B"]` before its receiver), for the generic names.
  const outermost: { node: CsNode; read: KeyRead }[] = [];
  let within: CsNode | undefined;
  for (const n of walk(tree.root)) {
    if (within && contains(within, n)) continue;
    const read = settingRead(tree, n);
    if (!read) continue;
    within = n;
    outermost.push({ node: n, read });
  }
  const deploymentSections = new Set(
    outermost.filter((r) => r.read.source === 'config' && /deployment/i.test(lastSegment(r.read.name))).map((r) => sectionOf(r.read.name)),
  );
  for (const { node, read } of outermost) {
    if (overlaps(node)) continue;
    // `GetSection("AzureOpenAI")` alone is a section, not a value: its keyed reads are judged on their own.
    const section = node.type === 'invocation_expression' && /^Get(?:Required)?Section$/.test(invokedName(tree.file, node) ?? '') && node.parent?.type !== 'member_access_expression';
    const into = section ? [] : feeding(node).filter((s) => s.azure);
    if (into.length) {
      out.push({ node, read, sinks: feeding(node), evidence: 'client' });
      continue;
    }
    const of = sectionOf(read.name);
    if (read.source === 'config' && of && GENERIC_KEY_SEGMENTS.has(normalizeName(lastSegment(read.name))) && deploymentSections.has(of)) {
      out.push({ node, read, sinks: feeding(node), evidence: 'sibling' });
    }
  }
  out.sort((a, b) => a.node.start - b.node.start);
  cache.set(tree, out);
  return out;
}

/** "configuration `A:B`" / "the environment variable `X`". */
export function describeRead(read: KeyRead): string {
  return read.source === 'env' ? `the environment variable \`${read.name}\`` : `configuration \`${read.name}\``;
}

/** Related locations for a sink's finding: the reported reads whose value reaches it. */
export function readsInto(tree: CsTree, start: number, end: number): RelatedReport[] | undefined {
  const related = reportedKeyReads(tree)
    .filter((r) => r.sinks.some((s) => s.start === start && s.end === end))
    .map((r) => ({ start: r.node.start, end: r.node.end, message: `The key is read here from ${describeRead(r.read)}.` }));
  return related.length ? related : undefined;
}
