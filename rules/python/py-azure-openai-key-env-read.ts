import type { SyntaxNode } from '@lezer/common';
import { AMBIGUOUS_KEY_NAMES, isAzureKeyName } from '../../engine/azure-signals';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import { callsNamed, pythonParser, type PyModule } from '../../engine/parsers/python';
import type { Rule } from '../../engine/rule';
import { clientSites } from './azure-clients';
import { hasAzureAIContext } from './azure-context';
import { allEnvReads, nameFlow } from './env-reads';
import { calleeName } from './known-names';
import { apiKeyHeaders } from './py-azure-openai-api-key-header';
import { inferenceKeySites } from './py-ai-inference-azure-key-credential';
import { moduleKeyAuthStatement } from './py-openai-module-azure-key-auth';
import { v1KeySites } from './py-openai-v1-azure-endpoint-key-auth';

/** OpenAI-compatible clients that are not Azure's: their key options belong to them. */
const NON_AZURE_CLIENTS = /^(?:openai\.(?:Async)?OpenAI|langchain\w*(?:\.\w+)*\.(?:ChatOpenAI|OpenAIEmbeddings|OpenAI)|llama_index(?:\.\w+)*\.(?:OpenAI|OpenAIEmbedding))$/;

/** The class names NON_AZURE_CLIENTS ends in. */
const NON_AZURE_CLASSES = new Set(['OpenAI', 'AsyncOpenAI', 'ChatOpenAI', 'OpenAIEmbeddings', 'OpenAIEmbedding']);

/**
 * Ranges another Python rule already reports as key auth: a client's key argument and the
 * same-scope assignment it names, an AzureKeyCredential passed to an inference client, the
 * openai module's `api_key` statement, and `api-key` headers. Reads inside them are not reported
 * again, so one key gives one finding, on the line that uses it.
 */
function reportedKeyRanges(mod: PyModule): [number, number][] {
  const out: [number, number][] = [];
  // A key reaches the reported argument through local names (`api_key = os.environ[...]`, then
  // `OpenAI(api_key=api_key)`): the assignments along the way are the same key, not another finding.
  const add = (from: number, to: number, value?: SyntaxNode) => {
    out.push([from, to]);
    if (value) for (const n of nameFlow(mod, value)) out.push([n.from, n.to]);
  };
  for (const site of clientSites(mod)) if (site.keyArg) add(site.keyArg.from, site.keyArg.to, site.keyArg.value);
  for (const site of inferenceKeySites(mod)) {
    add(site.credArg.from, site.credArg.to);
    const token = site.keyCall.args[0];
    add(site.keyCall.node.from, site.keyCall.node.to, token?.value);
  }
  const statement = moduleKeyAuthStatement(mod);
  if (statement) add(statement.from, statement.to, statement.lastChild ?? undefined);
  for (const h of apiKeyHeaders(mod)) add(h.from, h.to, h.value);
  for (const site of v1KeySites(mod)) if (site.key) add(site.key.from, site.key.to, site.key.value);
  // The key of a client for api.openai.com (or another OpenAI-compatible host) is not Azure's:
  // `OpenAI(api_key=os.getenv("OPENAI_API_KEY"))` beside an Azure client is left alone.
  for (const call of callsNamed(mod, NON_AZURE_CLASSES)) {
    if (!NON_AZURE_CLIENTS.test(calleeName(mod, call.callee) ?? '')) continue;
    for (const a of call.args) if (a.kind === 'keyword' && (a.name === 'api_key' || a.name === 'openai_api_key')) out.push([a.from, a.to]);
  }
  return out;
}

/** The outermost `a or b or c` expression (through parentheses) a read is an operand of, if any. */
function orChain(node: SyntaxNode): SyntaxNode | undefined {
  let top: SyntaxNode | undefined;
  for (let n = node.parent; n && (n.name === 'BinaryExpression' || n.name === 'ParenthesizedExpression'); n = n.parent) {
    if (n.name === 'BinaryExpression') {
      const op = n.getChild('or');
      if (!op) break;
      top = n;
    }
  }
  return top;
}

