const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** The base32 alphabet of AWS key id bodies. */
export const AWS_BASE32 = BASE32;

/** The largest 12-digit AWS account number. */
export const MAX_AWS_ACCOUNT = 999_999_999_999;

/**
 * The AWS account an AKIA/ASIA access key id belongs to: bits 46..7 of the
 * first 48 bits of its base32 body. Real ids decode to a 12-digit account
 * number; undefined when the body is not base32.
 */
export function awsAccountOfKeyId(keyId: string): number | undefined {
  let value = 0n;
  for (const ch of keyId.slice(4, 14)) {
    const digit = BASE32.indexOf(ch);
    if (digit < 0) return undefined;
    value = (value << 5n) | BigInt(digit);
  }
  // Ten characters are 50 bits; keep the first 48.
  return Number(((value >> 2n) & 0x7fffffffff80n) >> 7n);
}
