import { defineDetector } from '../../src/engine/define-detector.js';
import { UPPER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'grouped-license-key';

const LICENCE_CONTEXT = /licen[cs]e|serial|product[ _-]?key|activation|registration[ _-]?(?:key|code)|cd[ _-]?key/iu;

// 'serial', 'activation' and 'registration' alone would hit serialize(), activation functions and sign-up code.
const KEYWORDS: string[] = [
  'license',
  'licence',
  ...['serial', 'product', 'activation', 'registration', 'cd'].flatMap((w) => [' ', '_', '-', ''].flatMap((sep) => ['key', 'code'].map((k) => `${w}${sep}${k}`))),
  ...['serial number', 'serial_number', 'serialnumber', 'serial no', 'serial"', "serial'", 'serial:', 'serial=', 'serial ='],
];

const groups = (seed: string, count: number, width: number): string =>
  Array.from({ length: count }, (_, i) => r(`${seed}-${i}`, UPPER_NUM, width)).join('-');

/**
 * Grouped product keys (`XXXXX-XXXXX-XXXXX-XXXXX[-XXXXX]`) only where the line
 * says licence: a licence, serial, product or activation key word before it.
 */
export default defineDetector({
  id,
  name: 'Grouped licence key',
  category: 'license-key',
  severity: 'error',
  description: 'Grouped licence, serial and activation keys (4–6 dash-separated groups of 4–6 upper-case letters and digits) after a licence word on the line.',
  regex: /(?<![A-Za-z0-9-])(?<secret>[A-Z0-9]{4,6}(?:-[A-Z0-9]{4,6}){3,5})(?![A-Za-z0-9-])/u,
  keywords: KEYWORDS,
  entropy: 3,
  validate: (secret, { line, match }) => {
    // The licence word must come before the key on its line, within a short distance.
    const at = line.indexOf(match);
    if (at === -1 || !LICENCE_CONTEXT.test(line.slice(Math.max(0, at - 80), at))) return false;
    const digits = secret.replace(/[^0-9]/gu, '').length;
    const letters = secret.replace(/[^A-Z]/gu, '').length;
    // Keys mix both; dates, version strings and words do not.
    return digits >= 3 && letters >= 3;
  },
  samples: () => ({
    positive: [
      { key: 'license_key', value: groups(`${id}1`, 5, 5) },
      { key: 'activationKey', value: groups(`${id}2`, 4, 4) },
      { key: 'serial', value: groups(`${id}3`, 6, 5) },
      `Your product key: ${groups(`${id}4`, 5, 5)}`,
    ],
    negative: [
      { key: 'license_key', value: 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX' },
      { key: 'license_key', value: 'AAAAA-BBBBB-CCCCC-DDDDD' },
      { key: 'license_id', value: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' },
      { key: 'build', value: groups(`${id}5`, 5, 5) },
      { key: 'license', value: 'SEE-LICENSE-IN-FILE' },
      { key: 'licenseKey', value: groups(`${id}6`, 5, 5).toLowerCase() },
    ],
  }),
});
