import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { armoredLines, crc24, seededBytes, variedBody, wrapBase64 } from './support/armor.js';

const id = 'pgp-private-key-block';

/** An armored block of `label` around `packet`, with armor headers and the CRC-24 line. */
function armor(label: string, packet: Buffer, headers: string[]): string {
  const crc = Buffer.from([(crc24(packet) >> 16) & 0xff, (crc24(packet) >> 8) & 0xff, crc24(packet) & 0xff]).toString('base64');
  const head = headers.length > 0 ? `${headers.join('\n')}\n` : '';
  return `-----BEGIN PGP ${label}-----\n${head}\n${wrapBase64(packet, 64)}\n=${crc}\n-----END PGP ${label}-----`;
}

/** A secret-key packet: old format (two-octet length) for RSA, new format for EdDSA. */
function secretKeyPacket(seed: string, format: 'old' | 'new'): Buffer {
  const created = Buffer.from([0x66, 0x2b, 0x1f, 0x40]);
  if (format === 'old') {
    const body = Buffer.concat([Buffer.from([0x04]), created, Buffer.from([0x01]), seededBytes(seed, 960)]);
    return Buffer.concat([Buffer.from([0x95, body.length >> 8, body.length & 0xff]), body]);
  }
  const body = Buffer.concat([Buffer.from([0x04]), created, Buffer.from([0x16]), seededBytes(seed, 130)]);
  return Buffer.concat([Buffer.from([0xc5, body.length]), body]);
}

/** True when `byte` opens a Secret-Key packet (tag 5) in the old or new packet format. */
function isSecretKeyTag(byte: number | undefined): boolean {
  if (byte === undefined || (byte & 0x80) === 0) return false;
  const tag = byte & 0x40 ? byte & 0x3f : (byte >> 2) & 0x0f;
  return tag === 5;
}

export default defineDetector({
  id,
  name: 'PGP private key block',
  category: 'signing-material',
  severity: 'error',
  description: 'ASCII-armored OpenPGP private key blocks whose body opens with a Secret-Key packet.',
  regex:
    /-----BEGIN PGP PRIVATE KEY BLOCK-----(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?<secret>(?:[A-Z][A-Za-z-]{1,20}: [^\r\n\\]{1,200}(?:\r?\n|(?:\\r)?\\n)(?:[\s"'`,;*#+]|\\[rnt]){0,16}){0,6}[A-Za-z0-9/][A-Za-z0-9/+=\s\\"'`,;#*]{62,30000})-----END PGP PRIVATE KEY BLOCK-----/u,
  keywords: ['begin pgp private key block'],
  multiline: true,
  reach: 'match',
  // The packet check and variedBody() stand in for the registry, whose word list random bodies can trip.
  skipSynthetic: true,
  validate: (secret) => {
    // Armor headers (`Version: …`) and the CRC-24 line (`=abcd`) are not packet data.
    const body = armoredLines(secret).filter((line) => !line.includes(':') && !/^=[A-Za-z0-9+/]{4}$/u.test(line));
    const bytes = decodeBase64(body.join(''));
    return bytes !== undefined && bytes.length >= 64 && isSecretKeyTag(bytes[0]) && variedBody(body);
  },
  references: ['https://www.rfc-editor.org/rfc/rfc9580#section-5.5', 'https://www.rfc-editor.org/rfc/rfc4880#section-6.2'],
  samples: () => ({
    positive: [
      armor('PRIVATE KEY BLOCK', secretKeyPacket(`${id}1`, 'old'), ['Version: GnuPG v2']),
      armor('PRIVATE KEY BLOCK', secretKeyPacket(`${id}2`, 'new'), []),
      armor('PRIVATE KEY BLOCK', secretKeyPacket(`${id}3`, 'new'), ['Comment: release signing subkey']),
    ],
    negative: [
      // A public key (tag 6) and a message are published on purpose.
      armor('PUBLIC KEY BLOCK', Buffer.concat([Buffer.from([0x99, 0x01, 0x0d, 0x04]), seededBytes(`${id}4`, 269)]), []),
      armor('MESSAGE', Buffer.concat([Buffer.from([0x85, 0x01, 0x0c]), seededBytes(`${id}5`, 268)]), []),
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBGX...\n...\n-----END PGP PRIVATE KEY BLOCK-----',
      '-----BEGIN PGP PRIVATE KEY BLOCK-----\n<paste the armored private key exported with gpg --export-secret-keys --armor>\n-----END PGP PRIVATE KEY BLOCK-----',
      armor('PRIVATE KEY BLOCK', Buffer.concat([Buffer.from([0x99, 0x01, 0x0d, 0x04]), seededBytes(`${id}6`, 269)]), []),
    ],
  }),
});
