import { defineDetector } from '../../src/engine/define-detector.js';
import type { RegistryKind } from '../../src/engine/synthetic.js';
import { ibanValid } from '../../src/engine/validators.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';

const id = 'iban';

/** The registry kinds that name a documented IBAN, asked of the compact form (the value may be printed in groups). */
const DOCUMENTED: ReadonlySet<RegistryKind> = new Set<RegistryKind>(['documented-value']);

/** `country` + the ISO 7064 mod-97 check digits + `bban`. */
function withCheckDigits(country: string, bban: string): string {
  const numeric = `${bban}${country}00`.replace(/[A-Z]/gu, (ch) => String(ch.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `${country}${String(98 - remainder).padStart(2, '0')}${bban}`;
}

const spaced = (iban: string): string => iban.replace(/(.{4})(?=.)/gu, '$1 ');

/** Bank words: one just before the IBAN on its line (`iban: …`, `SEPA mandate for …`, `bacs …`). */
const BANK_WORD_BEFORE = /(?<![A-Z0-9])(?:iban|bank[ _-]?account|sepa|bacs|giro|account[ _-]?(?:no|number))(?![A-Z0-9])[^\n]{0,40}$/iu;

/** Bank words anywhere in the record or file around a spaced IBAN. */
const BANK_WORD = /(?<![A-Z0-9])(?:iban|bank[ _-]?account|sepa|bacs|giro|account[ _-]?(?:no|number))/iu;

/** How far around a spaced IBAN the bank word may be (a list of IBANs whose loop or header names them). */
const SPACED_REACH = 1500;

/**
 * IBANs with a known country length and a valid mod-97 checksum: compact or
 * in groups of four after a bank word on their line (`iban`, `bank account`,
 * `SEPA`, `BACS`, `account number`), or in groups of four (the printed form)
 * with a bank word within a record or a page of it. The standard's and
 * banks' documentation examples pass.
 */
export default defineDetector({
  id,
  name: 'IBAN',
  category: 'billing-record',
  severity: 'error',
  description: 'International bank account numbers next to a bank word, country length and mod-97 checksum checked.',
  // Upper case only: IBANs are printed in capitals, and lower-case look-alikes are identifiers.
  regex: /(?<![A-Za-z0-9])(?<secret>[A-Z]{2}[0-9]{2}(?:[A-Z0-9]{11,30}|(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?))(?![A-Za-z0-9])/u,
  keywords: ['iban', 'bank', 'sepa', 'bacs', 'account_no', 'account number', 'account_number', 'accountnumber', 'account-number'],
  multiline: true,
  // Windows around the keyword hits, not the whole file: a grouped IBAN counts with a bank word within 1500 characters.
  reach: 1600,
  validate: (secret, { text, offset, line, registry }) => {
    const compact = secret.replace(/ /gu, '');
    if (!ibanValid(compact) || registry?.match(compact, DOCUMENTED) !== undefined) return false;
    if (text === undefined || offset === undefined) return BANK_WORD.test(line);
    const before = text.slice(Math.max(0, offset - 80), offset);
    if (BANK_WORD_BEFORE.test(before.slice(before.lastIndexOf('\n') + 1))) return true;
    return secret.includes(' ') && BANK_WORD.test(text.slice(Math.max(0, offset - SPACED_REACH), offset + secret.length + SPACED_REACH));
  },
  references: ['https://www.iso.org/standard/81090.html', 'https://www.swift.com/standards/data-standards/iban-international-bank-account-number'],
  samples: () => ({
    positive: [
      { key: 'iban', value: withCheckDigits('DE', r(`${id}1`, DIGITS, 18)) },
      { key: 'bank_account', value: spaced(withCheckDigits('NL', `RABO${r(`${id}2`, DIGITS, 10)}`)) },
      `SEPA mandate for ${spaced(withCheckDigits('FR', r(`${id}3`, DIGITS, 23)))}`,
      `[("cus_${r(`${id}5`, DIGITS, 6)}", "Osterlund Maritime AB", "${spaced(withCheckDigits('DE', r(`${id}6`, DIGITS, 18)))}")]  # manual invoicing by IBAN`,
      `2024-05-20,Marlowe & Tetteh LLP,4200.00,GBP,bacs ${withCheckDigits('GB', `MNBV${r(`${id}7`, DIGITS, 14)}`)}`,
    ],
    negative: [
      { key: 'iban', value: 'GB82WEST12345698765432' },
      { key: 'iban', value: 'DE89 3704 0044 0532 0130 00' },
      // Right shape, failing checksum.
      { key: 'iban', value: `DE00${r(`${id}4`, DIGITS, 18)}` },
      { key: 'iban', value: 'DE<your-iban>' },
      { key: 'bank_account', value: 'XX123456789012345678' },
      // A checksum-valid compact IBAN with no bank word on its line.
      { key: 'build', value: withCheckDigits('DE', r(`${id}8`, DIGITS, 18)) },
      { key: 'bank_account', value: withCheckDigits('DE', r(`${id}9`, DIGITS, 18)).toLowerCase() },
    ],
  }),
});
