/**
 * Secrets never leave the tool whole. Rules describe a key by `redactSecret(value)`; every output
 * (text, JSON, SARIF, diffs, logs) also passes through `redactText` as a safety net.
 */

/** Shows the first four characters and the length: `abcd… (32 chars)`. */
export function redactSecret(value: string): string {
  const shown = value.length > 12 ? value.slice(0, 4) : '';
  return `${shown}… (${value.length} chars)`;
}

/** The 84-character identifiable Azure AI Services / Azure OpenAI key (security-utilities SEC101/205-245). */
export const IDENTIFIABLE_KEY = /(?<![A-Za-z0-9])[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{12}AAA[A-Za-o]ACOG[A-Za-z0-9]{4}(?![A-Za-z0-9])/g;

/**
 * A 32-character hex token (legacy key format; also GUIDs without dashes, MD5s), standing alone or
 * joined by `_` to a name: a key pasted into a setting name (`AZURE_OPENAI_API_KEY_<hex>`) is
 * still the key. A `-` before it only disqualifies it when it joins it to a word (`id-<hex>`): a
 * diff's removed line (`-<hex>`) or a CLI flag value must still be redacted.
 */
export const HEX32 = /(?<![A-Za-z0-9])(?<![A-Za-z0-9_]-)[0-9a-fA-F]{32}(?![A-Za-z0-9-])/g;

/**
 * Replaces anything shaped like a key with its redacted form. `hex32` also redacts bare 32-hex
 * tokens: on for fix diffs (which echo file content), off for messages (which never quote
 * content and may name hashes legitimately).
 */
export function redactText(text: string, options: { hex32?: boolean } = {}): string {
  let out = text.replace(IDENTIFIABLE_KEY, (m) => redactSecret(m));
  if (options.hex32) out = out.replace(HEX32, (m) => redactSecret(m));
  return out.replace(BASE64_KEY, (m) => (isEncodedKey(m, !!options.hex32) ? redactSecret(m) : m));
}

/**
 * The same result with every message, fix title, data value and notice redacted (hex included):
 * the engine applies it to everything `lint` returns, so no front-end (CLI, language server, a
 * future one) can show a key a rule let slip, in a name or anywhere else. Fix edits are left
 * alone: they are file content, applied to the file, never shown as a message.
 */
export function redactResult<T extends RedactableResult>(result: T): T {
  const r = (s: string) => redactText(s, { hex32: true });
  for (const f of result.findings) {
    f.message = r(f.message);
    if (f.fixes.length) f.fixes = f.fixes.map((x) => ({ ...x, title: r(x.title) }));
    if (f.data) for (const [k, v] of Object.entries(f.data)) if (typeof v === 'string') f.data[k] = r(v);
    if (f.related) for (const rel of f.related) rel.message = r(rel.message);
  }
  for (const n of result.notices) n.message = r(n.message);
  return result;
}

/** The parts of a lint result that carry text meant for people. */
interface RedactableResult {
  findings: { message: string; fixes: { title: string }[]; data?: Record<string, string | number | boolean>; related?: { message: string }[] }[];
  notices: { message: string }[];
}

/**
 * Base64 runs as long as an encoded key: 112 characters (84-character key) or 44 ending in `=`
 * (32-character key), as in Kubernetes `Secret` `data`.
 */
export const BASE64_KEY = /(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{112}|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/g;

/** The key a base64 run decodes to, when it decodes to one (hex only when `hex32`). */
export function decodeBase64Key(run: string, hex32: boolean): string | undefined {
  const decoded = Buffer.from(run, 'base64').toString('latin1');
  if (decoded.length === 84 && new RegExp(`^${IDENTIFIABLE_KEY.source}$`).test(decoded)) return decoded;
  if (hex32 && /^[0-9a-fA-F]{32}$/.test(decoded)) return decoded;
  return undefined;
}

function isEncodedKey(run: string, hex32: boolean): boolean {
  return decodeBase64Key(run, hex32) !== undefined;
}
