/**
 * `api-key` headers of REST Client files and where their value comes from. Shared by the header
 * rule (AOAI403) and the environment-read rule (AOAI410), so a header and the `{{$dotenv ...}}` /
 * `{{$processEnv ...}}` read that fills it point at each other.
 */
import { isAzureAIEndpoint } from '../../engine/azure-signals';
import { resolveVariables, type HttpDocument, type HttpHeader, type HttpRequest } from '../../engine/parsers/http';

/** Where the request goes: an Azure OpenAI / AI Services endpoint, an APIM gateway, or elsewhere. */
export function requestTarget(request: HttpRequest, variables: Map<string, string>): 'azure-ai' | 'apim' | undefined {
  const url = resolveVariables(request.url, variables);
  if (/search\.windows\.net|models\.inference\.ai\.azure\.com|models\.github\.ai/i.test(url)) return undefined;
  if (/\.azure-api\.net/i.test(url)) return /\/openai\//i.test(url) ? 'apim' : undefined;
  if (isAzureAIEndpoint(url) || /\/openai\/(?:deployments|v1)\b/i.test(url)) return 'azure-ai';
  return undefined;
}

/** A `{{$dotenv NAME}}` / `{{$processEnv NAME}}` in the file: REST Client reads NAME from `.env` or the process environment. */
export interface EnvRead {
  name: string;
  source: '$dotenv' | '$processEnv';
  start: number;
  end: number;
}

/** An `api-key` header of a request to Azure OpenAI or an APIM gateway in front of it. */
export interface KeyHeader {
  header: HttpHeader;
  target: 'azure-ai' | 'apim';
  /** The environment reads its value comes from: in the header itself or through file variables. */
  reads: EnvRead[];
}

const ENV_READ = /\{\{\s*(\$dotenv|\$processEnv)\s+%?([A-Za-z_][\w.-]*)\s*\}\}/g;
const VARIABLE_USE = /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g;

/** The environment reads in `text`, which starts at offset `base` of the file. */
function envReadsIn(text: string, base: number): EnvRead[] {
  const out: EnvRead[] = [];
  for (const m of text.matchAll(ENV_READ)) out.push({ name: m[2], source: m[1] as EnvRead['source'], start: base + m.index!, end: base + m.index! + m[0].length });
  return out;
}

/** Every environment read in a file variable definition, by definition. */
export function definitionReads(doc: HttpDocument): { name: string; reads: EnvRead[] }[] {
  return doc.definitions.map((d) => ({ name: d.name, reads: envReadsIn(d.value, d.valueStart) }));
}

/**
 * The `api-key` headers AOAI403 reports, each with the environment reads behind its value: inline
 * (`api-key: {{$dotenv AZURE_OPENAI_API_KEY}}`) or through file variables, two levels deep
 * (`@key = {{$dotenv %APIM_KEY}}` then `api-key: {{key}}`). The last definition of a variable wins.
 */
export function keyHeaders(doc: HttpDocument): KeyHeader[] {
  const lastDefinition = new Map<string, { value: string; valueStart: number }>();
  for (const d of doc.definitions) lastDefinition.set(d.name, d);
  const follow = (text: string, base: number, depth: number): EnvRead[] => {
    const out = envReadsIn(text, base);
    if (depth >= 2) return out;
    for (const m of text.matchAll(VARIABLE_USE)) {
      const d = lastDefinition.get(m[1]);
      if (d) out.push(...follow(d.value, d.valueStart, depth + 1));
    }
    return out;
  };
  const out: KeyHeader[] = [];
  for (const request of doc.requests) {
    const target = requestTarget(request, doc.variables);
    if (!target) continue;
    for (const header of request.headers) {
      if (!/^api-key$/i.test(header.name)) continue;
      out.push({ header, target, reads: follow(header.value, header.valueStart, 0) });
    }
  }
  return out;
}
