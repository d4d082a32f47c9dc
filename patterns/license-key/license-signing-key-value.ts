import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64, HEX, randomString as r } from '../support/sample-builder.js';

const id = 'license-signing-key-value';

const WORDS = ['sign', 'private', 'issuer', 'hmac', 'jwt', 'secret'];

/**
 * Secrets under licence-signing key names: whoever holds them can mint
 * licences. PEM private keys under these names are left to `pem-private-key`.
 */
export default defineDetector({
  id,
  name: 'Licence-signing secret',
  category: 'license-key',
  severity: 'error',
  description: 'High-entropy values under licence-signing key names (license_signing_key, LICENSE_SIGNING_SECRET, licencePrivateKey, …): they mint licences.',
  regex:
    /(?<key>licen[cs]e[_.-]?(?:(?:signing|sign|private|issuer|hmac|jwt)[_.-]?(?:key|secret|seed)|secret))["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?(?<secret>[a-z0-9+/_][a-z0-9+/=_.~-]{23,511})/iu,
  keywords: ['license', 'licence'].flatMap((l) => ['', '_', '-', '.'].flatMap((sep) => WORDS.map((w) => `${l}${sep}${w}`))),
  entropy: 3.5,
  validate: (secret) => /[0-9]/u.test(secret) && /[A-Za-z]/u.test(secret),
  samples: () => ({
    positive: [
      { key: 'license_signing_key', value: r(`${id}1`, BASE64, 44) },
      { key: 'LICENSE_SIGNING_SECRET', value: r(`${id}2`, HEX, 64) },
      { key: 'licencePrivateKey', value: r(`${id}3`, ALPHA_NUM, 48) },
    ],
    negative: [
      { key: 'license_signing_key', value: 'your-license-signing-key-here' },
      { key: 'LICENSE_SIGNING_SECRET', value: '${LICENSE_SIGNING_SECRET}' },
      { key: 'license_signing_key', value: 'process.env.LICENSE_SIGNING_KEY' },
      { key: 'license_verification_key', value: r(`${id}4`, BASE64, 44) },
      { key: 'license_signing_key', value: r(`${id}5`, ALPHA_NUM, 12) },
    ],
  }),
});
