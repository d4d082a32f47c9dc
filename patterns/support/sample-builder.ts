/**
 * Builds sample secrets from a fixed seed, so that no realistic token is ever
 * written into the repository: tests assemble them at run time.
 */

export const ALPHA = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
export const ALPHA_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
export const LOWER_NUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
export const UPPER_NUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
export const HEX = '0123456789abcdef';
export const DIGITS = '0123456789';
export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
export const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A small deterministic PRNG (mulberry32) seeded from a string. */
export function seededRandom(seed: string): () => number {
  let state = 0x9e3779b9;
  for (let i = 0; i < seed.length; i++) state = Math.imul(state ^ seed.charCodeAt(i), 0x85ebca6b) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `length` characters of `alphabet`, chosen by a PRNG seeded with `seed`. */
export function randomString(seed: string, alphabet: string, length: number): string {
  const next = seededRandom(seed);
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)] ?? '';
  return out;
}

/** Base64 of `bytes` pseudo-random bytes, wrapped at 64 columns like PEM bodies. */
export function randomBase64Lines(seed: string, bytes: number, width = 64): string {
  const next = seededRandom(seed);
  const buffer = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buffer[i] = Math.floor(next() * 256);
  const body = buffer.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  return lines.join('\n');
}

/** Base64url of a JSON value, without padding (JWT segments). */
export function base64UrlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/**
 * A company's name for samples: a made-up word of three syllables from a
 * seeded PRNG, then one of `kinds` (`Logistics`, `Freight Ltd`).
 */
export function companyName(seed: string, kinds: readonly string[]): string {
  const next = seededRandom(seed);
  const syllable = (): string => 'bdfghklmnprstvw'.charAt(Math.floor(next() * 15)) + 'aeiou'.charAt(Math.floor(next() * 5));
  const word = `${syllable()}${syllable()}${syllable()}`;
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${kinds[Math.floor(next() * kinds.length)] ?? kinds[0] ?? ''}`.trim();
}
