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
  // A key name right before the value (`INSTALL_KEY = "…"`, "with this key: …"); the licence context is then checked around it.
  ...['key:', 'key =', 'key=', 'key":', "key':", 'key =>'],
];

/** Words around a grouped key that make it a licence: the same record, a few lines up or down. */
const NEARBY_LICENCE = /licen[cs]|activat|\bseats?\b|entitlement|on-?prem|serial/iu;
/** A key name or "key:" right before the value. */
const KEY_BEFORE = /key\\?["']?[ \t]{0,4}(?:=>|[:=])?[ \t]{0,4}\\?["'`]?$/iu;

/** True when every group has the same width, as issued keys do (`ABCDE-FGHJK-…`). */
const uniformGroups = (secret: string): boolean => new Set(secret.split('-').map((g) => g.length)).size === 1;

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
  validate: (secret, { line, match, text, offset }) => {
    const digits = secret.replace(/[^0-9]/gu, '').length;
    const letters = secret.replace(/[^A-Z]/gu, '').length;
    // Keys mix both; dates, version strings and words do not.
    if (digits < 3 || letters < 3) return false;
    const at = line.indexOf(match);
    if (at === -1) return false;
    const before = line.slice(Math.max(0, at - 80), at);
    // A licence word before the key on its line, within a short distance.
    if (LICENCE_CONTEXT.test(before)) return true;
    // Or a key name right before it, uniform groups, and licence words in the surrounding lines.
    if (!KEY_BEFORE.test(before) || !uniformGroups(secret) || secret.split('-').length < 4) return false;
    const around = text !== undefined && offset !== undefined ? text.slice(Math.max(0, offset - 400), offset + 400) : line;
    return NEARBY_LICENCE.test(around);
  },
  samples: () => ({
    positive: [
      { key: 'license_key', value: groups(`${id}1`, 5, 5) },
      { key: 'activationKey', value: groups(`${id}2`, 4, 4) },
      { key: 'serial', value: groups(`${id}3`, 6, 5) },
      `Your product key: ${groups(`${id}4`, 5, 5)}`,
      `# on-prem install of Haugland Maritime (240 seats)\nHAUGLAND_KEY = "${groups(`${id}7`, 5, 5)}"`,
      `Customer reported "invalid signature" with this key: ${groups(`${id}8`, 5, 5)} (Varga, 120 seats).`,
    ],
    negative: [
      { key: 'license_key', value: 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX' },
      { key: 'license_key', value: 'AAAAA-BBBBB-CCCCC-DDDDD' },
      { key: 'license_id', value: '1b4e28ba-2fa1-11d2-883f-0016d3cca427' },
      { key: 'build', value: groups(`${id}5`, 5, 5) },
      { key: 'license', value: 'SEE-LICENSE-IN-FILE' },
      { key: 'licenseKey', value: groups(`${id}6`, 5, 5).toLowerCase() },
      // A grouped value after "key" with nothing about licences around it.
      { key: 'cacheKey', value: groups(`${id}9`, 5, 5) },
      `partition key: ${groups(`${id}10`, 4, 5)} (shard 3 of 8)`,
      // Groups of different widths: a part number, not an issued key.
      `seats: 40, install key: AB12C-9XK4-77QPZT-Q2W3E`,
    ],
  }),
});
