import * as path from 'node:path';
import type { SyntaxNode } from '@lezer/common';
import { AMBIGUOUS_KEY_NAMES, isAzureKeyName } from '../../engine/azure-signals';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import { pythonParser, resolveName, textOf, type PyModule } from '../../engine/parsers/python';
import type { Rule } from '../../engine/rule';
import type { RelatedElsewhere, RelatedReport } from '../../engine/types';
import { APIM_CURE } from './apim';
import { hasAzureAIContext, hasAzureAIContextIn } from './azure-context';
import type { KeyRead } from './env-reads';
import { feeds, keySinks } from './key-sinks';
import { moduleKeyReads } from './related';
import { dotenvDefinitions } from '../config/dotenv-facts';
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
        'Flags every read of an Azure OpenAI / AI Services key, on its own line: `os.getenv("X")`, `os.environ["X"]`, `os.environ.get("X")` (also through `from os import environ, getenv` and aliases), python-decouple `config("X")`, `dotenv_values(...)["X"]` and `.get("X")`, the fields of a pydantic `BaseSettings` class (read from the environment or its `.env` by name or alias), and calls of small wrappers that read the environment by a parameter (`def get_env(name): return os.getenv(name)`, a method passing its parameter on to one), defined in the module or imported from another module of the workspace. A read counts when `X` names a key (`AZURE_OPENAI_API_KEY`, `AZURE_OPENAI_KEY`, `AZURE_INFERENCE_CREDENTIAL`, ...), or whatever its name when its value reaches a key site of another rule (a client\'s `api_key=`, an `AzureKeyCredential(...)`, the openai module\'s `api_key`, an `api-key` header), directly or through local names. A read that also feeds a client is still its own finding: the read and the client each report, and point at each other as related locations. `OPENAI_API_KEY` counts only when its consumer talks to Azure: the function it is read in (or the module, for a read at module level or one the function hands on), and never as the key of a plain `OpenAI` / LangChain `ChatOpenAI` client (api.openai.com), even through local names. Setting the environment variable to an Entra access token (`credential.get_token(...).token`) is not a key. **Across files**: a module-level name bound to a read (`API_KEY = os.environ[...]` in `config.py`, a class attribute, a `BaseSettings` field and its `settings = Settings()` instance) that another module imports (`from config import API_KEY`, `from .config import settings`, `import config`) and passes to a client is reported in `config.py` (whatever its setting name), with the client as a related location; the client points back at it. Imports are resolved by path from the importer\'s folder and its parents (no `sys.path`, no installed packages); names passed through function parameters, containers or other modules\' functions are not followed.',
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
      // A gateway's subscription key: key auth to API Management, reported as info like its client.
      const gateway = sink ? sink.apim : /(?:^|_)APIM(?:_|$)/.test(upper);
      const openaiSink = !!sink && !/AzureKeyCredential/.test(sink.label);
      const service = gateway ? 'API Management subscription' : /OPENAI|AOAI/.test(upper) || openaiSink || !isAzureKeyName(read.name) ? 'Azure OpenAI' : 'Azure AI Services';
      const from = read.source === 'settings' ? 'a settings class field' : read.source === 'dotenv' ? 'a .env file' : 'the environment';
      const related: (RelatedReport | RelatedElsewhere)[] = [];
      if (sink) related.push({ message: `The key is used here, by ${sink.label}.`, start: sink.from, end: sink.to });
      for (const { path: p, use } of importers) related.push({ message: `The key is used here, by ${use.label} (in ${path.basename(p)}).`, path: p, range: use.range });
      if (read.source !== 'settings' || !read.name.includes('.')) {
        for (const d of dotenvDefinitions(context.facts, mod.path, read.name)) related.push({ message: `${read.name} is defined here (in ${path.basename(d.path)}).`, path: d.path, range: d.range });
      }
      context.report({
        start: read.node.from,
        end: read.node.to,
        message: written
          ? `Sets the ${service} key ${read.name} in the environment, so the app authenticates with a shared API key; use Microsoft Entra ID (DefaultAzureCredential) and drop the key.`
          : gateway
            ? `Reads the ${service} key ${read.name} from ${from}: key auth to the gateway. ${APIM_CURE}`
            : `Reads the ${service} key ${read.name} from ${from}, so the app authenticates with a shared API key; use Microsoft Entra ID (DefaultAzureCredential) and drop the key.`,
        severity: gateway ? 'info' : undefined,
        related: related.length ? related : undefined,
      });
    }
  },
};
