import { DEFAULT_TOKEN_SCOPE } from '../../engine/config';
import { assignmentsStartingWith, callsNamed, children, namesFor, pythonParser, qualifiedName, stringValue, type PyModule } from '../../engine/parsers/python';
import type { Rule } from '../../engine/rule';
import type { Fix, TextEdit } from '../../engine/types';
import { CLIENT_CLASSES, clientSpec, credentialArgs, type ClientFamily } from './azure-clients';
import { identityImportEdit, replaceArgumentEdit, tokenProviderExpr } from './entra-fix';
import { calleeName } from './known-names';

/** The static-token keyword of each library, and the provider keyword that replaces it. */
const STATIC_TOKEN: Partial<Record<ClientFamily, { token: string; provider: string }>> = {
  openai: { token: 'azure_ad_token', provider: 'azure_ad_token_provider' },
  langchain: { token: 'azure_ad_token', provider: 'azure_ad_token_provider' },
  'semantic-kernel': { token: 'ad_token', provider: 'ad_token_provider' },
};

/** `openai.api_type = "azure_ad"` (0.x): the token goes into `openai.api_key` and is never refreshed. */
function legacyAzureAdStatements(mod: PyModule) {
  const out: { from: number; to: number }[] = [];
  const openai = namesFor(mod, 'openai');
  for (const node of assignmentsStartingWith(mod, openai)) { // the target must name openai.api_type
    const kids = children(node);
    if (kids.length === 3 && qualifiedName(mod, kids[0]) === 'openai.api_type' && /^azure_?ad$/i.test(stringValue(mod, kids[2])?.value ?? '')) {
      out.push({ from: node.from, to: node.to });
    }
  }
  return out;
}

/** Entra with a static token: it expires (about an hour) and the client cannot refresh it. */
export const rule: Rule = {
  meta: {
    code: 'AOAI210',
    name: 'py-azure-openai-static-ad-token',
    description: 'An Azure OpenAI client is given a static Microsoft Entra token instead of a token provider.',
    severity: 'info',
    category: 'code',
    kinds: ['python'],
    fix: 'unsafe',
    docs: {
      whatItDoes:
        'Flags `azure_ad_token=` on openai `AzureOpenAI` / `AsyncAzureOpenAI` and LangChain Azure models, `ad_token=` on Semantic Kernel Azure services, and the legacy `openai.api_type = "azure_ad"` module configuration. These are Microsoft Entra ID, not keys, so the finding is info.',
      whyBad:
        'An access token expires after about an hour and a client given a string cannot refresh it: long-running apps start failing with 401 errors, and the usual workaround (re-creating clients, or falling back to a key) is worse. A token provider fetches and caches tokens as needed.',
      example: `token = DefaultAzureCredential().get_token("${DEFAULT_TOKEN_SCOPE}").token
client = AzureOpenAI(azure_endpoint=endpoint, api_version="2024-10-21", azure_ad_token=token)`,
      useInstead: `client = AzureOpenAI(
    azure_endpoint=endpoint,
    api_version="2024-10-21",
    azure_ad_token_provider=get_bearer_token_provider(DefaultAzureCredential(), "${DEFAULT_TOKEN_SCOPE}"),
)`,
      exampleLanguage: 'python',
      fixSafety:
        'Unsafe: it replaces the static token with `get_bearer_token_provider(DefaultAzureCredential(), scope)`, which may be a different identity from the one that minted the token; make sure that identity has the "Cognitive Services OpenAI User" role. The legacy 0.x module configuration gets no fix (migrate to `AzureOpenAI(azure_ad_token_provider=...)`).',
      references: ['https://github.com/openai/openai-python/blob/main/src/openai/lib/azure.py', 'https://github.com/openai/openai-python/blob/main/examples/azure_ad.py'],
    },
  },
  prefilter: /ad_token\b|azure_?ad["']/,
  check(context) {
    const mod = context.parse(pythonParser);
    for (const call of callsNamed(mod, CLIENT_CLASSES)) {
      const spec = clientSpec(calleeName(mod, call.callee));
      const names = spec && STATIC_TOKEN[spec.family];
      if (!names) continue;
      const args = credentialArgs(mod, call);
      if (!args || args.some((a) => a.name === names.provider && a.value.name !== 'None')) continue;
      const token = args.find((a) => a.name === names.token && a.value.name !== 'None');
      if (!token) continue;
      let fix: Fix | undefined;
      if (!token.dictEntry) {
        const edits: TextEdit[] = [replaceArgumentEdit(context.file, call, token.from, token.to, [`${names.provider}=${tokenProviderExpr(mod, context.settings.tokenScope)}`])];
        const importEdit = identityImportEdit(context.file, mod, spec.async ? 'azure.identity.aio' : 'azure.identity', ['DefaultAzureCredential', 'get_bearer_token_provider'], call.node.from);
        if (importEdit.ok && importEdit.edit) edits.push(importEdit.edit);
        if (importEdit.ok) {
          fix = {
            title: 'Use a token provider (DefaultAzureCredential) that refreshes tokens; make sure its identity has the "Cognitive Services OpenAI User" role.',
            applicability: 'unsafe',
            edits,
          };
        }
      }
      context.report({
        start: token.from,
        end: token.to,
        message: `A static Entra token (${token.name}) expires after about an hour and is never refreshed; pass ${names.provider} instead.`,
        severity: 'info',
        fixes: fix ? [fix] : [],
      });
    }
    for (const s of legacyAzureAdStatements(mod)) {
      context.report({
        start: s.from,
        end: s.to,
        message: 'api_type "azure_ad" sends a static Entra token that expires after about an hour; migrate to openai>=1 AzureOpenAI(azure_ad_token_provider=...).',
        severity: 'info',
      });
    }
  },
};
