import type { SyntaxNode } from '@lezer/common';
import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import { assignmentsStartingWith, children, namesFor, pythonParser, qualifiedName, stringValue, type PyModule } from '../../engine/parsers/python';
import type { Rule, RuleContext } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { isHardCodedKey } from './azure-clients';
import { entraFixTitle, identityImportEdit, tokenProviderExpr } from './entra-fix';
import { envSourceNote } from './env-reads';
import { keyReadRelated } from './related';

/** An assignment to an attribute of the `openai` module: `openai.api_type = "azure"`. */
interface ModuleSetting {
  statement: SyntaxNode;
  attribute: string;
  value: SyntaxNode;
}

function moduleSettings(mod: PyModule): ModuleSetting[] {
  return mod.memo('openai-module-settings', () => {
    const out: ModuleSetting[] = [];
    const openai = namesFor(mod, 'openai');
    // The target's qualified name starts with `openai.` only if its first name stands for openai.
    for (const node of assignmentsStartingWith(mod, openai)) {
      const kids = children(node);
      if (kids.length !== 3 || kids[1].name !== 'AssignOp') continue;
      const target = qualifiedName(mod, kids[0]);
      if (target?.startsWith('openai.') && target.split('.').length === 2) out.push({ statement: node, attribute: target.slice(7), value: kids[2] });
    }
    return out;
  });
}

/**
 * The statements the rule reports for a module (the env-read rule points at them): every
 * `openai.api_key = ...` governed by `api_type = "azure"`, or the `api_type` line when no key is set.
 */
export function moduleKeyAuthStatements(mod: PyModule): SyntaxNode[] {
  return mod.memo('openai-module-key-statements', () => {
    const settings = moduleSettings(mod);
    const typeOf = (s: ModuleSetting) => stringValue(mod, s.value)?.value.toLowerCase();
    const types = settings.filter((s) => s.attribute === 'api_type');
    const apiType = types.find((s) => typeOf(s) === 'azure');
    if (!apiType || settings.some((s) => s.attribute === 'azure_ad_token_provider' || s.attribute === 'azure_ad_token')) return [];
    const keys = settings.filter((s) => s.attribute === 'api_key');
    if (keys.length === 0) return [apiType.statement];
    // Each api_key belongs to the api_type set last before it (else the first one after it):
    // `api_type = "azure"` then `api_type = "azure_ad"; api_key = token` sends a token, not a key.
    return keys
      .filter((key) => {
        const governing = [...types].reverse().find((t) => t.statement.from < key.statement.from) ?? types.find((t) => t.statement.from > key.statement.from);
        return governing && typeOf(governing) === 'azure';
      })
      .map((k) => k.statement);
  });
}

