import type { Fix, TextEdit } from '../../engine/types';
/**
 * What the config rules share: which setting names hold an Azure OpenAI key, how loud a setting
 * is given its value, and what the removal fix must tell the user.
 */
import { AMBIGUOUS_KEY_NAMES, APIM_GATEWAY_HOST, isAzureAIEndpoint, isAzureKeyName, isPlaceholder, normalizeName } from '../../engine/azure-signals';
import { redactText } from '../../engine/redact';
import type { Severity } from '../../engine/types';

/** The role the identity needs once the key is gone (code-patterns.md §9). */
export const ROLE = 'Cognitive Services OpenAI User';

/** How a setting's value relates to a secret. */
export type ValueClass = 'literal' | 'reference' | 'placeholder';

/**
 * References to another store: `${{ secrets.X }}`, `${VAR}`, `$VAR`, `$(cmd)`, `%VAR%`,
 * `{{var}}`, `@Microsoft.KeyVault(...)`, `#{var}#` (Azure Pipelines token replacement).
 */
const REFERENCE = /^\s*(?:\$\{\{[^}]*\}\}|\$\{[^}]*\}|\$[A-Za-z_][A-Za-z0-9_]*|\$\([^)]*\)|%[A-Za-z_][A-Za-z0-9_]*%|\{\{[^}]*\}\}|@Microsoft\.KeyVault\([^)]*\)|#\{[^}]*\}#?)\s*$/;

/**
 * References into a secret store: GitHub Actions `${{ secrets.X }}` and Key Vault references. The
 * field corpus treats them as clean (the key stays in the store; the consumer is the finding).
 */
const SECRET_STORE_REFERENCE = /^\s*(?:\$\{\{\s*secrets\.[A-Za-z0-9_-]+\s*\}\}|@Microsoft\.KeyVault\([^)]*\))\s*$/;

export function isSecretStoreReference(value: string): boolean {
  return SECRET_STORE_REFERENCE.test(value);
}

/** Classifies a setting value: a literal, a reference to another store, or a placeholder/empty. */
export function classifyValue(value: string): ValueClass {
  if (REFERENCE.test(value)) return 'reference';
  if (isPlaceholder(value)) return 'placeholder';
  return 'literal';
}

/**
 * Literal values are key-auth configuration with a key in it: warning (a key-shaped literal also
 * gets the `secret-*` error). References and placeholders only wire key auth up: info.
 */
export function severityFor(cls: ValueClass): Severity {
  return cls === 'literal' ? 'warning' : 'info';
}

/** True for a name that holds an Azure OpenAI key, given whether the file shows an Azure context. */
export function isKeySettingName(name: string, azureContext: boolean): boolean {
  if (isAzureKeyName(name)) return true;
  return azureContext && AMBIGUOUS_KEY_NAMES.has(normalizeName(name));
}

/**
 * A setting name as it may be shown: names come from the file, and a malformed file can put a key
 * into one (`KEY.<key>` from a broken YAML mapping), so key-shaped runs are redacted and the
 * length is capped.
 */
export function displayName(name: string): string {
  const safe = redactText(name, { hex32: true });
  return safe.length > 80 ? safe.slice(0, 77) + '...' : safe;
}

/** Who reads the setting, for the fix title (code-patterns.md §2.13). */
export function readersOf(name: string): string {
  const n = normalizeName(name);
  if (n === 'AZURE_OPENAI_API_KEY') return 'the openai SDKs and LangChain read it implicitly';
  if (n === 'OPENAI_API_KEY') return 'openai<1 and LangChain fall back to it';
  if (n === 'AZURE_API_KEY') return 'LiteLLM and the Vercel AI SDK read it implicitly';
  return 'update the code that reads it';
}

/**
 * The removal fix of a key setting: unsafe when no code nearby names it; display-only when code
 * still reads it (removing it first would break that code at start-up) or when it is
 * `OPENAI_API_KEY` (unless `OPENAI_API_TYPE` says azure), which may be a public OpenAI key the app also uses.
 */
