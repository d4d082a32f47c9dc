import { defineDetector } from '../../src/engine/define-detector.js';
import { ibanValid } from '../../src/engine/validators.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';

const id = 'iban';

/** IBANs printed in the standard, bank and payment-provider documentation. */
const DOCUMENTED = new Set([
  'GB82WEST12345698765432', 'DE89370400440532013000', 'GB29NWBK60161331926819', 'FR1420041010050500013M02606',
  'NL91ABNA0417164300', 'CH9300762011623852957', 'BE68539007547034', 'GB33BUKB20201555555555', 'ES9121000418450200051332',
  'IT60X0542811101000000123456', 'AT611904300234573201', 'DE02120300000000202051', 'DE02500105170137075030',
  'FR7630006000011234567890189', 'NL02ABNA0123456789', 'AT483200000012345864', 'DE75512108001245126199',
]);

/** `country` + the ISO 7064 mod-97 check digits + `bban`. */
function withCheckDigits(country: string, bban: string): string {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/gu, (ch) => String(ch.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

const spaced = (iban: string): string => iban.replace(/(.{4})(?=.)/gu, '$1 ');

/**
 * IBANs next to a bank word (`iban`, `bank account`, `SEPA`, `account number`),
 * compact or in groups of four, with a known country length and a valid
 * mod-97 checksum; the standard's and banks' documentation examples pass.
 */
export default defineDetector({
  id,
  name: 'IBAN',
  category: 'billing-record',
  severity: 'error',
  description: 'International bank account numbers next to a bank word, country length and mod-97 checksum checked.',
  regex:
    /(?<![A-Z0-9])(?:iban|bank[ _-]?account|sepa|account[ _-]?(?:no|number))[^\n]{1,40}?(?<![A-Z0-9])(?<secret>[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?))(?![A-Z0-9])/iu,
  keywords: ['iban', 'bank', 'sepa', 'account_no', 'account number', 'account_number', 'accountnumber', 'account-number'],
  validate: (secret) => {
    const compact = secret.replace(/ /gu, '');
    return compact === compact.toUpperCase() && ibanValid(compact) && !DOCUMENTED.has(compact);
  },
  references: ['https://www.iso.org/standard/81090.html', 'https://www.swift.com/standards/data-standards/iban-international-bank-account-number'],
  samples: () => ({
    positive: [
      { key: 'iban', value: withCheckDigits('DE', r(`${id}1`, DIGITS, 18)) },
      { key: 'bank_account', value: spaced(withCheckDigits('NL', `RABO${r(`${id}2`, DIGITS, 10)}`)) },
      `SEPA mandate for ${spaced(withCheckDigits('FR', r(`${id}3`, DIGITS, 23)))}`,
    ],
    negative: [
      { key: 'iban', value: 'GB82WEST12345698765432' },
      { key: 'iban', value: 'DE89 3704 0044 0532 0130 00' },
      // Right shape, failing checksum.
      { key: 'iban', value: `DE00${r(`${id}4`, DIGITS, 18)}` },
      { key: 'iban', value: 'DE<your-iban>' },
      { key: 'bank_account', value: 'XX123456789012345678' },
    ],
  }),
});
