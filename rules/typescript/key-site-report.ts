/**
 * Messages and fixes for key sites found by {@link findKeySites}; each constructor rule reports the
 * sites of its own family through here, so wording and fix shape stay consistent.
 */
import { redactSecret } from '../../engine/redact';
import type { RuleContext } from '../../engine/rule';
import type { Fix, RelatedReport, TextEdit } from '../../engine/types';
import { typescriptParser, type Node, type ParsedScript } from '../../engine/parsers/typescript';
import { ScopeFacts, type EnvRead } from '../../engine/parsers/typescript/scope';
import { reportedHeaderSites } from './api-key-headers';
import { findKeySites, type ClientFamily, type Gateway, type KeySite } from './azure-clients';
import { leftoverRemovals } from './leftover-cleanup';
import { codeStyle, identityImports, insertProperty, quoted, removeProperty, replaceNode, tokenProviderExpression } from './identity-fix';

/** The file parsed once, with its scope facts and key sites. */
export interface ScriptAnalysis {
  parsed: ParsedScript;
  facts: ScopeFacts;
  sites: KeySite[];
}

export function analyse(context: RuleContext): ScriptAnalysis {
  const parsed = context.parse(typescriptParser);
  const facts = ScopeFacts.of(parsed);
  return { parsed, facts, sites: parsed.memo('azure-key-sites', () => findKeySites(parsed, facts)) };
}

/** Where a client key site is reported: the key option, the callee when the key is implicit, or the credential argument. */
export function siteRange(site: KeySite): { start: number; end: number } {
  if (site.family === 'key-credential' && site.credentialArg) return { start: site.credentialArg.range[0], end: site.credentialArg.range[1] };
  const node = site.entry ? site.entry.property : site.call.callee;
  return { start: node.range[0], end: node.range[1] };
}

/** Related locations for a client or header: the environment reads its key comes from (each once). */
export function readsRelated(reads: EnvRead[]): RelatedReport[] | undefined {
  const seen = new Set<Node>();
  const out: RelatedReport[] = [];
  for (const r of reads) {
    if (seen.has(r.node)) continue;
    seen.add(r.node);
    out.push({ start: r.node.range[0], end: r.node.range[1], message: `The key is read here from ${r.name}.` });
  }
  return out.length ? out : undefined;
}

/** A reported place a key read flows into: a client key site or an `api-key` header. */
export interface KeySink {
  start: number;
  end: number;
  /** What the read's related location says ("`AzureOpenAI` authenticates with this key"). */
  label: string;
  /** The destination is Azure (a client of an Azure family, a header to an Azure URL). */
  azure: boolean;
  /** The key is a gateway's (APIM subscription key, proxy key). */
  gateway: boolean;
}

/**
 * The sinks each environment read feeds, keyed by the read's node: the client key sites
 * AOAI101-AOAI104 report and the `api-key` headers AOAI106 reports. The read rule reports each
 * read on its own line and points at these; the sinks point back ({@link readsRelated}).
 */
export function keySinksByRead(context: RuleContext): Map<Node, KeySink[]> {
  const { parsed, facts, sites } = analyse(context);
  return parsed.memo('azure-key-sinks-by-read', () => {
    const out = new Map<Node, KeySink[]>();
    const add = (read: EnvRead, sink: KeySink) => {
      const list = out.get(read.node) ?? [];
      if (!list.some((s) => s.start === sink.start && s.end === sink.end)) list.push(sink);
      out.set(read.node, list);
    };
    for (const site of sites) {
      if (site.keyKind === 'entra-token') continue;
      const range = siteRange(site);
      const sink = { ...range, label: `\`${site.clientName}\` authenticates with this key.`, azure: true, gateway: site.gateway !== undefined };
      for (const r of site.envReads) add(r, sink);
    }
    for (const h of reportedHeaderSites(parsed, facts, context.file.text)) {
      if (!h.value) continue;
      const sink = { start: h.start, end: h.end, label: 'This key is sent in an `api-key` header.', azure: h.destination === 'azure', gateway: h.gateway !== undefined };
      for (const r of facts.envReads(h.value)) add(r, sink);
    }
    return out;
  });
}

/** "from AZURE_OPENAI_API_KEY", "from AZURE_OPENAI_API_KEY or OPENAI_API_KEY", or "". */
export function fromEnv(names: string[]): string {
  const unique = [...new Set(names)];
  return unique.length ? ` from ${unique.join(' or ')}` : '';
}

/** The prefix that says what the key is: hard-coded (redacted), from the environment, or a value. */
function keyDescription(site: KeySite): string {
  if (site.literal) return `a hard-coded API key (${redactSecret(site.literal)})`;
  if (site.keyKind === 'env') return `an API key${fromEnv(site.envNames)}`;
  return 'an API key';
}

const ROLE = '"Cognitive Services OpenAI User"';

/**
 * The message for a key that goes to a gateway rather than the Azure OpenAI account: switching
 * the client to `DefaultAzureCredential` would not work until the gateway accepts Entra tokens.
 */
