/**
 * Finding Azure OpenAI / AI Services key literals in any text (code-patterns.md §7.1, §7.2).
 * Shared by the `secret-*` rules; pure functions over the text, linear scans only.
 */
import * as path from 'node:path';
import { isAzureAIEndpoint, isAzureKeyName, isPlaceholder } from '../../engine/azure-signals';
import { decodeBase64Key, IDENTIFIABLE_KEY } from '../../engine/redact';
import type { FileKind } from '../../engine/types';

/** Every file kind, as a record so that a kind added to `FileKind` cannot be forgotten here. */
const EVERY_KIND: Record<FileKind, true> = {
  typescript: true, javascript: true, python: true, notebook: true, csharp: true, go: true, java: true, powershell: true,
  bicep: true, bicepparam: true, json: true, terraform: true, xml: true, 'apim-policy': true, yaml: true, dotenv: true,
  http: true, shell: true, properties: true, dockerfile: true, text: true,
};
export const ALL_KINDS = Object.keys(EVERY_KIND) as FileKind[];

/** A key-shaped literal found in a text. */
export interface KeyLiteral {
  start: number;
  end: number;
  /** The text as written (the base64 form when `encoded`). */
  value: string;
  /** Written base64-encoded (Kubernetes `Secret` `data`). */
  encoded: boolean;
}

/** Base64 alphabet lookup (A-Z a-z 0-9 + /). */
const B64 = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') B64[c.charCodeAt(0)] = 1;
const isB64 = (code: number) => code < 128 && B64[code] === 1;

/**
 * Base64 runs in `text` that decode to a key (`hex32`: also 32-hex keys): exactly 112 characters
 * (84-byte key) or 43 + `=` (32-byte key). One linear pass over maximal runs; no regex, because
 * counted character classes rescan every position of long identifier-heavy text.
 */
function encodedKeys(text: string, hex32: boolean): { index: number; run: string; key: string }[] {
  const out: { index: number; run: string; key: string }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isB64(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isB64(text.charCodeAt(i))) i++;
    const len = i - start;
    let run: string | undefined;
    if (len === 112 && text[i] !== '=') run = text.slice(start, i);
    else if (hex32 && len === 43 && text[i] === '=' && text[i + 1] !== '=') run = text.slice(start, i + 1);
    if (run) {
      const key = decodeBase64Key(run, hex32);
      if (key) out.push({ index: start, run, key });
    }
  }
  return out;
}

/** Lock files and checksum lists are full of hashes and never hold keys. */
const LOCK_FILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.ya?ml|yarn\.lock|composer\.lock|pipfile\.lock|poetry\.lock|cargo\.lock|packages\.lock\.json|gemfile\.lock|.*\.sum|.*\.lock)$/i;

export function isLockFile(filePath: string): boolean {
  return LOCK_FILE.test(path.basename(filePath.split('#')[0]));
}

/**
 * Fake keys: few distinct characters, a short block repeated (`0123…ef0123…ef`), or a key masked
 * at both ends (`1111…1111`, as test fixtures and docs write them; a random key does so once in
 * 16^6).
 */
function looksGenerated(value: string): boolean {
  if (isPlaceholder(value)) return true;
  if (new Set(value.toLowerCase()).size < 8) return true;
  if (/^(.)\1{3}/.test(value) && /(.)\1{3}$/.test(value)) return true;
  return /^(.{1,16})\1+$/.test(value);
}

/**
 * The 84-character identifiable keys (`JQQJ99` at 52, `AAA?ACOG` at 72): unambiguous wherever
 * found. Finds the fixed `JQQJ9` signature with `indexOf` and checks the window around it, so the
 * cost is one fast substring search per file.
 */
