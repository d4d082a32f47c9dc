import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { seededBytes, variedBody } from './support/armor.js';

const id = 'minisign-secret-key';

/** Encoded length of a secret key: algorithms (6), KDF salt and limits (48), key id, key and checksum (104). */
const SECRET_KEY_BYTES = 158;

/** A minisign secret key line: `Ed`, KDF (`Sc` scrypt or none), `B2`, then seeded key material. */
function secretKey(seed: string, encrypted: boolean): string {
  const kdf = encrypted
    ? Buffer.concat([Buffer.from('Sc', 'latin1'), Buffer.from('B2', 'latin1'), seededBytes(`${seed}s`, 32), Buffer.from([0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 64, 0, 0, 0, 0])])
    : Buffer.concat([Buffer.from([0, 0]), Buffer.from('B2', 'latin1'), Buffer.alloc(48)]);
  return Buffer.concat([Buffer.from('Ed', 'latin1'), kdf, seededBytes(`${seed}k`, 104)]).toString('base64');
}

export default defineDetector({
  id,
  name: 'Minisign secret key',
  category: 'signing-material',
  severity: 'error',
  description: 'Minisign / rsign secret keys: the base64 line after "untrusted comment: minisign encrypted secret key" (RWRTY0Iy… or RWQAAEIy…).',
  regex: /(?:(?<![A-Za-z0-9+/])|(?<=\\[nrt]))(?<secret>RW(?:RTY0Iy|QAAEIy)[A-Za-z0-9+/]{196,210}={0,2})(?![A-Za-z0-9+/=])/u,
  keywords: ['rwrty0iy', 'rwqaaeiy'],
  // The structure check and variedBody() stand in for the registry, whose word list random bodies can trip.
  skipSynthetic: true,
  validate: (secret) => {
    const bytes = decodeBase64(secret);
    if (bytes?.length !== SECRET_KEY_BYTES) return false;
    const algorithms = bytes.subarray(0, 6).toString('latin1');
    // The KDF fields of an unencrypted key are zeros; only the key material must look random.
    return (algorithms === 'EdScB2' || algorithms === 'Ed\u0000\u0000B2') && variedBody([bytes.subarray(54).toString('base64')]);
  },
  references: ['https://jedisct1.github.io/minisign/'],
  samples: () => ({
    positive: [
      `untrusted comment: minisign encrypted secret key\n${secretKey(`${id}1`, true)}`,
      secretKey(`${id}2`, true),
      `untrusted comment: minisign secret key\n${secretKey(`${id}3`, false)}`,
    ],
    negative: [
      // Public keys and signatures are published on purpose.
      `untrusted comment: minisign public key 1B2C3D4E5F607182\n${Buffer.concat([Buffer.from('Ed', 'latin1'), seededBytes(`${id}4`, 40)]).toString('base64')}`,
      'untrusted comment: minisign encrypted secret key\nRWRTY0Iy...',
      // Right prefix, wrong length: a truncated copy.
      secretKey(`${id}5`, true).slice(0, 180),
      `RWRTY0Iy${seededBytes(`${id}6`, 150).toString('base64').slice(8)}`,
    ],
  }),
});
