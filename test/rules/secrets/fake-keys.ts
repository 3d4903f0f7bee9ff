/**
 * Format-valid fake keys, generated at test time so no key-shaped literal is ever committed
 * (a committed one would trip secret scanners and look like a leak). The checksum fragment is
 * random, so these never authenticate anywhere.
 */
import { randomInt } from 'node:crypto';

const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

function random(alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[randomInt(alphabet.length)];
  return s;
}

/** An 84-character identifiable key: 52 base62, `JQQJ99`, date, 12 reserved, `AAAB`/`AAAA` + `ACOG`, 4 checksum. */
export function fakeIdentifiableKey(service: 'B' | 'A' | 'E' = 'B'): string {
  return random(BASE62, 52) + 'JQQJ99' + random(BASE62, 1) + 'ABCDEFGHIJKL'[randomInt(12)] + random(BASE62, 12) + 'AAA' + service + 'ACOG' + random(BASE62, 4);
}

/** A 32-character lowercase hex key (legacy format) with enough variety to pass as random. */
export function fakeHexKey(): string {
  for (;;) {
    const k = random(HEX, 32);
    // Not masked at both ends: the rule reads `1111…1111` as a fixture.
    if (new Set(k).size >= 10 && !(/^(.)\1{3}/.test(k) && /(.)\1{3}$/.test(k))) return k;
  }
}
