import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { randomBase64Lines } from '../support/sample-builder.js';

const id = 'pem-private-key';

/** Drops comment leaders, quotes and concatenation around one line of a PEM body. */
function stripQuoting(line: string): string {
  const edge = new Set([' ', '\t', '\r', '/', '#', '*', '"', "'", ',', '+', ';']);
  let start = 0;
  let end = line.length;
  while (start < end && edge.has(line.charAt(start))) start++;
  while (end > start && edge.has(line.charAt(end - 1))) end--;
  return line.slice(start, end);
}

const pem = (label: string, body: string): string => `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----`;

export default defineDetector({
  id,
  name: 'PEM private key',
  category: 'signing-material',
  severity: 'error',
  description: 'PEM-encoded private keys (RSA, EC, DSA, PKCS#8, encrypted PKCS#8) with a real base64 body.',
  regex:
    /-----BEGIN (?<label>(?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY)-----(?<secret>(?:[A-Za-z0-9/+=:\s\\"',#*]|-(?!----)){64,12000}?)-----END \k<label>-----/u,
  keywords: ['private key-----'],
  multiline: true,
  validate: (secret) => {
    const body = secret
      .replace(/\\[rn]/gu, '\n')
      .split('\n')
      .map((line) => stripQuoting(line))
      .filter((line) => line.length > 0 && !line.includes(':'))
      .join('');
    const bytes = decodeBase64(body);
    // DER private keys start with a SEQUENCE tag.
    return bytes !== undefined && bytes.length >= 64 && bytes[0] === 0x30;
  },
  references: ['https://www.rfc-editor.org/rfc/rfc7468'],
  samples: () => ({
    positive: [
      pem('RSA PRIVATE KEY', `MIIEo${randomBase64Lines(`${id}1`, 600).slice(5)}`),
      pem('PRIVATE KEY', `MIIEv${randomBase64Lines(`${id}2`, 900).slice(5)}`),
      pem('EC PRIVATE KEY', `MHcCAQEE${randomBase64Lines(`${id}3`, 90).slice(8)}`),
    ],
    negative: [
      pem('PUBLIC KEY', `MIIBIj${randomBase64Lines(`${id}4`, 280).slice(6)}`),
      pem('CERTIFICATE', `MIIDdz${randomBase64Lines(`${id}5`, 600).slice(6)}`),
      pem('RSA PRIVATE KEY', '...'),
      pem('PRIVATE KEY', '<your private key here>'),
    ],
  }),
});
