import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { armoredLines, seededBytes, variedBody, wrapBase64 } from './support/armor.js';

const id = 'cosign-private-key';

/** The encrypted-key envelope cosign and sigstore write (scrypt + nacl/secretbox), base64 in a PEM block. */
function envelope(seed: string): Record<string, unknown> {
  return {
    kdf: { name: 'scrypt', params: { N: 65536, r: 8, p: 1 }, salt: seededBytes(`${seed}s`, 32).toString('base64') },
    cipher: { name: 'nacl/secretbox', nonce: seededBytes(`${seed}n`, 24).toString('base64') },
    ciphertext: seededBytes(`${seed}c`, 156).toString('base64'),
  };
}

const block = (label: string, json: unknown): string =>
  `-----BEGIN ${label}-----\n${wrapBase64(Buffer.from(JSON.stringify(json), 'utf8'), 64)}\n-----END ${label}-----`;

export default defineDetector({
  id,
  name: 'Cosign private key',
  category: 'signing-material',
  severity: 'error',
  description: 'Encrypted cosign / sigstore private keys whose body is the scrypt + secretbox key envelope.',
  regex:
    /-----BEGIN ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?<secret>[A-Za-z0-9/][A-Za-z0-9/+=\s\\"'`,;#*]{62,20000})-----END ENCRYPTED (?:SIGSTORE|COSIGN) PRIVATE KEY-----/u,
  keywords: ['encrypted sigstore private key', 'encrypted cosign private key'],
  multiline: true,
  reach: 'match',
  // The envelope check and variedBody() stand in for the registry, whose word list random bodies can trip.
  skipSynthetic: true,
  validate: (secret) => {
    const lines = armoredLines(secret);
    const bytes = decodeBase64(lines.join(''));
    if (bytes === undefined || bytes.length < 64 || !variedBody(lines)) return false;
    try {
      const parsed = JSON.parse(bytes.toString('utf8')) as unknown;
      if (typeof parsed !== 'object' || parsed === null) return false;
      const { kdf, cipher, ciphertext } = parsed as Record<string, unknown>;
      return typeof kdf === 'object' && typeof cipher === 'object' && typeof ciphertext === 'string' && ciphertext.length >= 32;
    } catch {
      return false;
    }
  },
  references: ['https://github.com/sigstore/cosign/blob/main/specs/KEY_SPEC.md'],
  samples: () => ({
    positive: [block('ENCRYPTED SIGSTORE PRIVATE KEY', envelope(`${id}1`)), block('ENCRYPTED COSIGN PRIVATE KEY', envelope(`${id}2`))],
    negative: [
      `-----BEGIN PUBLIC KEY-----\n${wrapBase64(Buffer.concat([Buffer.from('3059301306072a8648ce3d020106082a8648ce3d030107034200', 'hex'), seededBytes(`${id}3`, 65)]))}\n-----END PUBLIC KEY-----`,
      '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----\n...\n-----END ENCRYPTED SIGSTORE PRIVATE KEY-----',
      // A body that is not the key envelope.
      `-----BEGIN ENCRYPTED COSIGN PRIVATE KEY-----\n${wrapBase64(seededBytes(`${id}4`, 300))}\n-----END ENCRYPTED COSIGN PRIVATE KEY-----`,
      block('ENCRYPTED COSIGN PRIVATE KEY', { kdf: { name: 'scrypt' }, cipher: { name: 'nacl/secretbox' }, ciphertext: '<ciphertext>' }),
    ],
  }),
});
