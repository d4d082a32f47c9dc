import { defineDetector } from '../../src/engine/define-detector.js';
import type { RegistryKind } from '../../src/engine/synthetic.js';
import { luhnValid } from '../../src/engine/validators.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';

const id = 'payment-card-number';

/** The registry kinds that name the networks' test numbers, asked of the digits (the value may be printed in groups). */
const DOCUMENTED: ReadonlySet<RegistryKind> = new Set<RegistryKind>(['documented-value']);

type Network = readonly [prefixFrom: number, prefixTo: number, prefixLength: number, lengths: readonly number[]];

/** Issuer ranges (IIN) with the lengths each network issues. */
const NETWORKS: readonly Network[] = [
  [4, 4, 1, [13, 16, 19]], // Visa
  [51, 55, 2, [16]], // Mastercard
  [2221, 2720, 4, [16]], // Mastercard 2-series
  [34, 34, 2, [15]], // American Express
  [37, 37, 2, [15]],
  [6011, 6011, 4, [16, 17, 18, 19]], // Discover
  [644, 649, 3, [16, 17, 18, 19]],
  [65, 65, 2, [16, 17, 18, 19]],
  [3528, 3589, 4, [16, 17, 18, 19]], // JCB
  [300, 305, 3, [14, 15, 16, 17, 18, 19]], // Diners Club
  [36, 36, 2, [14, 15, 16, 17, 18, 19]],
  [38, 39, 2, [14, 15, 16, 17, 18, 19]],
  [62, 62, 2, [16, 17, 18, 19]], // UnionPay
  [50, 50, 2, [13, 14, 15, 16, 17, 18, 19]], // Maestro
  [56, 58, 2, [13, 14, 15, 16, 17, 18, 19]],
  [6304, 6304, 4, [13, 14, 15, 16, 17, 18, 19]],
  [6759, 6759, 4, [13, 14, 15, 16, 17, 18, 19]],
  [6761, 6763, 4, [13, 14, 15, 16, 17, 18, 19]],
];

/** True when `digits` falls in an issuer range at a length that network issues. */
export function inCardRange(digits: string): boolean {
  return NETWORKS.some(([from, to, width, lengths]) => {
    const prefix = Number(digits.slice(0, width));
    return prefix >= from && prefix <= to && lengths.includes(digits.length);
  });
}

/** Appends the Luhn check digit to `partial`. */
function withLuhn(partial: string): string {
  for (let d = 0; d <= 9; d++) if (luhnValid(`${partial}${d}`)) return `${partial}${d}`;
  return partial;
}

/** The same number with its check digit changed: Luhn fails. */
const breakLuhn = (valid: string): string => `${valid.slice(0, -1)}${(Number(valid.slice(-1)) + 1) % 10}`;

const group = (digits: string, sizes: readonly number[], sep: string): string => {
  const parts: string[] = [];
  let at = 0;
  for (const size of sizes) {
    parts.push(digits.slice(at, at + size));
    at += size;
  }
  return parts.join(sep);
};

/**
 * Payment card numbers next to a card word (`card_number`, `Visa`, `credit
 * card`, `cc_num`): 13–19 digits, plain or grouped, Luhn-valid, in a real
 * issuer range, and not a network's published test number.
 */
export default defineDetector({
  id,
  name: 'Payment card number',
  category: 'billing-record',
  severity: 'error',
  description: 'Luhn-valid payment card numbers in real issuer ranges next to a card word, excluding the networks\u2019 test numbers.',
  regex:
    /(?<![A-Z0-9])(?:card|credit|cc[_-]?num|visa|mastercard|amex|discover|maestro|jcb|diners|unionpay)[^0-9\n]{0,40}(?<secret>[2-6][0-9]{12,18}|[2-6][0-9]{3}(?<sep>[ -])[0-9]{4}\k<sep>[0-9]{4}\k<sep>[0-9]{1,4}(?:\k<sep>[0-9]{3})?|3[0-9]{3}(?<amex>[ -])[0-9]{6}\k<amex>[0-9]{4,5})(?![0-9])/iu,
  keywords: ['card', 'credit', 'cc_num', 'cc-num', 'ccnum', 'visa', 'mastercard', 'amex', 'discover', 'maestro', 'jcb', 'diners', 'unionpay'],
  validate: (secret, { registry }) => {
    const digits = secret.replace(/[ -]/gu, '');
    // Six zeros in a row only happen in hand-made numbers.
    return luhnValid(digits) && inCardRange(digits) && !digits.includes('000000') && registry?.match(digits, DOCUMENTED) === undefined;
  },
  references: ['https://docs.stripe.com/testing#cards', 'https://www.iso.org/standard/70484.html'],
  samples: () => ({
    positive: [
      { key: 'card_number', value: withLuhn(`4${r(`${id}1`, DIGITS, 14)}`) },
      { key: 'card', value: group(withLuhn(`53${r(`${id}2`, DIGITS, 13)}`), [4, 4, 4, 4], ' ') },
      `Amex ${group(withLuhn(`37${r(`${id}3`, DIGITS, 12)}`), [4, 6, 5], '-')}`,
      { key: 'credit_card', value: group(withLuhn(`6011${r(`${id}4`, DIGITS, 11)}`), [4, 4, 4, 4], '-') },
    ],
    negative: [
      { key: 'card_number', value: '4242 4242 4242 4242' },
      { key: 'card_number', value: '4111111111111111' },
      { key: 'card_number', value: '5555-5555-5555-4444' },
      // Luhn-valid, but 9 is no issuer's first digit.
      { key: 'card_number', value: withLuhn(`9${r(`${id}5`, DIGITS, 14)}`) },
      // A real range with a failing check digit.
      { key: 'card_number', value: breakLuhn(withLuhn(`4${r(`${id}6`, DIGITS, 14)}`)) },
      { key: 'card_number', value: '4000 0000 0000 0002' },
      { key: 'card_id', value: '1698765432101234567' },
    ],
  }),
});
