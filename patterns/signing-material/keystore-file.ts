import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';

const id = 'keystore-file';

/**
 * Keystore files (PKCS#12 `.p12`/`.pfx`, Java `.jks`/`.keystore`, JCEKS, BKS)
 * hold private keys in a binary container. The scanner hands each one to the
 * engine as a descriptor line, the SHA-256 of its bytes then its format
 * (src/scanner/keystore.ts); this detector reports that line, so that the
 * finding names the file and never holds any of its bytes.
 */
export default defineDetector({
  id,
  name: 'Keystore file',
  category: 'signing-material',
  severity: 'error',
  description:
    'Keystore files (PKCS#12 .p12/.pfx, Java KeyStore .jks/.keystore, JCEKS, BKS) holding private or secret keys, reported by type and digest; truststores of certificates only are not.',
  regex: /(?<![0-9a-f])(?<secret>[0-9a-f]{64}) boundary-guard keystore: (?<format>pkcs12|jks|jceks|bks)(?![\w-])/u,
  keywords: ['boundary-guard keystore:'],
  // The digest is random by construction.
  skipSynthetic: true,
  references: ['https://www.rfc-editor.org/rfc/rfc7292', 'https://docs.oracle.com/en/java/javase/21/docs/specs/man/keytool.html'],
  samples: () => ({
    positive: [`${r(`${id}1`, HEX, 64)} boundary-guard keystore: pkcs12`, `${r(`${id}2`, HEX, 64)} boundary-guard keystore: jks`],
    negative: ['<sha256> boundary-guard keystore: pkcs12', `${r(`${id}3`, HEX, 64)} keystore: pkcs12`, 'keystore.p12'],
  }),
});
