import { createHash } from 'node:crypto';

/** Hex SHA-256 of `value`, cut to `length` characters. */
export function sha256Hex(value: string, length = 64): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, length);
}
