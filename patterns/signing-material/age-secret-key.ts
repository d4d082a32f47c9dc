import { defineDetector } from '../../src/engine/define-detector.js';
import { seededBytes } from './support/armor.js';

const id = 'age-secret-key';

/** The bech32 alphabet (BIP 173), in value order. */
const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const HRP = 'age-secret-key-';

/** The bech32 checksum state over 5-bit values. */
function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const value of values) {
    const top = chk >>> 25;
    chk = (((chk & 0x1ffffff) << 5) ^ value) >>> 0;
    GENERATORS.forEach((g, i) => {
      if ((top >>> i) & 1) chk = (chk ^ g) >>> 0;
    });
  }
  return chk;
}

/** The human-readable part spread into 5-bit values, as the checksum reads it. */
function expandHrp(hrp: string): number[] {
  const codes = [...hrp].map((c) => c.charCodeAt(0));
  return [...codes.map((c) => c >>> 5), 0, ...codes.map((c) => c & 31)];
}

/** True when an `AGE-SECRET-KEY-1…` string carries a valid bech32 checksum. */
function checksumValid(secret: string): boolean {
  const lower = secret.toLowerCase();
  const data = [...lower.slice(HRP.length + 1)].map((c) => BECH32.indexOf(c));
  if (data.some((v) => v < 0)) return false;
  return polymod([...expandHrp(HRP), ...data]) === 1;
}

/** An age identity line for 32 seeded key bytes, checksum included. */
function identity(seed: string): string {
  const data: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const byte of seededBytes(seed, 32)) {
    acc = (acc << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      data.push((acc >>> bits) & 31);
    }
  }
  if (bits > 0) data.push((acc << (5 - bits)) & 31);
  const mod = polymod([...expandHrp(HRP), ...data, 0, 0, 0, 0, 0, 0]) ^ 1;
  for (let i = 0; i < 6; i++) data.push((mod >>> (5 * (5 - i))) & 31);
  return `${HRP}1${data.map((v) => BECH32.charAt(v)).join('')}`.toUpperCase();
}

export default defineDetector({
  id,
  name: 'age secret key',
  category: 'signing-material',
  severity: 'error',
  description: 'age encryption identities (AGE-SECRET-KEY-1 + 58 bech32 characters), with their bech32 checksum checked offline.',
  regex: /(?:(?<![\w-])|(?<=\\[nrt]))(?<secret>AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58})(?![\w-])/u,
  keywords: ['age-secret-key-1'],
  publicPrefix: /^AGE-SECRET-KEY-1/u,
  validate: (secret) => checksumValid(secret),
  // The checksum stands in for the registry, whose word list random bodies can trip.
  skipSynthetic: true,
  references: ['https://age-encryption.org/v1', 'https://github.com/FiloSottile/age'],
  samples: () => ({
    positive: [
      identity(`${id}1`),
      `# created: 2024-01-01T00:00:00Z\n# public key: age1${'q'.repeat(58)}\n${identity(`${id}2`)}`,
      { key: 'SOPS_AGE_KEY', value: identity(`${id}3`) },
    ],
    negative: [
      // A well-formed key whose last checksum character is changed.
      identity(`${id}4`).replace(/.$/u, (c) => (c === 'Q' ? 'P' : 'Q')),
      `AGE-SECRET-KEY-1${'Q'.repeat(58)}`,
      'AGE-SECRET-KEY-1...',
      // Lower case is not how age writes identities.
      identity(`${id}5`).toLowerCase(),
      identity(`${id}6`).slice(0, 60),
    ],
  }),
});
