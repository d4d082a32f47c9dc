import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { randomBase64Lines } from '../support/sample-builder.js';
import serviceAccountKey from '../connector-credential/gcp-service-account-key.js';
import { armoredLines, seededBytes, variedBody, wrapBase64 } from './support/armor.js';
import { isPrivateKeyDer, sampleKeyDer, type SampleKeyKind } from './support/der.js';

const id = 'pem-private-key';

const pem = (label: string, body: string): string => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;
const key = (label: string, seed: string, kind: SampleKeyKind): string => pem(label, wrapBase64(sampleKeyDer(seed, kind)));

const serviceAccountRegex = new RegExp(serviceAccountKey.regex.source, 'gu');

/**
 * True when the key at `offset` is the `private_key` of a service-account
 * key file that gcp-service-account-key reports: one finding for one key.
 */
function ownedByServiceAccountKey(text: string | undefined, offset: number | undefined): boolean {
  if (text === undefined || offset === undefined) return false;
  const start = Math.max(0, offset - 4000);
  const slice = text.slice(start, offset + 12000);
  if (!slice.includes('gserviceaccount.com')) return false;
  serviceAccountRegex.lastIndex = 0;
  for (let m = serviceAccountRegex.exec(slice); m !== null; m = serviceAccountRegex.exec(slice)) {
    const secret = m.groups?.secret;
    if (secret === undefined) continue;
    const at = start + m.index + m[0].indexOf(secret);
    if (at <= offset && offset < at + secret.length) {
      return serviceAccountKey.validate?.(secret, { match: m[0], groups: m.groups ?? {}, syntax: 'json', line: '' }) ?? true;
    }
  }
  return false;
}

export default defineDetector({
  id,
  name: 'PEM private key',
  category: 'signing-material',
  severity: 'error',
  description: 'PEM-encoded private keys (RSA, EC, DSA, PKCS#8, encrypted PKCS#8 and legacy encrypted PEM) with a real base64 body.',
  regex:
    /-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----(?:[\s"'`,;*#+]|\\[rnt]){0,16}(?<secret>(?:Proc-Type:[ \t]?4,[ \t]?ENCRYPTED(?:[\s"'`,;*#+]|\\[rnt]){1,16}DEK-Info:[ \t]?[A-Z0-9-]{3,30},[A-Fa-f0-9]{16,64}(?:[\s"'`,;*#+]|\\[rnt]){1,16})?[A-Za-z0-9/][A-Za-z0-9/+=\s\\"'`,;#*]{62,12000})-----END (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/u,
  keywords: ['private key-----'],
  multiline: true,
  reach: 'match',
  // The DER check and variedBody() stand in for the registry, whose word list random bodies can trip.
  skipSynthetic: true,
  validate: (secret, { match, text, offset }) => {
    // BEGIN and END must name the same key type.
    const labels = /-----BEGIN ([A-Z ]{3,40})-----[\s\S]*-----END ([A-Z ]{3,40})-----$/u.exec(match);
    if (labels?.[1] !== labels?.[2]) return false;
    const lines = armoredLines(secret);
    const headers = lines.filter((line) => line.includes(':'));
    const body = lines.filter((line) => !line.includes(':'));
    const bytes = decodeBase64(body.join(''));
    if (bytes === undefined || bytes.length < 40 || !variedBody(body)) return false;
    if (ownedByServiceAccountKey(text, offset)) return false;
    // Legacy OpenSSL encryption (RFC 1421 headers) leaves no DER structure to check.
    if (headers.some((h) => /^Proc-Type:\s*4,\s*ENCRYPTED/iu.test(h)) && headers.some((h) => /^DEK-Info:/iu.test(h))) return bytes.length >= 64;
    // One DER structure spanning the whole body: truncated "fake keys for regex checks" fail.
    return isPrivateKeyDer(bytes);
  },
  references: ['https://www.rfc-editor.org/rfc/rfc7468', 'https://www.rfc-editor.org/rfc/rfc5958'],
  samples: () => ({
    positive: [
      key('RSA PRIVATE KEY', `${id}1`, 'rsa'),
      key('PRIVATE KEY', `${id}2`, 'pkcs8'),
      key('EC PRIVATE KEY', `${id}3`, 'ec'),
      key('DSA PRIVATE KEY', `${id}6`, 'dsa'),
      key('ENCRYPTED PRIVATE KEY', `${id}7`, 'encrypted'),
      key('PRIVATE KEY', `${id}11`, 'ed25519'),
      pem('RSA PRIVATE KEY', `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,${seededBytes(`${id}8`, 16).toString('hex').toUpperCase()}\n\n${randomBase64Lines(`${id}9`, 1200)}`),
    ],
    negative: [
      pem('PUBLIC KEY', `MIIBIj${randomBase64Lines(`${id}4`, 280).slice(6)}`),
      pem('CERTIFICATE', `MIIDdz${randomBase64Lines(`${id}5`, 600).slice(6)}`),
      pem('RSA PRIVATE KEY', '...'),
      pem('PRIVATE KEY', '<your private key here>'),
      // Random bytes without DER structure: a mangled or invented body.
      pem('PRIVATE KEY', `/${randomBase64Lines(`${id}10`, 600).slice(1)}`),
      // A SEQUENCE header followed by random bytes: the declared length does not match the body.
      pem('PRIVATE KEY', `MIIEvQ${randomBase64Lines(`${id}12`, 900).slice(6)}`),
      // "Fake keys for regex checks": the first lines of a key, truncated.
      pem('RSA PRIVATE KEY', wrapBase64(sampleKeyDer(`${id}13`, 'rsa').subarray(0, 84))),
      // A public key (SubjectPublicKeyInfo: algorithm, then BIT STRING) between private-key markers.
      pem('PRIVATE KEY', wrapBase64(Buffer.concat([Buffer.from('30820122300d06092a864886f70d01010105000382010f00', 'hex'), seededBytes(`${id}14`, 270)]))),
    ],
  }),
});