export function gatewayMessage(client: string, gateway: Gateway, where: string): string {
  if (gateway.kind === 'apim') {
    return (
      `${client} sends an API Management subscription key${where} (${gateway.evidence}): front-door key auth to the gateway, not the Azure OpenAI account key. ` +
      'Protect the gateway with a `validate-azure-ad-token` policy and call it with a Microsoft Entra token instead.'
    );
  }
  return (
    `${client} sends a key${where} to a proxy (${gateway.evidence}), so it is the proxy's credential, not the Azure OpenAI account key. ` +
    'If the proxy accepts Microsoft Entra tokens, authenticate with one instead.'
  );
}

/**
 * Reports every options-style key site of `family` (`new AzureOpenAI({ apiKey })`, LangChain,
 * v1 `OpenAI` with an Azure base URL), with the fix that switches it to a token provider.
 */
export function reportOptionsSites(context: RuleContext, family: Exclude<ClientFamily, 'key-credential'>): void {
  const analysis = analyse(context);
  for (const site of analysis.sites) {
    if (site.family !== family) continue;
    const client = `\`${site.clientName}\``;
    const providerOption = family === 'openai-v1' ? 'apiKey' : 'azureADTokenProvider';
    const keyOption = site.entry ? `\`${site.entry.name}\`` : '';
    let message: string;
    const envName = site.spec?.implicitEnv ?? 'AZURE_OPENAI_API_KEY';
    const start = site.entry ? site.entry.property.range[0] : site.call.callee.range[0];
    const end = site.entry ? site.entry.property.range[1] : site.call.callee.range[1];
    if (site.keyKind === 'entra-token' && site.entry) {
      const option = family === 'openai-v1' ? '`apiKey`' : '`azureADTokenProvider`';
      context.report({
        start,
        end,
        message:
          `${client} is given a Microsoft Entra access token from \`getToken()\` in ${keyOption}, not an API key; the token expires after about an hour and the client cannot renew it itself. ` +
          `Pass a token provider (\`getBearerTokenProvider\`) as ${option} so the SDK fetches a fresh token when needed.`,
        severity: 'info',
        data: { client: site.clientName, keySource: 'entra-token' },
      });
      continue;
    }
    if (site.gateway && !site.hasProvider) {
      context.report({
        start,
        end,
        message: gatewayMessage(client, site.gateway, site.entry ? `${site.literal ? ' hard-coded' : ''} in ${keyOption}` : ` from ${envName}`),
        severity: site.literal ? 'error' : 'info',
        related: readsRelated(site.envReads),
        data: { client: site.clientName, keySource: site.entry ? site.keyKind : 'implicit-env', gateway: site.gateway.kind },
      });
      continue;
    }
    if (site.entry && site.hasProvider) {
      message =
        family === 'azure-openai'
          ? `${client} is given both ${keyOption} and \`azureADTokenProvider\`: they are mutually exclusive and the constructor throws. Remove the key.`
          : `${client} is given ${keyOption} next to \`azureADTokenProvider\`: the key is sent as an \`api-key\` header and wins over the token. Remove the key.`;
    } else if (site.entry) {
      const secret = site.literal ? ': anyone with the source can use the resource' : '';
      const cure = family === 'openai-v1' ? 'pass a Microsoft Entra token provider as `apiKey` (`getBearerTokenProvider`)' : `use Microsoft Entra ID (\`${providerOption}\`)`;
      message = `${client} authenticates with ${keyDescription(site)} in ${keyOption}${secret}; ${cure} instead.`;
    } else if (family === 'openai-v1') {
      message = `${client} points at Azure OpenAI without \`apiKey\`, so it sends the key from ${envName}; pass a Microsoft Entra token provider as \`apiKey\` (\`getBearerTokenProvider\`).`;
    } else {
      message =
        `${client} is constructed without a key or \`azureADTokenProvider\`, so it silently uses the key in ${envName} (key authentication); ` +
        `note that openai-node throws if that variable is still set once a token provider is passed.`;
    }
    const fix = site.spec?.fixable ? optionsFix(context, analysis, site) : undefined;
    context.report({
      start,
      end,
      message,
      severity: site.literal ? 'error' : 'warning',
      fixes: fix ? [fix] : [],
      related: readsRelated(site.envReads),
      data: { client: site.clientName, keySource: site.entry ? site.keyKind : 'implicit-env' },
    });
  }
}