export function findIdentifiableKeys(text: string): KeyLiteral[] {
  const out: KeyLiteral[] = [];
  const re = new RegExp(IDENTIFIABLE_KEY.source, 'y');
  for (let at = text.indexOf('JQQJ9'); at >= 0; at = text.indexOf('JQQJ9', at + 1)) {
    const start = at - 52;
    if (start < 0) continue;
    re.lastIndex = start;
    const m = re.exec(text);
    if (!m) continue;
    if (new Set(m[0].slice(0, 52)).size < 12) continue; // `aaaa…JQQJ99…`: a hand-made example
    out.push({ start, end: start + 84, value: m[0], encoded: false });
  }
  if (text.includes('UUo5')) {
    for (const e of encodedKeys(text, false)) {
      if (new Set(e.key.slice(0, 52)).size >= 12) out.push({ start: e.index, end: e.index + e.run.length, value: e.run, encoded: true });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Base64 of 32 hex characters: every 4-character group starts with one of M N O Q R Y Z. */
export const ENCODED_HEX = /(?:[MNOQRYZ][A-Za-z0-9+/]{3}){10}[MNOQRYZ][A-Za-z0-9+/]{2}=/;

const isWord = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
const isHex = (code: number) => (code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102);

/**
 * Stand-alone 32-hex tokens, with HEX32's boundaries (not part of a longer word, not joined to one
 * by `-`), in one linear pass over maximal word runs.
 */
function hexTokens(text: string): { index: number; value: string }[] {
  const out: { index: number; value: string }[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWord(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    let allHex = true;
    while (i < n && isWord(text.charCodeAt(i))) {
      if (allHex && !isHex(text.charCodeAt(i))) allHex = false;
      i++;
    }
    if (!allHex || i - start !== 32 || text[i] === '-') continue;
    if (start >= 2 && text[start - 1] === '-' && isWord(text.charCodeAt(start - 2))) continue;
    out.push({ index: start, value: text.slice(start, i) });
  }
  return out;
}

/** A name that holds some credential. */
const KEY_LIKE = /(?:api[_-]?key|apikey|(?:^|[_.:-])key(?:\d)?$|^key\d?$|[a-z]Key\d?$|subscription[_-]?key|credential|secret)/i;
/** Keys of other Azure services that look the same (32 hex) and are out of this rule's scope. */
const OTHER_SERVICE = /search|storage|cosmos|redis|service[_-]?bus|event[_-]?hub|instrumentation|maps|bing|sas|account[_-]?key|webhook/i;
/** Words that say a 32-hex value is a hash or an id, not a key. */
const NOT_A_KEY = /md5|sha\d*|hash|checksum|integrity|etag|guid|uuid|commit|fingerprint|thumbprint|nonce|correlation|request[_-]?id|trace[_-]?id|tenant|client[_-]?id|object[_-]?id|subscription[_-]?id|PublicKeyToken|instance[_-]?id/i;
const IDENT = /[A-Za-z_$@][\w.:$-]*/g;

/**
 * How far before a literal, on its line, a name may stand to give it context. Bounded so a
 * minified line with thousands of hex tokens is not re-read from its start for each one.
 */
const CONTEXT_CHARS = 256;

/** The text of `line` before column `col`, at most {@link CONTEXT_CHARS} of it. */
function textBefore(line: string, col: number): string {
  const from = Math.max(0, col - CONTEXT_CHARS);
  const text = line.slice(from, Math.min(col, line.length));
  // Cut inside a word: drop the partial word (it would read as another name).
  return from > 0 ? text.replace(/^[\w.:$@-]+/, '') : text;
}

/** Identifiers written on `line` before column `col` (within {@link CONTEXT_CHARS}). */
function namesBefore(line: string, col: number): string[] {
  // `@key` (REST Client variable), `$apiKey` (PowerShell/PHP): the sigil is not part of the name.
  return (textBefore(line, col).match(IDENT) ?? []).map((n) => n.replace(/^[@$]+/, ''));
}

/**
 * 32-hex literals that are Azure OpenAI keys by context: a key-like name before them on the same
 * line (or, for `value:` lines, on the line before, as in Kubernetes `env` lists), and either the
 * name itself says Azure OpenAI or an Azure OpenAI endpoint is written within `NEAR_LINES` lines.
 */
export function findContextualHexKeys(text: string): KeyLiteral[] {
  const out: KeyLiteral[] = [];
  const candidates: { index: number; value: string; key: string; encoded: boolean }[] = [];
  for (const t of hexTokens(text)) candidates.push({ index: t.index, value: t.value, key: t.value, encoded: false });
  if (ENCODED_HEX.test(text)) for (const e of encodedKeys(text, true)) if (e.key.length === 32) candidates.push({ index: e.index, value: e.run, key: e.key, encoded: true });
  let lineStarts: number[] | undefined;
  const endpointNearLine = new Map<number, boolean>();
  // A name stands before many literals on a minified line: judge each once.
  const keyLikeNames = new Map<string, boolean>();
  const keyLike = (n: string): boolean => {
    let v = keyLikeNames.get(n);
    if (v === undefined) keyLikeNames.set(n, (v = KEY_LIKE.test(n) || isAzureKeyName(n)));
    return v;
  };
  let cachedLineNo = -1;
  let cachedLine = '';
  for (const c of candidates) {
    const value = c.value;
    if (looksGenerated(c.key)) continue;
    lineStarts ??= computeLineStarts(text);
    const lineNo = lineAt(lineStarts, c.index);
    // One line read per line, not per literal (a minified line holds thousands of them).
    if (lineNo !== cachedLineNo) {
      cachedLineNo = lineNo;
      cachedLine = lineText(text, lineStarts, lineNo);
    }
    const line = cachedLine;
    const col = c.index - lineStarts[lineNo];
    let names = namesBefore(line, col);
    const before = textBefore(line, col);
    if (/\bvalue["']?\s*[:=]\s*["']?$/i.test(before) && lineNo > 0) {
      const previous = lineText(text, lineStarts, lineNo - 1);
      names = [...namesBefore(previous, previous.length), ...names];
    }
    if (NOT_A_KEY.test(before) || names.some((n) => NOT_A_KEY.test(n))) continue;
    const keyNames = names.filter((n) => keyLike(n));
    if (keyNames.length === 0 || keyNames.some((n) => OTHER_SERVICE.test(n))) continue;
    if (!keyNames.some((n) => isAzureKeyName(n))) {
      let near = endpointNearLine.get(lineNo);
      if (near === undefined) endpointNearLine.set(lineNo, (near = endpointNear(text, lineStarts, lineNo)));
      if (!near) continue;
    }
    out.push({ start: c.index, end: c.index + value.length, value, encoded: c.encoded });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Lines either side of a hex literal an Azure endpoint may sit on to give it context. */
export const NEAR_LINES = 40;

function endpointNear(text: string, lineStarts: number[], lineNo: number): boolean {
  const from = lineStarts[Math.max(0, lineNo - NEAR_LINES)];
  const to = lineNo + NEAR_LINES + 1 < lineStarts.length ? lineStarts[lineNo + NEAR_LINES + 1] : text.length;
  return isAzureAIEndpoint(text.slice(from, to));
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function lineText(text: string, starts: number[], line: number): string {
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  return text.slice(starts[line], end).replace(/\r?\n$/, '');
}
