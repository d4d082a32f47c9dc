import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { randomBase64Lines } from '../support/sample-builder.js';
import { armoredLines, seededBytes, variedBody } from './support/armor.js';

const id = 'pem-private-key';

const pem = (label: string, body: string): string => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;

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
  // The DER check and variedBody() stand in for the registry, whose word list random bodies can trip.
  skipSynthetic: true,
  validate: (secret, { match }) => {
    // BEGIN and END must name the same key type.
    const labels = /-----BEGIN ([A-Z ]{3,40})-----[\s\S]*-----END ([A-Z ]{3,40})-----$/u.exec(match);
    if (labels?.[1] !== labels?.[2]) return false;
    const lines = armoredLines(secret);
    const headers = lines.filter((line) => line.includes(':'));
    const body = lines.filter((line) => !line.includes(':'));
    const bytes = decodeBase64(body.join(''));
    if (bytes === undefined || bytes.length < 64 || !variedBody(body)) return false;
    // Legacy OpenSSL encryption (RFC 1421 headers) leaves no DER structure to check.
    if (headers.some((h) => /^Proc-Type:\s*4,\s*ENCRYPTED/iu.test(h)) && headers.some((h) => /^DEK-Info:/iu.test(h))) return true;
    // DER private keys start with a SEQUENCE tag.
    return bytes[0] === 0x30;
  },
  references: ['https://www.rfc-editor.org/rfc/rfc7468', 'https://www.rfc-editor.org/rfc/rfc5958'],
  samples: () => ({
    positive: [
      pem('RSA PRIVATE KEY', `MIIEo${randomBase64Lines(`${id}1`, 600).slice(5)}`),
      pem('PRIVATE KEY', `MIIEv${randomBase64Lines(`${id}2`, 900).slice(5)}`),
      pem('EC PRIVATE KEY', `MHcCAQEE${randomBase64Lines(`${id}3`, 90).slice(8)}`),
      pem('DSA PRIVATE KEY', `MIIBuw${randomBase64Lines(`${id}6`, 420).slice(6)}`),
      pem('ENCRYPTED PRIVATE KEY', `MIIFLT${randomBase64Lines(`${id}7`, 1000).slice(6)}`),
      pem('RSA PRIVATE KEY', `Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,${seededBytes(`${id}8`, 16).toString('hex').toUpperCase()}\n\n${randomBase64Lines(`${id}9`, 1200)}`),
    ],
    negative: [
      pem('PUBLIC KEY', `MIIBIj${randomBase64Lines(`${id}4`, 280).slice(6)}`),
      pem('CERTIFICATE', `MIIDdz${randomBase64Lines(`${id}5`, 600).slice(6)}`),
      pem('RSA PRIVATE KEY', '...'),
      pem('PRIVATE KEY', '<your private key here>'),
      // Random bytes without DER structure: a mangled or invented body.
      pem('PRIVATE KEY', `/${randomBase64Lines(`${id}10`, 600).slice(1)}`),
    ],
  }),
});
