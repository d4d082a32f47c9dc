import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { armoredLines, seededBytes, variedBody, wrapBase64 } from './support/armor.js';

const id = 'putty-private-key';

/** A PuTTY key file: public and private blobs wrapped at 64 columns, as PuTTYgen writes them. */
function ppk(version: 2 | 3, algorithm: string, seed: string, privateBytes: number, encrypted: boolean): string {
  const publicLines = wrapBase64(seededBytes(`${seed}p`, 51), 64).split('\n');
  const privateLines = wrapBase64(seededBytes(`${seed}k`, privateBytes), 64).split('\n');
  const kdf =
    version === 3 && encrypted
      ? ['Key-Derivation: Argon2id', 'Argon2-Memory: 8192', 'Argon2-Passes: 21', 'Argon2-Parallelism: 1', `Argon2-Salt: ${seededBytes(`${seed}s`, 16).toString('hex')}`]
      : [];
  return [
    `PuTTY-User-Key-File-${version}: ${algorithm}`,
    `Encryption: ${encrypted ? 'aes256-cbc' : 'none'}`,
    `Comment: ${algorithm.replace(/^ssh-/u, '')}-key-20250114`,
    `Public-Lines: ${publicLines.length}`,
    ...publicLines,
    ...kdf,
    `Private-Lines: ${privateLines.length}`,
    ...privateLines,
    `Private-MAC: ${seededBytes(`${seed}m`, version === 3 ? 32 : 20).toString('hex')}`,
  ].join('\n');
}

export default defineDetector({
  id,
  name: 'PuTTY private key',
  category: 'signing-material',
  severity: 'error',
  description: 'PuTTY private key files (PuTTY-User-Key-File-2/3) with a Private-Lines body of the declared length.',
  regex:
    /PuTTY-User-Key-File-[23]: ?[A-Za-z0-9@.-]{3,60}(?:(?:\r?\n|(?:\\r)?\\n)(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?!Private-Lines)[^\s\\"'`,;*#][^\r\n\\]{0,199}){1,60}(?:\r?\n|(?:\\r)?\\n)(?:[\s"'`,;*#+]|\\[rnt]){0,16}Private-Lines: ?(?<lines>\d{1,3})(?:\r?\n|(?:\\r)?\\n)(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?<secret>[A-Za-z0-9/][A-Za-z0-9/+=\s\\"'`,;#*]{15,20000})Private-MAC:/u,
  keywords: ['putty-user-key-file-'],
  multiline: true,
  reach: 'match',
  // The line count and variedBody() stand in for the registry, whose word list random bodies can trip.
  skipSynthetic: true,
  validate: (secret, { groups }) => {
    const lines = armoredLines(secret);
    if (lines.length !== Number(groups.lines)) return false;
    const bytes = decodeBase64(lines.join(''));
    return bytes !== undefined && bytes.length >= 32 && variedBody(lines);
  },
  references: ['https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixC.html'],
  samples: () => ({
    positive: [ppk(2, 'ssh-rsa', `${id}1`, 660, false), ppk(3, 'ssh-ed25519', `${id}2`, 48, true), ppk(3, 'ecdsa-sha2-nistp256', `${id}3`, 40, false)],
    negative: [
      'PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy key\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI...\nPrivate-Lines: 1\n<private key lines>\nPrivate-MAC: <mac>',
      'PuTTY-User-Key-File-2: ssh-rsa\nEncryption: none\nComment: imported-openssh-key\nPublic-Lines: 6\n...\nPrivate-Lines: 14\nXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nPrivate-MAC: 0000000000000000000000000000000000000000',
      // The declared line count does not match the body: an edited paste, not a key file.
      ppk(2, 'ssh-rsa', `${id}4`, 660, false).replace(/Private-Lines: \d+/u, 'Private-Lines: 2'),
      `---- BEGIN SSH2 PUBLIC KEY ----\nComment: "rsa-key-20250114"\n${wrapBase64(seededBytes(`${id}5`, 279), 64)}\n---- END SSH2 PUBLIC KEY ----`,
    ],
  }),
});
