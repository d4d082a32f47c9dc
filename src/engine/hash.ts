import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Hex SHA-256 of `value`, cut to `length` characters. Not for values: outputs hash them with `keyedHex`. */
export function sha256Hex(value: string, length = 64): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, length);
}

/**
 * Hex HMAC-SHA-256 of `value` under `key`, cut to `length` characters. Every
 * hash of a value that reaches an output (value hash, preview, fingerprint)
 * is keyed, so that someone without the key cannot confirm a guessed value
 * by hashing it.
 */
export function keyedHex(key: string, value: string, length = 64): string {
  return createHmac('sha256', key).update(value, 'utf8').digest('hex').slice(0, length);
}

/** A fresh random key: 32 bytes as 64 hex characters. */
export function randomHashKey(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The key an engine uses when none is given: random, made once per process.
 * Hashes made with it match within the process (the CLI and the ESLint
 * plugin in one run) and nowhere else.
 */
export const PROCESS_HASH_KEY = randomHashKey();

/** The environment variable a repository's hash key can be given in (a CI secret). */
export const HASH_KEY_ENV = 'BOUNDARY_GUARD_HASH_KEY';

/** The shortest hash key accepted: 16 characters. */
export const MIN_HASH_KEY_LENGTH = 16;

/** A usable key: 16 to 1024 printable ASCII characters, no space at either end. */
export function isValidHashKey(key: string): boolean {
  return key.length >= MIN_HASH_KEY_LENGTH && key.length <= 1024 && /^[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?$/u.test(key);
}

/**
 * The key given in `BOUNDARY_GUARD_HASH_KEY`, if set. Read by the surfaces
 * (scanner, ESLint plugin, library default), never by an engine itself. A
 * malformed key throws, with a message that does not echo it.
 */
export function hashKeyFromEnv(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const key = env[HASH_KEY_ENV];
  if (key === undefined || key === '') return undefined;
  if (!isValidHashKey(key)) throw new TypeError(`${HASH_KEY_ENV} must be ${MIN_HASH_KEY_LENGTH} to 1024 printable ASCII characters`);
  return key;
}
