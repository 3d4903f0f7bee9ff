import type { SyntaxNode } from '@lezer/common';
import { callsNamed, type PyModule } from '../../engine/parsers/python';
import { clientSites } from './azure-clients';
import { nameFlow } from './env-reads';
import { calleeName } from './known-names';
import { apiKeyHeaders } from './py-azure-openai-api-key-header';
import { inferenceKeySites } from './py-ai-inference-azure-key-credential';
import { moduleKeyAuthStatements } from './py-openai-module-azure-key-auth';
import { v1KeySites } from './py-openai-v1-azure-endpoint-key-auth';

/** OpenAI-compatible clients that are not Azure's: their key options belong to them. */
const NON_AZURE_CLIENTS = /^(?:openai\.(?:Async)?OpenAI|langchain\w*(?:\.\w+)*\.(?:ChatOpenAI|OpenAIEmbeddings|OpenAI)|llama_index(?:\.\w+)*\.(?:OpenAI|OpenAIEmbedding))$/;

/** The class names NON_AZURE_CLIENTS ends in. */
const NON_AZURE_CLASSES = new Set(['OpenAI', 'AsyncOpenAI', 'ChatOpenAI', 'OpenAIEmbeddings', 'OpenAIEmbedding']);

/**
 * A place a key is used: what a key-auth rule reports (a client's key argument, an
 * `AzureKeyCredential(...)`, the openai module's `api_key` statement, an `api-key` header), or the
 * key option of a client for api.openai.com (`azure: false`), which is not Azure's.
 */
export interface KeySink {
  /** The reported range. */
  from: number;
  to: number;
  /** The key expression, when there is one (its names are followed back to the reads). */
  value?: SyntaxNode;
  azure: boolean;
  /** The key goes to an API Management gateway (its subscription key): the rule reported it as info. */
  apim: boolean;
  /** Where the key goes, for related-location messages: `the AzureOpenAI client (api_key)`. */
  label: string;
}

/** Every key sink of the module, in source order. */
export function keySinks(mod: PyModule): KeySink[] {
  return mod.memo('key-sinks', () => {
    const out: KeySink[] = [];
    for (const site of clientSites(mod)) {
      if (!site.keyArg) continue;
      const cls = site.qualified.slice(site.qualified.lastIndexOf('.') + 1);
      out.push({ from: site.keyArg.from, to: site.keyArg.to, value: site.keyArg.value, azure: true, apim: site.apim && !site.entraAlso, label: `the ${clientWord(cls)} (${site.keyArg.name})` });
    }
    for (const site of inferenceKeySites(mod)) {
      out.push({ from: site.credArg.from, to: site.credArg.to, value: site.keyCall.args[0]?.value, azure: true, apim: site.apim, label: `the ${clientWord(site.cls)} (AzureKeyCredential)` });
    }
    for (const statement of moduleKeyAuthStatements(mod)) {
      out.push({ from: statement.from, to: statement.to, value: statement.lastChild ?? undefined, azure: true, apim: false, label: 'the openai module (openai.api_key)' });
    }
    for (const h of apiKeyHeaders(mod)) out.push({ from: h.from, to: h.to, value: h.value, azure: true, apim: h.apim, label: `the ${h.name} header` });
    for (const site of v1KeySites(mod)) {
      if (site.key) out.push({ from: site.key.from, to: site.key.to, value: site.key.value, azure: true, apim: site.apim, label: 'the OpenAI client for an Azure endpoint (api_key)' });
    }
    // `OpenAI(api_key=os.getenv("OPENAI_API_KEY"))` beside an Azure client is api.openai.com's key.
    const azureRanges = out.map((s) => [s.from, s.to]);
    for (const call of callsNamed(mod, NON_AZURE_CLASSES)) {
      if (!NON_AZURE_CLIENTS.test(calleeName(mod, call.callee) ?? '')) continue;
      for (const a of call.args) {
        if (a.kind !== 'keyword' || (a.name !== 'api_key' && a.name !== 'openai_api_key')) continue;
        if (azureRanges.some(([f, t]) => a.from >= f && a.to <= t)) continue;
        out.push({ from: a.from, to: a.to, value: a.value, azure: false, apim: false, label: 'an OpenAI client' });
      }
    }
    return out.sort((a, b) => a.from - b.from);
  });
}

/** True when a read at [from, to) feeds `sink`: inside its range, or inside an assignment its key names (4 hops). */
export function feeds(mod: PyModule, sink: KeySink, from: number, to: number): boolean {
  if (from >= sink.from && to <= sink.to) return true;
  return !!sink.value && nameFlow(mod, sink.value).some((n) => from >= n.from && to <= n.to);
}

/** `AzureOpenAI client`, but `ChatCompletionsClient` (no `client` twice). */
function clientWord(cls: string): string {
  return /Client$/.test(cls) ? cls : `${cls} client`;
}
