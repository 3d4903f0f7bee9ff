/**
 * Finding Azure OpenAI / AI Services key literals in any text (code-patterns.md §7.1, §7.2).
 * Shared by the `secret-*` rules; pure functions over the text, linear scans only.
 */
import * as path from 'node:path';
import { isAzureAIEndpoint, isAzureKeyName, isPlaceholder } from '../../engine/azure-signals';
import { BASE64_KEY, decodeBase64Key, HEX32, IDENTIFIABLE_KEY } from '../../engine/redact';
import type { FileKind } from '../../engine/types';

/** Every kind the engine reads: a key literal is a leak wherever it is written. */
export const ALL_KINDS: FileKind[] = [
  'typescript', 'javascript', 'python', 'notebook', 'csharp', 'bicep', 'bicepparam', 'json',
  'terraform', 'xml', 'apim-policy', 'yaml', 'dotenv', 'http', 'shell',
];

/** A key-shaped literal found in a text. */
export interface KeyLiteral {
  start: number;
  end: number;
  /** The text as written (the base64 form when `encoded`). */
  value: string;
  /** Written base64-encoded (Kubernetes `Secret` `data`). */
  encoded: boolean;
}

/** Base64 runs in `text` that decode to a key (`hex32`: also 32-hex keys). */
function encodedKeys(text: string, hex32: boolean): { index: number; run: string; key: string }[] {
  const out: { index: number; run: string; key: string }[] = [];
  const re = new RegExp(BASE64_KEY.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const key = decodeBase64Key(m[0], hex32);
    if (key) out.push({ index: m.index, run: m[0], key });
  }
  return out;
}

/** Lock files and checksum lists are full of hashes and never hold keys. */
const LOCK_FILE = /^(?:package-lock\.json|npm-shrinkwrap\.json|pnpm-lock\.ya?ml|yarn\.lock|composer\.lock|pipfile\.lock|poetry\.lock|cargo\.lock|packages\.lock\.json|gemfile\.lock|.*\.sum|.*\.lock)$/i;

export function isLockFile(filePath: string): boolean {
  return LOCK_FILE.test(path.basename(filePath.split('#')[0]));
}

/** Fake keys: few distinct characters, or a short block repeated (`0123…ef0123…ef`). */
function looksGenerated(value: string): boolean {
  if (isPlaceholder(value)) return true;
  if (new Set(value.toLowerCase()).size < 8) return true;
  return /^(.{1,16})\1+$/.test(value);
}

/** The 84-character identifiable keys (`JQQJ99` at 52, `AAA?ACOG` at 72): unambiguous wherever found. */
export function findIdentifiableKeys(text: string): KeyLiteral[] {
  const out: KeyLiteral[] = [];
  const re = new RegExp(IDENTIFIABLE_KEY.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (new Set(m[0].slice(0, 52)).size < 12) continue; // `aaaa…JQQJ99…`: a hand-made example
    out.push({ start: m.index, end: m.index + m[0].length, value: m[0], encoded: false });
  }
  for (const e of encodedKeys(text, false)) {
    if (new Set(e.key.slice(0, 52)).size >= 12) out.push({ start: e.index, end: e.index + e.run.length, value: e.run, encoded: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A name that holds some credential. */
const KEY_LIKE = /(?:api[_-]?key|apikey|(?:^|[_.:-])key(?:\d)?$|^key\d?$|[a-z]Key\d?$|subscription[_-]?key|credential|secret)/i;
/** Keys of other Azure services that look the same (32 hex) and are out of this rule's scope. */
const OTHER_SERVICE = /search|storage|cosmos|redis|service[_-]?bus|event[_-]?hub|instrumentation|maps|bing|sas|account[_-]?key|webhook/i;
/** Words that say a 32-hex value is a hash or an id, not a key. */
const NOT_A_KEY = /md5|sha\d*|hash|checksum|integrity|etag|guid|uuid|commit|fingerprint|thumbprint|nonce|correlation|request[_-]?id|trace[_-]?id|tenant|client[_-]?id|object[_-]?id|subscription[_-]?id|PublicKeyToken|instance[_-]?id/i;
const IDENT = /[A-Za-z_$@][\w.:$-]*/g;

/** Identifiers written on `line` before column `col`. */
function namesBefore(line: string, col: number): string[] {
  return line.slice(0, col).match(IDENT) ?? [];
}

/**
 * 32-hex literals that are Azure OpenAI keys by context: a key-like name before them on the same
 * line (or, for `value:` lines, on the line before, as in Kubernetes `env` lists), and either the
 * name itself says Azure OpenAI or an Azure OpenAI endpoint is written within `NEAR_LINES` lines.
 */
export function findContextualHexKeys(text: string): KeyLiteral[] {
  const out: KeyLiteral[] = [];
  const re = new RegExp(HEX32.source, 'g');
  const candidates: { index: number; value: string; key: string; encoded: boolean }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) candidates.push({ index: m.index, value: m[0], key: m[0], encoded: false });
  if (text.includes('=')) for (const e of encodedKeys(text, true)) if (e.key.length === 32) candidates.push({ index: e.index, value: e.run, key: e.key, encoded: true });
  let lineStarts: number[] | undefined;
  for (const c of candidates) {
    const value = c.value;
    if (looksGenerated(c.key)) continue;
    lineStarts ??= computeLineStarts(text);
    const lineNo = lineAt(lineStarts, c.index);
    const line = lineText(text, lineStarts, lineNo);
    const col = c.index - lineStarts[lineNo];
    let names = namesBefore(line, col);
    if (/\bvalue["']?\s*[:=]\s*["']?$/i.test(line.slice(0, col)) && lineNo > 0) {
      names = [...namesBefore(lineText(text, lineStarts, lineNo - 1), Infinity), ...names];
    }
    if (names.some((n) => NOT_A_KEY.test(n)) || NOT_A_KEY.test(line.slice(0, col))) continue;
    const keyNames = names.filter((n) => KEY_LIKE.test(n) || isAzureKeyName(n));
    if (keyNames.length === 0 || keyNames.some((n) => OTHER_SERVICE.test(n))) continue;
    if (!keyNames.some((n) => isAzureKeyName(n)) && !endpointNear(text, lineStarts, lineNo)) continue;
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
