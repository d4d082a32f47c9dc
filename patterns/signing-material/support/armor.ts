/**
 * Helpers for armored key blocks (PEM, OpenSSH, PGP, PuTTY, cosign) as they
 * sit in source files: inside string literals, comments, YAML block scalars,
 * JSON strings with `\n` escapes and `.env` values.
 */
import { seededRandom } from '../../support/sample-builder.js';

const EDGE = new Set([' ', '\t', '\r', '/', '#', '*', '"', "'", '`', ',', '+', ';', '\\']);

/** Drops comment leaders, quotes and concatenation around one line of an armored body. */
export function stripQuoting(line: string): string {
  let run = 0;
  while (run < line.length && EDGE.has(line.charAt(run))) run++;
  // Only quoting and concatenation (`" +`): nothing of the body on this line.
  if (run === line.length) return '';
  // A base64 line may also start with `+` or `/`: the leading run ends at its last non-base64 character.
  let start = run;
  while (start > 0 && /[A-Za-z0-9+/=]/u.test(line.charAt(start - 1))) start--;
  let end = line.length;
  while (end > start && EDGE.has(line.charAt(end - 1))) end--;
  // A base64 line may end in `+` or `/`; only quoting around it is an edge.
  while (end < line.length && /[A-Za-z0-9+/=]/u.test(line.charAt(end))) end++;
  return line.slice(start, end);
}

/** The lines of an armored body, unquoted and unescaped, empty lines dropped. */
export function armoredLines(body: string): string[] {
  return body
    .replace(/\\r\\n|\\n|\\r/gu, '\n')
    .split('\n')
    .map((line) => stripQuoting(line))
    .filter((line) => line.length > 0);
}

/** `bytes` pseudo-random bytes from `seed` (sample builder). */
export function seededBytes(seed: string, bytes: number): Buffer {
  const next = seededRandom(seed);
  const buffer = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buffer[i] = Math.floor(next() * 256);
  return buffer;
}

/** Base64 of `bytes`, wrapped at `width` columns. */
export function wrapBase64(bytes: Buffer, width = 64): string {
  const body = bytes.toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < body.length; i += width) lines.push(body.slice(i, i + width));
  return lines.join('\n');
}

/** CRC-24 of OpenPGP ASCII armor (RFC 4880 §6.1), for building samples. */
export function crc24(bytes: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

/**
 * True when an armored body is not a placeholder: long random bodies would
 * trip the synthetic registry's word list by chance, so key blocks check
 * variety themselves and skip the registry.
 */
export function variedBody(lines: readonly string[]): boolean {
  const body = lines.join('');
  if (body.length < 32) return false;
  const counts = new Map<string, number>();
  for (const ch of body) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  const most = Math.max(...counts.values());
  return counts.size >= 20 && most / body.length < 0.3;
}