/** Reads of Azure OpenAI / AI Services keys from the environment that no constructor rule reports. */
export const rule: Rule = {
  meta: {
    code: 'AOAI207',
    name: 'py-azure-openai-key-env-read',
    description: 'Python code reads (or sets) an Azure OpenAI or Azure AI Services API key in the environment.',
    severity: 'warning',
    category: 'code',
    kinds: ['python'],
    fix: 'none',
    docs: {
      whatItDoes:
        'Flags `os.getenv("X")`, `os.environ["X"]`, `os.environ.get("X")` and the same through `from os import environ, getenv` when `X` names an Azure OpenAI / AI Services key (`AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_KEY`, `AZURE_INFERENCE_CREDENTIAL`, ...). `OPENAI_API_KEY` counts only when the file otherwise talks to Azure OpenAI, and never as the key of a plain `OpenAI` / LangChain `ChatOpenAI` client (api.openai.com). A read that is already reported by a client rule (the value of a flagged `api_key=`, an `AzureKeyCredential(...)`, the openai module `api_key`, an `api-key` header, or the `api_key` of an `OpenAI` client for an Azure v1 endpoint), or whose value reaches one of those through local names in the same scope (`key = os.environ[...]`, then `OpenAI(api_key=key)`), is not reported again: one key, one finding, at the place it is used. Fallbacks of one key (`os.getenv("A") or os.getenv("B")`) are reported once.',
      whyBad:
        'Reading the key means the app authenticates with a shared secret that has to be stored, distributed and rotated. With Microsoft Entra ID the app needs no secret at all.',
      example: `import os

AOAI_KEY = os.environ["AZURE_OPENAI_API_KEY"]
client = make_client(AOAI_KEY)`,
      useInstead: `from azure.identity import DefaultAzureCredential, get_bearer_token_provider

token_provider = get_bearer_token_provider(DefaultAzureCredential(), "${DEFAULT_TOKEN_SCOPE}")
client = make_client(token_provider)`,
      exampleLanguage: 'python',
      references: ['https://learn.microsoft.com/azure/developer/ai/how-to/switching-endpoints', 'https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py'],
    },
  },
  prefilter: /(?:AZURE|AOAI|OPENAI)\w*KEY|AZURE\w*CREDENTIAL/i,
  check(context) {
    const mod = context.parse(pythonParser);
    let azure: boolean | undefined;
    let covered: [number, number][] | undefined;
    // `os.getenv("AZURE_OPENAI_API_KEY") or os.getenv("OPENAI_API_KEY")` is one key with a fallback: one finding.
    const reportedChains = new Set<number>();
    for (const read of allEnvReads(mod)) {
      const upper = read.name.toUpperCase();
      if (!isAzureKeyName(read.name)) {
        if (!AMBIGUOUS_KEY_NAMES.has(upper)) continue;
        if (!(azure ??= hasAzureAIContext(mod))) continue;
      }
      covered ??= reportedKeyRanges(mod);
      if (covered.some(([from, to]) => read.node.from >= from && read.node.to <= to)) continue;
      const chain = orChain(read.node);
      if (chain) {
        if (reportedChains.has(chain.from)) continue;
        reportedChains.add(chain.from);
      }
      const parent = read.node.parent;
      const service = /OPENAI|AOAI/.test(upper) ? 'Azure OpenAI' : 'Azure AI Services';
      const isWrite = parent?.name === 'AssignStatement' && parent.firstChild?.from === read.node.from && parent.firstChild.to === read.node.to;
      context.report({
        start: read.node.from,
        end: read.node.to,
        message: isWrite
          ? `Sets the ${service} key ${read.name} in the environment, so the app authenticates with a shared API key; use Microsoft Entra ID (DefaultAzureCredential) and drop the key.`
          : `Reads the ${service} key ${read.name} from the environment, so the app authenticates with a shared API key; use Microsoft Entra ID (DefaultAzureCredential) and drop the key.`,
      });
    }
  },
};