export function removalFix(name: string, edits: TextEdit[], readers: string[], azureTyped = false): Fix {
  const n = normalizeName(name);
  if (n === 'OPENAI_API_KEY' && !azureTyped) {
    return { title: `Remove ${displayName(name)} once no client uses it for Azure OpenAI (check first: it may be a public OpenAI key); the app must use DefaultAzureCredential and its identity needs the ${ROLE} role`, applicability: 'display-only', edits };
  }
  if (readers.length > 0) {
    return { title: `Remove ${displayName(name)} after switching the code that reads it (${readers.join(', ')}) to DefaultAzureCredential; its identity needs the ${ROLE} role`, applicability: 'display-only', edits };
  }
  return { title: removalTitle(name), applicability: 'unsafe', edits };
}

/** The fix title every config removal uses. */
export function removalTitle(name: string): string {
  return `Remove ${displayName(name)} (${readersOf(name)}); the app must use DefaultAzureCredential and its identity needs the ${ROLE} role`;
}

/** The message for a key setting, by value class. */
export function settingMessage(rawName: string, cls: ValueClass, where: string): string {
  const name = displayName(rawName);
  switch (cls) {
    case 'literal':
      return `${where} sets the Azure OpenAI key ${name}: key auth is shared, long-lived and unaudited; use Microsoft Entra ID (DefaultAzureCredential) instead.`;
    case 'reference':
      return `${where} passes the Azure OpenAI key ${name} from a secret store to the app: the key stays out of the file, but the app still uses key auth instead of Microsoft Entra ID.`;
    default:
      return `${where} declares the Azure OpenAI key setting ${name} (empty or a placeholder): it sets the app up for key auth instead of Microsoft Entra ID.`;
  }
}

/** The `Key=...` part of an Aspire-style connection string (`Endpoint=https://…;Key=…;Deployment=…`). */
const CONNECTION_STRING_KEY = /(?:^|;)[ \t]*(?:Key|ApiKey)[ \t]*=[ \t]*([^;]*);?/i;

/**
 * When `value` is a connection string to an Azure OpenAI / AI Services endpoint that carries a key:
 * the `[start, end)` of the key part to delete (with one `;`) and the key itself.
 */
export function connectionStringKey(value: string): { start: number; end: number; key: string } | undefined {
  if (!/(?:^|;)[ \t]*Endpoint[ \t]*=/i.test(value)) return undefined;
  const endpoint = /(?:^|;)[ \t]*Endpoint[ \t]*=[ \t]*([^;]*)/i.exec(value)?.[1] ?? '';
  if (!isAzureAIEndpoint(endpoint)) return undefined;
  const m = CONNECTION_STRING_KEY.exec(value);
  if (!m) return undefined;
  // Keep one separator: drop the leading `;` when the key part is last.
  let start = m.index;
  let end = m.index + m[0].length;
  if (value[start] === ';' && m[0].endsWith(';')) start++;
  return { start, end, key: m[1] };
}

/** Message for a connection string that carries a key. */
export function connectionStringMessage(name: string, cls: ValueClass): string {
  return cls === 'literal'
    ? `The connection string ${displayName(name)} carries an Azure OpenAI key (Key=): the app authenticates with a shared key; without Key, the Aspire client integrations use DefaultAzureCredential.`
    : `The connection string ${displayName(name)} has a Key= part (a placeholder or reference): it sets the app up for key auth; without Key, the Aspire client integrations use DefaultAzureCredential.`;
}

/** Fix title for removing the key part of a connection string. */
export const CONNECTION_STRING_TITLE = `Remove Key= from the connection string (Aspire then uses DefaultAzureCredential); the identity needs the ${ROLE} role`;

/**
 * API Management subscription-key names (`APIM_SUBSCRIPTION_KEY`, `APIM_KEY`, `ApimApiKey`,
 * `Ocp-Apim-Subscription-Key`): a gateway key is still a key, handed to the SDK as the api key.
 */
export function isGatewayKeyName(name: string): boolean {
  const n = normalizeName(name);
  if (!/(?:^|_)(?:APIM|OCP_APIM)(?:_|$)/.test(n)) return false;
  if (/KEY_?VAULT|VAULT|KEY_?ID|KEY_?NAME|ENDPOINT|URL|URI|HEADER/.test(n)) return false;
  return /(?:^|_)(?:SUBSCRIPTION_)?(?:API_)?KEY\d?(?:_|$)/.test(n);
}