/** openai module-level configuration with `api_type = "azure"` and no Entra token provider. */
export const rule: Rule = {
  meta: {
    code: 'AOAI202',
    name: 'py-openai-module-azure-key-auth',
    description: 'The openai module-level configuration sets `api_type` to "azure" and authenticates with an API key.',
    severity: 'warning', // a hard-coded key raises its own report to error
    category: 'code',
    kinds: ['python'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `openai.api_type = "azure"` configurations that authenticate with a key: the legacy `openai<1` globals (`openai.api_key = ...`, requests sent with an `api-key` header) and the `openai>=1` module client without `openai.azure_ad_token_provider`. The finding is on each `openai.api_key` assignment governed by `api_type = "azure"` (every one, in methods too), else on `api_type`. `api_type = "azure_ad"` / `"azuread"` is Entra (a static token) and is not flagged. A hard-coded key is an error, every other finding a warning.',
      whyBad:
        'An API key is a shared secret that grants full access to the resource and cannot be tied to a caller. The legacy 0.x module API has no token-provider hook at all; openai>=1 has `openai.azure_ad_token_provider`.',
      example: `import openai

openai.api_type = "azure"
openai.azure_endpoint = "https://contoso.openai.azure.com"
openai.api_version = "2024-10-21"
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]`,
      useInstead: `import openai
from azure.identity import DefaultAzureCredential, get_bearer_token_provider

openai.api_type = "azure"
openai.azure_endpoint = "https://contoso.openai.azure.com"
openai.api_version = "2024-10-21"
openai.azure_ad_token_provider = get_bearer_token_provider(DefaultAzureCredential(), "${DEFAULT_TOKEN_SCOPE}")`,
      exampleLanguage: 'python',
      fixSafety:
        'Unsafe, and only for the openai>=1 module client (recognised by `openai.azure_endpoint`): it replaces `openai.api_key = ...` (or adds a line after `api_type`) with `openai.azure_ad_token_provider = get_bearer_token_provider(DefaultAzureCredential(), scope)`. Assign the "Cognitive Services OpenAI User" role and remove `AZURE_OPENAI_API_KEY` from the environment. Legacy 0.x code gets no fix: it must be migrated to `AzureOpenAI(azure_ad_token_provider=...)`.',
      references: [
        'https://github.com/openai/openai-python/blob/main/examples/azure_module_client.py',
        'https://github.com/openai/openai-python/blob/main/src/openai/__init__.py',
      ],
    },
  },
  prefilter: /api_type/,
  check(context) {
    const mod = context.parse(pythonParser);
    const settings = moduleSettings(mod);
    for (const statement of moduleKeyAuthStatements(mod)) {
      const reported = settings.find((s) => s.statement.from === statement.from);
      if (reported) reportSetting(context, mod, settings, reported);
    }
  },
};

function reportSetting(context: RuleContext, mod: PyModule, settings: ModuleSetting[], reported: ModuleSetting): void {
  const apiKey = reported.attribute === 'api_key' ? reported : undefined;
  const apiType = apiKey ? settings.find((s) => s.attribute === 'api_type' && stringValue(mod, s.value)?.value.toLowerCase() === 'azure')! : reported;
  const isV1 = settings.some((s) => s.attribute === 'azure_endpoint');
  const literal = apiKey ? stringValue(mod, apiKey.value) : undefined;
  const hardCoded = isHardCodedKey(literal);
  let fix: Fix | undefined;
  if (isV1) {
    const line = `openai.azure_ad_token_provider = ${tokenProviderExpr(mod, context.settings.tokenScope)}`;
    const anchor = apiKey ?? apiType;
    const edits: TextEdit[] = apiKey
      ? [{ start: apiKey.statement.from, end: apiKey.statement.to, newText: line }]
      : [{ start: apiType.statement.to, end: apiType.statement.to, newText: context.file.eol + context.file.indentAt(apiType.statement.from) + line }];
    const importEdit = identityImportEdit(context.file, mod, 'azure.identity', ['DefaultAzureCredential', 'get_bearer_token_provider'], anchor.statement.from);
    if (importEdit.ok && importEdit.edit) edits.push(importEdit.edit);
    if (importEdit.ok) fix = { title: entraFixTitle(), applicability: 'unsafe', edits };
  }
  const migrate = isV1 ? 'set openai.azure_ad_token_provider instead' : 'migrate to openai>=1 AzureOpenAI(azure_ad_token_provider=...), the 0.x module API has no token provider';
  const target = apiKey ?? apiType;
  context.report({
    start: target.statement.from,
    end: target.statement.to,
    message: apiKey
      ? hardCoded
        ? `The openai module is configured for Azure with a hard-coded API key; anyone who can read the code can call the resource. Use Microsoft Entra ID: ${migrate}.`
        : `The openai module is configured for Azure with an API key (openai.api_key${envSourceNote(mod, apiKey.value)}); ${migrate}.`
      : `The openai module is configured for Azure without a token provider, so it authenticates with an API key from the environment; ${migrate}.`,
    severity: hardCoded ? 'error' : 'warning',
    fixes: fix ? [fix] : [],
    related: apiKey ? keyReadRelated(context, mod, apiKey.value) : undefined,
  });
}
