import * as path from 'node:path';
import type { SyntaxNode } from '@lezer/common';
import { AMBIGUOUS_KEY_NAMES, isAzureKeyName } from '../../engine/azure-signals';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import { pythonParser, resolveName, textOf, type PyModule } from '../../engine/parsers/python';
import type { Rule } from '../../engine/rule';
import type { RelatedElsewhere, RelatedReport } from '../../engine/types';
import { hasAzureAIContext, hasAzureAIContextIn } from './azure-context';
import type { KeyRead } from './env-reads';
import { feeds, keySinks } from './key-sinks';
import { moduleKeyReads } from './related';
import { boundNames, importersUsing } from './workspace-facts';

/** The function a node is in (its nearest enclosing `def`), if any. */
function enclosingFunction(node: SyntaxNode): SyntaxNode | undefined {
  for (let p = node.parent; p; p = p.parent) if (p.name === 'FunctionDefinition') return p;
  return undefined;
}

/**
 * Whether the code that consumes an ambiguous read (`OPENAI_API_KEY`) talks to Azure: a read in a
 * function is judged by that function (a module with an Azure client and a public OpenAI helper
 * has both), unless the function hands the value on (returns it, stores it on an object), which
 * leaves it to the module.
 */
function consumerIsAzure(mod: PyModule, read: KeyRead): boolean {
  const fn = enclosingFunction(read.node);
  if (!fn) return hasAzureAIContext(mod);
  const statement = read.node.parent;
  const handedOn = statement?.name === 'ReturnStatement' || (statement?.name === 'AssignStatement' && statement.firstChild?.name === 'MemberExpression');
  return handedOn ? hasAzureAIContext(mod) : hasAzureAIContextIn(mod, fn.from, fn.to);
}

/** A write of the environment (`os.environ["X"] = value`): the value, else undefined. */
function writtenValue(read: KeyRead): SyntaxNode | undefined {
  const parent = read.node.parent;
  if (parent?.name !== 'AssignStatement' || parent.firstChild?.from !== read.node.from || parent.firstChild.to !== read.node.to) return undefined;
  return parent.lastChild ?? undefined;
}

/** `credential.get_token(scope).token` (or a name bound to it): an Entra access token, not a key. */
function isEntraToken(mod: PyModule, value: SyntaxNode): boolean {
  const node = value.name === 'VariableName' ? (resolveName(mod, value) ?? value) : value;
  return /\.get_token\s*\([^]*\)\s*\.\s*token$/.test(textOf(mod, node));
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
  prefilter: /(?:AZURE|AOAI|OPENAI)\w*KEY|AZURE\w*CREDENTIAL|environ|getenv|dotenv_values|BaseSettings|decouple/i,
  check(context) {
    const mod = context.parse(pythonParser);
    const sinks = keySinks(mod);
    for (const read of moduleKeyReads(context, mod)) {
      // An Azure sink wins over a public-OpenAI one (one client's key also sent as its api-key header).
      const fed = sinks.filter((s) => feeds(mod, s, read.node.from, read.node.to));
      const sink = fed.find((s) => s.azure) ?? fed[0];
      // The key of a client for api.openai.com, even through local names, is not Azure's.
      if (sink && !sink.azure) continue;
      const written = writtenValue(read);
      if (written && isEntraToken(mod, written)) continue;
      const names = sink ? [] : boundNames(mod, read);
      const importers = names.length ? importersUsing(context.facts, mod.path, names) : [];
      const reportable = !!sink || isAzureKeyName(read.name) || importers.length > 0 || (AMBIGUOUS_KEY_NAMES.has(read.name.toUpperCase()) && consumerIsAzure(mod, read));
      if (!reportable) continue;
      const upper = read.name.toUpperCase().replace(/-/g, '_');
      const service = /OPENAI|AOAI/.test(upper) || sink || importers.length ? 'Azure OpenAI' : 'Azure AI Services';
      const from = read.source === 'settings' ? 'a settings class field' : read.source === 'dotenv' ? 'a .env file' : 'the environment';
      const related: (RelatedReport | RelatedElsewhere)[] = [];
      if (sink) related.push({ message: `The key is used here, by ${sink.label}.`, start: sink.from, end: sink.to });
      for (const { path: p, use } of importers) related.push({ message: `The key is used here, by ${use.label} (in ${path.basename(p)}).`, path: p, range: use.range });
      context.report({
        start: read.node.from,
        end: read.node.to,
        message: written
          ? `Sets the ${service} key ${read.name} in the environment, so the app authenticates with a shared API key; use Microsoft Entra ID (DefaultAzureCredential) and drop the key.`
          : `Reads the ${service} key ${read.name} from ${from}, so the app authenticates with a shared API key; use Microsoft Entra ID (DefaultAzureCredential) and drop the key.`,
        related: related.length ? related : undefined,
      });
    }
  },
};
