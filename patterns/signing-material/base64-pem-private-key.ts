import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import opensshPrivateKey from './openssh-private-key.js';
import pemPrivateKey from './pem-private-key.js';
import { wrapBase64 } from './support/armor.js';
import { sampleKeyDer, type SampleKeyKind } from './support/der.js';

const id = 'base64-pem-private-key';

/** The armored detectors a decoded file is handed to, with their regexes compiled once. */
const ARMORED: readonly (readonly [Detector, RegExp])[] = [pemPrivateKey, opensshPrivateKey].map((d) => [d, new RegExp(d.regex.source, 'u')] as const);

/** True when the decoded text holds a private key block that the armored detectors accept. */
function holdsPrivateKey(decoded: string): boolean {
  return ARMORED.some(([detector, regex]) => {
    const m = regex.exec(decoded);
    const secret = m?.groups?.secret;
    if (!m || secret === undefined) return false;
    return detector.validate?.(secret, { match: m[0], groups: m.groups ?? {}, syntax: 'text', line: '' }) ?? true;
  });
}

const encoded = (label: string, seed: string, kind: SampleKeyKind): string =>
  Buffer.from(`-----BEGIN ${label}-----\n${wrapBase64(sampleKeyDer(seed, kind))}\n-----END ${label}-----\n`).toString('base64');

/**
 * A whole PEM file encoded once more in base64, as Kubernetes stores it
 * (kubeconfig `client-key-data`, Secret `tls.key`, Helm values): the value
 * starts with the encoding of `-----BEGIN` and decodes to a private key the
 * PEM and OpenSSH detectors accept. Certificates and public keys decode to
 * other labels and pass.
 */
export default defineDetector({
  id,
  name: 'Base64-encoded PEM private key',
  category: 'signing-material',
  severity: 'error',
  description: 'Base64-encoded PEM or OpenSSH private key files (kubeconfig client-key-data, Kubernetes Secret tls.key) that decode to a real key.',
  regex: /(?<![A-Za-z0-9+/])(?<secret>LS0tLS1CRUdJTi[A-Za-z0-9+/]{80,16000}={0,2})(?![A-Za-z0-9+/=])/u,
  keywords: ['ls0tls1crudjti'],
  skipSynthetic: true,
  validate: (secret) => {
    const decoded = decodeBase64(secret)?.toString('latin1');
    return decoded !== undefined && /^-----BEGIN (?:RSA |EC |DSA |ENCRYPTED |OPENSSH )?PRIVATE KEY-----/u.test(decoded) && holdsPrivateKey(decoded);
  },
  references: ['https://kubernetes.io/docs/concepts/configuration/organize-cluster-access-kubeconfig/', 'https://kubernetes.io/docs/concepts/configuration/secret/#tls-secrets'],
  samples: () => ({
    positive: [
      encoded('RSA PRIVATE KEY', `${id}1`, 'rsa'),
      encoded('EC PRIVATE KEY', `${id}2`, 'ec'),
      encoded('PRIVATE KEY', `${id}3`, 'pkcs8'),
    ],
    negative: [
      // A certificate (client-certificate-data) decodes to another label.
      Buffer.from(`-----BEGIN CERTIFICATE-----\n${wrapBase64(sampleKeyDer(`${id}4`, 'pkcs8'))}\n-----END CERTIFICATE-----\n`).toString('base64'),
      // A placeholder body.
      Buffer.from('-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA...your key here...\n-----END RSA PRIVATE KEY-----\n').toString('base64'),
      // A truncated key: its DER length runs past the body.
      Buffer.from(`-----BEGIN PRIVATE KEY-----\n${wrapBase64(sampleKeyDer(`${id}5`, 'pkcs8').subarray(0, 300))}\n-----END PRIVATE KEY-----\n`).toString('base64'),
      'LS0tLS1CRUdJTiBQUklWQVRFIEtFWS0tLS0t',
    ],
  }),
});
