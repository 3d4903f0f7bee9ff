/**
 * Shared knowledge about what marks Azure OpenAI / Azure AI Services, used by rules of every
 * language (shared/reference/code-patterns.md §1.1, §2.13, §7).
 */

/**
 * Hosts of Azure OpenAI / Azure AI Services data-plane endpoints (custom subdomain, regional,
 * Foundry, sovereign). Not APIM (`azure-api.net`), Search (`search.windows.net`) or GitHub Models.
 */
export const AZURE_AI_HOST =
  /(?:^|[/.@])[a-z0-9-]*\.?(?:openai\.azure\.com|openai\.azure\.us|openai\.azure\.cn|cognitiveservices\.azure\.com|cognitiveservices\.azure\.us|cognitiveservices\.azure\.cn|services\.ai\.azure\.com|api\.cognitive\.microsoft\.com)\b/i;

/** GitHub Models: an AI Inference endpoint that takes a GitHub token and has no Entra path. */
export const GITHUB_MODELS_HOST = /models\.(?:inference\.ai\.azure\.com|github\.ai)/i;

/** True when a URL-ish string points at an Azure OpenAI / AI Services endpoint. */
export function isAzureAIEndpoint(text: string): boolean {
  return AZURE_AI_HOST.test(text) && !GITHUB_MODELS_HOST.test(text);
}

/** Environment-variable / setting names that hold an Azure OpenAI or AI Services key (exact, upper-cased). */
export const KNOWN_KEY_NAMES = new Set([
  'AZURE_OPENAI_API_KEY',
  'AZURE_OPENAI_KEY',
  'AZURE_OPENAI_API_KEY_EMBED',
  'AZURE_OPENAI_KEY_1',
  'AZURE_API_KEY',
  'AOAI_KEY',
  'AOAI_API_KEY',
  'AZURE_AI_API_KEY',
  'AZURE_AI_KEY',
  'AZURE_AI_SERVICES_KEY',
  'AZURE_AISERVICES_KEY',
  'AZURE_COGNITIVE_SERVICES_KEY',
  'AZURE_INFERENCE_CREDENTIAL',
  'AZURE_INFERENCE_SDK_KEY',
  'AZUREAI_ENDPOINT_KEY',
  'SPRING_AI_AZURE_OPENAI_API_KEY',
]);

/** Names that are ambiguous alone: key for Azure only when the file shows an Azure context. */
export const AMBIGUOUS_KEY_NAMES = new Set(['OPENAI_API_KEY', 'OPENAI_KEY']);

/**
 * True when a variable/setting name holds an Azure OpenAI / AI Services key: a known name, or the
 * heuristic (AZURE|AOAI) ∧ (OPENAI|AI|COGNITIVE) ∧ KEY ∧ ¬(ENDPOINT|VERSION|DEPLOYMENT|KEYVAULT|...).
 * Works on `AZURE_OPENAI_API_KEY`, `AzureOpenAI:ApiKey`, `AzureOpenAI__ApiKey`, `azureOpenAIApiKey`.
 */
export function isAzureKeyName(name: string): boolean {
  const upper = normalizeName(name);
  if (KNOWN_KEY_NAMES.has(upper)) return true;
  const parts = upper.split('_').filter(Boolean);
  const has = (re: RegExp) => re.test(upper);
  if (!(parts.includes('AZURE') || parts.includes('AOAI') || upper.startsWith('AZUREOPENAI') || upper.startsWith('AZURE'))) return false;
  if (!has(/OPENAI|(^|_)AI(_|$)|AISERVICES|COGNITIVE|AOAI|INFERENCE|FOUNDRY/)) return false;
  if (!parts.some((p) => p === 'KEY' || p === 'APIKEY' || p === 'KEY1' || p === 'KEY2' || /^KEY\d$/.test(p)) && !/API_?KEY|_KEY$/.test(upper)) return false;
  if (has(/ENDPOINT|VERSION|DEPLOYMENT|KEY_?VAULT|VAULT|SEARCH|STORAGE|KEYID|KEY_ID|KEY_NAME|KEYNAME|MODEL|REGION|LOCATION|URL|URI|BASE/)) return false;
  return true;
}

/** `AzureOpenAI:ApiKey`, `azureOpenAIKey` → `AZURE_OPENAI_API_KEY`-like form: camel case split, separators to `_`. */
export function normalizeName(name: string): string {
  return name
    // `{1,64}`: an unbounded `[A-Z]+` backtracks through a long all-caps run from every position.
    .replace(/([A-Z]{1,64})([A-Z][a-z])/g, '$1_$2') // acronym before a word: `OpenAIKey` → `OpenAI_Key`
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/OpenAI/gi, 'OPENAI')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toUpperCase()
    .replace(/OPEN_AI/g, 'OPENAI')
    .replace(/(^|_)API_KEY/g, '$1API_KEY')
    .replace(/^_+|_+$/g, '');
}

