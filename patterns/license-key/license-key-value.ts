import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, HEX, randomString as r } from '../support/sample-builder.js';

const id = 'license-key-value';

const KEYS = ['license', 'licence'].flatMap((l) => ['key', 'code', 'token', 'string'].map((k) => [l, k]));

/**
 * Any non-synthetic, key-shaped value under a licence-key name. Vendor
 * shapes (`CAVRA-LIC-…`, grouped keys, signed tokens) are claimed by their
 * own detectors first.
 */
export default defineDetector({
  id,
  name: 'Licence key under a licence key name',
  category: 'license-key',
  severity: 'error',
  description: 'Random-looking values under licence key names (license_key, licenseKey, LICENCE_TOKEN, activation_key, product_key): a working licence for the paid edition.',
  regex:
    /(?<key>licen[cs]e[_.-]?(?:key|code|token|string)|licen[cs]e["']?[ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,4}["']?(?:key|code|token)|activation[_.-]?(?:key|code)|product[_.-]?key)["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}["'`]?(?<secret>[a-z0-9][a-z0-9+/=_.:-]{15,511})/iu,
  keywords: [
    ...KEYS.flatMap(([l, k]) => ['', '_', '-', '.'].map((sep) => `${l ?? ''}${sep}${k ?? ''}`)),
    // Inline objects: {"license": {"key": …}}.
    'license"',
    "license'",
    'licence"',
    "licence'",
    ...['activation', 'product'].flatMap((w) => ['key', 'code'].flatMap((k) => ['', '_', '-', '.'].map((sep) => `${w}${sep}${k}`))),
  ],
  entropy: 3.2,
  validate: (secret) => {
    // A licence is random: digits and letters mixed; paths and names are not.
    const digits = secret.replace(/[^0-9]/gu, '').length;
    return digits >= 2 && /[A-Za-z]/u.test(secret) && !/\.(?:lic|key|pem|json|txt|dat)$/iu.test(secret);
  },
  samples: () => ({
    positive: [
      { key: 'license_key', value: r(`${id}1`, ALPHA_NUM, 40) },
      { key: 'licenseKey', value: `${r(`${id}2`, HEX, 8)}-${r(`${id}3`, HEX, 4)}-4${r(`${id}4`, HEX, 3)}-a${r(`${id}5`, HEX, 3)}-${r(`${id}6`, HEX, 12)}` },
      { key: 'LICENCE_TOKEN', value: `v2:${r(`${id}7`, ALPHA_NUM, 56)}` },
    ],
    negative: [
      { key: 'license_key', value: 'your-license-key-here' },
      { key: 'license_key', value: 'LICENSE-KEY-PLACEHOLDER' },
      { key: 'licenseKey', value: 'getLicenseKeyFromEnvironment' },
      { key: 'license_key_path', value: 'config/licenses/cavra2024.lic' },
      { key: 'license_key', value: '00000000-0000-0000-0000-000000000000' },
      { key: 'license', value: r(`${id}8`, ALPHA_NUM, 40) },
    ],
  }),
});