/** Names that say "a key" and no more: `api_key`, `apiKey`, `key`, `subscription-key`, `PROJECT_API_KEY`. */
const GENERIC_KEY_NAME = /^(?:(?:[A-Z0-9]+_)*?)(?:API_KEY|APIKEY|KEY|SUBSCRIPTION_KEY|ACCESS_KEY)\d?$/;
/** Words a generic key name may carry and still be the AI resource's key (`MODEL_API_KEY`, `LLM_KEY`). */
const AI_WORDS = new Set(['AZURE', 'OPENAI', 'AOAI', 'PROJECT', 'MODEL', 'LLM', 'CHAT', 'GPT', 'EMBEDDING', 'EMBEDDINGS', 'EMBED', 'COMPLETION', 'COMPLETIONS', 'INFERENCE', 'AI', 'SERVICE', 'RESOURCE', 'PRIMARY', 'SECONDARY', 'AGENT', 'FOUNDRY', 'DEPLOYMENT']);

/**
 * The prefix of a generic key name (`PROJECT` of `PROJECT_API_KEY`, `` of `api_key`), or undefined
 * when the name is not generic.
 */
function genericPrefix(name: string): string | undefined {
  const n = normalizeName(name);
  if (!GENERIC_KEY_NAME.test(n)) return undefined;
  return n.replace(/_?(?:API_KEY|APIKEY|KEY|SUBSCRIPTION_KEY|ACCESS_KEY)\d?$/, '');
}

/** A neighbouring entry of a setting: another key of the same map, object or dotenv block. */
export interface SiblingSetting {
  name: string;
  /** The value when it is a plain string (or number), else undefined. */
  value: string | undefined;
}

/** What the sibling entries say the generic key is for. */
export type SiblingContext = 'azure' | 'gateway';

const AI_ENDPOINT_NAME = /OPENAI|AOAI|INFERENCE|FOUNDRY|AI_?SERVICES|COGNITIVE/;

/**
 * The context siblings give a generic key name: `azure` when one of them is an Azure OpenAI / AI
 * Services endpoint (by value, or by a name like `AZURE_OPENAI_ENDPOINT` / `INFERENCE_ENDPOINT`
 * whose value is still a placeholder), `gateway` when one is an API Management gateway URL.
 */
export function siblingContext(siblings: readonly SiblingSetting[]): SiblingContext | undefined {
  let gateway = false;
  for (const s of siblings) {
    const v = s.value ?? '';
    if (isAzureAIEndpoint(v)) return 'azure';
    if (APIM_GATEWAY_HOST.test(v)) gateway = true;
    const n = normalizeName(s.name);
    if (/ENDPOINT|BASE|URL|URI|HOST/.test(n) && AI_ENDPOINT_NAME.test(n) && !/SEARCH|STORAGE|COSMOS/.test(n)) return 'azure';
  }
  return gateway ? 'gateway' : undefined;
}

/**
 * True when a generic key name (`api_key`, `PROJECT_API_KEY`, `key`) holds the key of the endpoint
 * its siblings name: its prefix is empty, made of AI words, or the prefix of the sibling endpoint
 * itself (`GPT4_ENDPOINT` + `GPT4_KEY`). Names of other services (`SEARCH_KEY`) never are.
 */
export function isGenericKeyBesideEndpoint(name: string, siblings: readonly SiblingSetting[]): SiblingContext | undefined {
  const prefix = genericPrefix(name);
  if (prefix === undefined) return undefined;
  const context = siblingContext(siblings);
  if (!context) return undefined;
  const words = prefix.split('_').filter(Boolean);
  if (words.every((w) => AI_WORDS.has(w))) return context;
  const sameResource = siblings.some((s) => {
    const n = normalizeName(s.name);
    return n.startsWith(prefix + '_') && (isAzureAIEndpoint(s.value ?? '') || APIM_GATEWAY_HOST.test(s.value ?? ''));
  });
  return sameResource ? context : undefined;
}

/** The message for a gateway (APIM subscription) key setting, by value class. */
export function gatewaySettingMessage(rawName: string, cls: ValueClass, where: string): string {
  const name = displayName(rawName);
  const what =
    cls === 'literal' ? `sets the API Management subscription key ${name}` : cls === 'reference' ? `passes the API Management subscription key ${name} from a secret store` : `declares the API Management subscription key setting ${name} (empty or a placeholder)`;
  return `${where} ${what}: a gateway key is still key auth for the app; have the gateway validate Microsoft Entra tokens (validate-azure-ad-token) and call it with DefaultAzureCredential instead.`;
}