function optionsFix(context: RuleContext, analysis: ScriptAnalysis, site: KeySite): Fix | undefined {
  const { file } = context;
  const style = codeStyle(file, analysis.parsed);
  const envName = site.family === 'openai-v1' ? site.envNames[0] ?? site.spec?.implicitEnv ?? 'the key variable' : 'AZURE_OPENAI_API_KEY';
  const after =
    site.family === 'openai-v1'
      ? `assign ${ROLE} to the identity and remove ${envName} from the environment`
      : `assign ${ROLE} to the identity and remove AZURE_OPENAI_API_KEY from the environment, since openai-node throws when both are present`;
  const withCleanup = (edits: TextEdit[]): TextEdit[] =>
    site.entry ? [...edits, ...leftoverRemovals(file, analysis.parsed, analysis.facts, [site.entry.property], edits)] : edits;
  if (site.entry && site.hasProvider) {
    return { title: `Remove the API key option; then ${after}`, applicability: 'unsafe', edits: withCleanup([removeProperty(site.entry)]) };
  }
  const imports = identityImports(file, analysis.parsed, analysis.facts, ['DefaultAzureCredential', 'getBearerTokenProvider'], style);
  const provider = tokenProviderExpression(imports, context.settings.tokenScope, style);
  let edit: TextEdit;
  if (site.family === 'openai-v1') {
    if (site.entry) edit = site.entry.property.shorthand ? replaceNode(site.entry.property, `apiKey: ${provider}`) : replaceNode(site.entry.value, provider);
    else if (site.options) edit = insertProperty(file, site.options.object, `apiKey: ${provider}`);
    else return undefined;
  } else if (site.entry) {
    edit = replaceNode(site.entry.property, `azureADTokenProvider: ${provider}`);
  } else if (site.options) {
    edit = insertProperty(file, site.options.object, `azureADTokenProvider: ${provider}`);
  } else {
    const call = site.call;
    const closing = file.text[call.range[1] - 1] === ')' && call.range[1] > call.callee.range[1];
    const object = `{ azureADTokenProvider: ${provider} }`;
    edit = closing ? { start: call.range[1] - 1, end: call.range[1] - 1, newText: object } : { start: call.range[1], end: call.range[1], newText: `(${object})` };
  }
  const what = site.family === 'openai-v1' ? 'Pass a token provider as apiKey' : 'Use azureADTokenProvider';
  return {
    title: `${what} with DefaultAzureCredential; then ${after}`,
    applicability: 'unsafe',
    edits: withCleanup([...imports.edits, edit]),
  };
}

/** Reports `AzureKeyCredential` handed to Azure AI clients, with the `DefaultAzureCredential` fix. */
export function reportCredentialSites(context: RuleContext): void {
  const analysis = analyse(context);
  const { file } = context;
  for (const site of analysis.sites) {
    if (site.family !== 'key-credential' || !site.credentialArg) continue;
    const arg = site.credentialArg;
    const client = `\`${site.clientName}\``;
    if (site.gateway) {
      context.report({
        start: arg.range[0],
        end: arg.range[1],
        message: gatewayMessage(client, site.gateway, `${site.literal ? ' hard-coded' : ''} in \`AzureKeyCredential\``),
        severity: site.literal ? 'error' : 'info',
        related: readsRelated(site.envReads),
        data: { client: site.clientName, keySource: site.keyKind, gateway: site.gateway.kind },
      });
      continue;
    }
    const deprecated = site.module === '@azure/openai' ? ' (`@azure/openai` v1 is deprecated; its successor is `AzureOpenAI` from `openai`)' : '';
    const message =
      `${client} is given \`AzureKeyCredential\` with ${keyDescription(site)}${site.literal ? ', readable by anyone with the source' : ''}: ` +
      `key authentication${deprecated}; pass a Microsoft Entra credential (\`DefaultAzureCredential\`) instead.`;
    const style = codeStyle(file, analysis.parsed);
    const imports = identityImports(file, analysis.parsed, analysis.facts, ['DefaultAzureCredential'], style);
    const edits: TextEdit[] = [...imports.edits, replaceNode(arg, `new ${imports.names.DefaultAzureCredential}()`)];
    const openAIRole = site.module === '@azure/openai' || site.module === '@azure-rest/ai-inference';
    if (site.module === '@azure-rest/ai-inference') {
      // Its default token scope is not the Azure OpenAI / AI Services one: say it explicitly.
      const scopes = `credentials: { scopes: [${quoted(context.settings.tokenScope, style)}] }`;
      const argIndex = site.call.arguments.indexOf(arg as (typeof site.call.arguments)[number]);
      const options = site.call.arguments[argIndex + 1];
      if (!options) edits.push({ start: arg.range[1], end: arg.range[1], newText: `, { ${scopes} }` });
      else if (options.type !== 'SpreadElement') {
        const resolved = analysis.facts.resolveObject(options);
        if (resolved && !resolved.entries.some((e) => e.name === 'credentials') && !resolved.incomplete) edits.push(insertProperty(file, resolved.object, scopes));
      }
    }
    edits.push(...leftoverRemovals(file, analysis.parsed, analysis.facts, [arg], edits));
    const role = openAIRole ? ROLE : '"Cognitive Services User" (or the service\'s own data role)';
    context.report({
      start: arg.range[0],
      end: arg.range[1],
      message,
      severity: site.literal ? 'error' : 'warning',
      related: readsRelated(site.envReads),
      fixes: [
        {
          title: `Use DefaultAzureCredential; then assign ${role} to the identity and remove ${site.envNames.length ? [...new Set(site.envNames)].join(' and ') : 'the key'} from the configuration`,
          applicability: 'unsafe',
          edits,
        },
      ],
      data: { client: site.clientName, keySource: site.keyKind },
    });
  }
}
