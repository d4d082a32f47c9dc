import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { seededBytes, variedBody } from './support/armor.js';

const id = 'signify-secret-key';

/** A signify secret key: pkalg, kdfalg, rounds, salt (16), checksum (8), key number (8), Ed25519 secret key (64). */
const SECRET_KEY_BYTES = 104;

function secretKey(seed: string, rounds: number): string {
  const header = Buffer.alloc(8);
  header.write('EdBK', 0, 'latin1');
  header.writeUInt32BE(rounds, 4);
  return Buffer.concat([header, seededBytes(seed, SECRET_KEY_BYTES - 8)]).toString('base64');
}

/**
 * OpenBSD signify secret keys (`untrusted comment: signify secret key`, then
 * the base64 key line starting RWRCSw, "EdBK"): they sign releases and
 * packages.
 */
export default defineDetector({
  id,
  name: 'signify secret key',
  category: 'signing-material',
  severity: 'error',
  description: 'OpenBSD signify secret keys (untrusted comment: signify secret key; base64 starting RWRCSw): Ed25519 keys that sign releases.',
  regex: /(?:(?<![A-Za-z0-9+/])|(?<=\\[nrt]))(?<secret>RWRCSw[A-Za-z0-9+/]{133}=?)(?![A-Za-z0-9+/=])/u,
  keywords: ['rwrcsw'],
  // The structure check and variedBody() stand in for the registry, whose word list random bodies can trip.
  skipSynthetic: true,
  validate: (secret) => {
    const bytes = decodeBase64(secret);
    return bytes?.length === SECRET_KEY_BYTES && bytes.subarray(0, 4).toString('latin1') === 'EdBK' && variedBody([bytes.subarray(40).toString('base64')]);
  },
  references: ['https://man.openbsd.org/signify.1', 'https://github.com/aperezdc/signify'],
  samples: () => ({
    positive: [`untrusted comment: signify secret key\n${secretKey(`${id}1`, 42)}`, secretKey(`${id}2`, 0)],
    negative: [
      // Public keys ("Ed" + key number + key) are published on purpose.
      `untrusted comment: signify public key\n${Buffer.concat([Buffer.from('Ed', 'latin1'), seededBytes(`${id}3`, 40)]).toString('base64')}`,
      'untrusted comment: signify secret key\nRWRCSwAAAC...',
      secretKey(`${id}4`, 42).slice(0, 100),
      Buffer.concat([Buffer.from('EdBK\u0000\u0000\u0000\u002a', 'latin1'), Buffer.alloc(96)]).toString('base64'),
    ],
  }),
});
