import type { Fix, TextEdit } from '../../engine/types';
/**
 * What the config rules share: which setting names hold an Azure OpenAI key, how loud a setting
 * is given its value, and what the removal fix must tell the user.
 */
import { AMBIGUOUS_KEY_NAMES, isAzureAIEndpoint, isAzureKeyName, isPlaceholder, normalizeName } from '../../engine/azure-signals';
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
