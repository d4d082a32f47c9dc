import { defineDetector } from '../../src/engine/define-detector.js';
import { luhnValid } from '../../src/engine/validators.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';

const id = 'payment-card-number';

/**
 * Card-network test numbers (Stripe, Braintree, Adyen, PayPal, Checkout.com
 * documentation): Luhn-valid and in real ranges, but never a card.
 */
const TEST_NUMBERS = new Set([
  '4242424242424242', '4000056655665556', '4111111111111111', '4012888888881881', '4222222222222', '4000000000000002',
  '4000000000009995', '4000000000000077', '4000002500003155', '4000002760003184', '4000003800000446', '4000000000003220',
  '4000000000000010', '4917610000000000', '4988438843884305', '4444333322221111', '4035501000000008', '4005519200000004',
  '4009348888881881', '4012000033330026', '4012000077777777', '4217651111111119', '4500600000000061', '4263982640269299',
  '4001919257537193', '4007702835532454', '4012001037141112', '4263970000005262', '4484070000000000', '4916338506082832',
  '5555555555554444', '2223003122003222', '5200828282828210', '5105105105105100', '5425233430109903', '2222400070000005',
  '5454545454545454', '5500000000000004', '5431111111111111', '5436031030606378', '5199990000000001', '2223000048400011',
  '378282246310005', '371449635398431', '378734493671000', '340000000000009', '371111111111114', '370000000000002',
  '6011111111111117', '6011000990139424', '6011981111111113', '6011000000000004', '6011601160116611', '6445644564456445',
  '3056930009020004', '36227206271667', '38520000023237', '30569309025904', '30000000000004', '36006666333344',
  '3566002020360505', '3530111333300000', '3566111111111113', '6200000000000005', '6205500000000000004', '6331101999990016',
  '5019717010103742', '6759649826438453', '6304000000000000', '6799990100000000019',
]);

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
  validate: (secret) => {
    const digits = secret.replace(/[ -]/gu, '');
    // Six zeros in a row only happen in hand-made numbers.
    return luhnValid(digits) && inCardRange(digits) && !TEST_NUMBERS.has(digits) && !digits.includes('000000');
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