/**
 * Values that are not secrets: empty, placeholders (`<your-key>`, `YOUR_KEY`, `xxxx`, `changeme`,
 * `<to-be-replaced>`), references (`${VAR}`, `$VAR`, `{{var}}`, `$(cmd)`, `%VAR%`, `@Microsoft.KeyVault(...)`).
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim().replace(/^["']|["']$/g, '');
  if (v.length === 0) return true;
  if (/^<[^>]*>$/.test(v) || /^\[[^\]]*\]$/.test(v)) return true;
  if (hasDelimited(v, '${', '}') || hasDelimited(v, '{{', '}}') || hasDelimited(v, '$(', ')')) return true;
  if (/^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_][A-Za-z0-9_]*%$|@Microsoft\.KeyVault\(/.test(v)) return true;
  if (/^(x+|X+|\*+|\.+|-+|0+|1+|#+)$/.test(v)) return true;
  if (/your|placeholder|changeme|change[-_]me|replace|to[-_ ]be[-_ ]replaced|insert|example|dummy|sample|fake|redacted|todo|xxxx|<|>/i.test(v)) return true;
  if (/^(.)\1{7,}$/.test(v)) return true;
  if (v === '11111222223333344444555556666677') return true;
  return false;
}

/**
 * True when `v` holds `open`, at most 256 characters other than `close[0]`, then `close` (the
 * regex `\$\{[^}]{0,256}\}`), in one pass: a regex retries from every `${` and scans ahead each
 * time, quadratic on `${${${…` or `{{{{…` with no closing brace.
 */
function hasDelimited(v: string, open: string, close: string): boolean {
  let next = -1;
  for (let i = v.indexOf(open); i >= 0; i = v.indexOf(open, i + 1)) {
    const from = i + open.length;
    if (next < from) {
      next = v.indexOf(close[0], from);
      if (next < 0) return false;
    }
    if (next - from <= 256 && v.startsWith(close, next)) return true;
  }
  return false;
}

/** API Management gateway hosts: a key sent there is APIM's subscription key, not the account's. */
export const APIM_GATEWAY_HOST = /\.azure-api\.(?:net|us|cn)\b/i;

/**
 * True when a variable/expression name says it holds an API Management subscription key
 * (`apim_subscription_key`, `APIM_KEY`, `subscriptionKey`, `apim_subscriptions[0]['key']`).
 * Such a key authenticates the caller to the gateway (front-door key auth, reported as info with
 * an APIM-specific message), not to the Azure OpenAI account.
 */
export function isApimKeyName(name: string): boolean {
  const n = normalizeName(name);
  return /(^|_)APIM(_|$)|APIM_?SUBSCRIPTION|(^|_)SUBSCRIPTION_?KEY|OCP_APIM/.test(n) || /apim/i.test(name);
}

/**
 * Text that shows a file talks to Azure OpenAI: an Azure AI host, an `/openai/deployments/` or
 * `/openai/v1/` path, or an Azure OpenAI name (not `api-version`: Azure AI Search has one too). Other services take an
 * `api-key` header too (Azure AI Search, Pinecone, Qdrant), so a header alone is not enough.
 */
export const AZURE_OPENAI_CONTEXT = /openai\.azure\.(?:com|us|cn)|cognitiveservices\.azure\.|services\.ai\.azure\.com|\/openai\/(?:deployments|v1)\b|azure[ _.-]?open[ _-]?ai|\bAOAI/i;

/** Test sources by path: Go `_test.go`, Maven/Gradle `src/test/`, `tests/` and `test/` folders. */
export function isTestPath(filePath: string): boolean {
  return /(?:_test\.go|[\\/]src[\\/]test[\\/]|(?:^|[\\/])tests?[\\/]|Tests?\.java$)/.test(filePath);
}

/**
 * A literal key in a test source that is plainly not a real one (`"test-key"`, `"dummy"`, a
 * placeholder): a unit-test fixture against a fake transport, not key auth (field-corpus
 * convention). Keys read from the environment in tests are real and still count.
 */
export function isTestFixtureKey(filePath: string, literal: string | undefined): boolean {
  if (literal === undefined || !isTestPath(filePath)) return false;
  return isPlaceholder(literal) || /^(?:test|fake|dummy|mock|stub|unit)?[-_ ]?(?:api)?[-_ ]?(?:key|secret|token)?[-_ ]?(?:test|fake|dummy|mock|\d+)?$/i.test(literal) || literal.length < 16;
}
