import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { armoredLines, seededBytes, variedBody, wrapBase64 } from './support/armor.js';

const id = 'openssh-private-key';

const MAGIC = 'openssh-key-v1\u0000';

/** An SSH wire string: uint32 length, then the bytes. */
const sshString = (value: string | Buffer): Buffer => {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'latin1') : value;
  const length = Buffer.alloc(4);
  length.writeUInt32BE(bytes.length);
  return Buffer.concat([length, bytes]);
};

/** An OpenSSH key file body: magic, cipher, KDF, one key, then seeded key material. */
function keyFile(seed: string, cipher: string, kdf: string, type: string, material: number): string {
  const kdfOptions = kdf === 'none' ? Buffer.alloc(0) : Buffer.concat([sshString(seededBytes(`${seed}s`, 16)), Buffer.from([0, 0, 0, 16])]);
  const body = Buffer.concat([
    Buffer.from(MAGIC, 'latin1'),
    sshString(cipher),
    sshString(kdf),
    sshString(kdfOptions),
    Buffer.from([0, 0, 0, 1]),
    sshString(Buffer.concat([sshString(type), sshString(seededBytes(`${seed}p`, 32))])),
    sshString(seededBytes(`${seed}k`, material)),
  ]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrapBase64(body, 70)}\n-----END OPENSSH PRIVATE KEY-----`;
}

export default defineDetector({
  id,
  name: 'OpenSSH private key',
  category: 'signing-material',
  severity: 'error',
  description: 'OpenSSH private keys (-----BEGIN OPENSSH PRIVATE KEY-----) whose body decodes to the openssh-key-v1 format, encrypted or not.',
  regex:
    /-----BEGIN OPENSSH PRIVATE KEY-----(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?<secret>[A-Za-z0-9/][A-Za-z0-9/+=\s\\"'`,;#*]{62,20000})-----END OPENSSH PRIVATE KEY-----/u,
  keywords: ['begin openssh private key'],
  multiline: true,
  reach: 'match',
  // The magic check and variedBody() stand in for the registry, whose word list random bodies can trip.
  skipSynthetic: true,
  validate: (secret) => {
    const lines = armoredLines(secret);
    const bytes = decodeBase64(lines.join(''));
    return bytes !== undefined && bytes.length >= 64 && bytes.subarray(0, MAGIC.length).toString('latin1') === MAGIC && variedBody(lines);
  },
  references: ['https://github.com/openssh/openssh-portable/blob/master/PROTOCOL.key'],
  samples: () => ({
    positive: [
      keyFile(`${id}1`, 'none', 'none', 'ssh-ed25519', 140),
      keyFile(`${id}2`, 'aes256-ctr', 'bcrypt', 'ssh-ed25519', 144),
      keyFile(`${id}3`, 'none', 'none', 'ssh-rsa', 1800),
    ],
    negative: [
      '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE...\n-----END OPENSSH PRIVATE KEY-----',
      '-----BEGIN OPENSSH PRIVATE KEY-----\n<paste your private key here>\n-----END OPENSSH PRIVATE KEY-----',
      // A body that is not openssh-key-v1.
      `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrapBase64(seededBytes(`${id}4`, 400), 70)}\n-----END OPENSSH PRIVATE KEY-----`,
      `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${seededBytes(`${id}5`, 32).toString('base64').slice(0, 43)} deploy@build-01`,
    ],
  }),
});
