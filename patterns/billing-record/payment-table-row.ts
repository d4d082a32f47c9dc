import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isCustomerValue } from '../customer-identifier/support/payload-values.js';
import { columnNameContext, hasTable, namedCellAt, type TableSpec } from '../customer-success-note/support/tables.js';

const id = 'payment-table-row';

/** Payment and invoice tables: a customer column, an amount column, a reference column and a payment-method column. */
export const PAYMENT_TABLE: TableSpec = {
  nameColumn: /^(?:(?:customer|client|company|account|payer|buyer|bill(?:ed)?_to)(?:_name)?|name)$/u,
  signalColumns: [
    /^(?:amount|total|net|gross|(?:amount|total)_(?:due|paid|net|gross|eur|usd|gbp|chf|cents))$/u,
    /^(?:invoice(?:_(?:number|no|id|ref))?|reference|ref|charge(?:_id)?|payment(?:_(?:id|ref|reference|intent))?|transaction(?:_id)?)$/u,
    /^(?:card(?:_number|_last4)?|last4|pan|iban|bank_account|payment_method|method|mandate)$/u,
  ],
  minSignals: 3,
  // At a word start: "net" inside "internet" or "planet" is no column name.
  hint: /(?<![a-z])(?:amount|total|net|gross)/iu,
};

const KEYWORDS = ['invoice', 'iban', 'last4', 'payment_method', 'payment method', 'payment_id', 'charge_id', 'card_number', 'bank_account', 'mandate'];

/** An amount: digits with a decimal part or a thousands separator, or at least three digits. */
const AMOUNT = /^(?:[A-Z]{3} ?|[$€£])?-?(?:\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d{2})?|\d{3,9}(?:[.,]\d{2})?|\d{1,2}[.,]\d{2})$/u;

/**
 * Rows of a payment or invoice table (CSV with commas or semicolons, TSV or Markdown, as a file or
 * pasted into a string or comment) whose header has a customer column, an
 * amount, a reference (invoice, charge, payment) and a payment method (card,
 * IBAN, method): each row ties an amount to a named customer. The customer
 * cell is the reported value.
 */
export default defineDetector({
  id,
  name: 'Payment table row',
  category: 'billing-record',
  severity: 'error',
  description: 'Rows of a CSV or Markdown payment table that tie an amount, a reference and a payment method to a named customer.',
  // Candidate cells only: validate keeps the customer cell of a row under a matching header.
  regex: /(?:^[ \t]{0,12}(?:[*#>|][ \t]{0,4})?"?|[,;|\t][ \t]{0,4}"?|\\n"?)(?<secret>[A-Z0-9](?:[^\s,;|\\"]| (?=[^\s,;|\\"])){1,119})/mu,
  keywords: KEYWORDS,
  keywordContext: columnNameContext(KEYWORDS),
  multiline: true,
  // The regex matches every cell of every line: it runs only on texts that hold a qualifying table.
  gate: (text) => hasTable(text, PAYMENT_TABLE),
  validate: (secret, { text, offset, syntax, registry }) => {
    if (text === undefined || offset === undefined) return false;
    const cell = namedCellAt(text, offset, PAYMENT_TABLE);
    if (cell?.value !== secret || !isCustomerValue(secret, { quoted: true, syntax, registry }) || /^\d+$/u.test(secret)) return false;
    const amountAt = cell.columns.findIndex((c) => PAYMENT_TABLE.signalColumns[0]?.test(c));
    return AMOUNT.test(cell.row[amountAt] ?? '');
  },
  samples: () => ({
    positive: [
      {
        key: 'payments',
        value: `date,customer,amount,currency,method,invoice\n2024-04-02,Hallbrook Logistics Ltd,${r(`${id}1`, DIGITS, 5)}.00,EUR,card,INV-2024-${r(`${id}2`, DIGITS, 4)}`,
      },
      {
        key: 'table',
        value: `| Customer | Invoice | Amount | Payment method |\n|---|---|---|---|\n| Marlowe & Tetteh LLP | INV-${r(`${id}3`, DIGITS, 6)} | £4,${r(`${id}4`, DIGITS, 3)}.00 | BACS |`,
      },
      { key: 'rows', value: `kunde;rechnung;customer_name;invoice_number;total;iban\n${r(`${id}5`, DIGITS, 5)};R-${r(`${id}6`, DIGITS, 5)};Osterlund Maritime AB;${r(`${id}7`, DIGITS, 7)};4.${r(`${id}8`, DIGITS, 3)},50;on file` },
    ],
    negative: [
      { key: 'payments', value: 'date,customer,amount,currency\n2024-04-02,Hallbrook Logistics Ltd,18420.00,EUR' },
      { key: 'payments', value: 'customer,amount,method,reference\nAcme Corp,100.00,card,INV-0001' },
      { key: 'payments', value: 'customer,amount,method,reference\n<customer>,<amount>,<method>,<reference>' },
      { key: 'table', value: '| Field | Type | Description |\n|---|---|---|\n| amount | integer | Amount in cents |\n| invoice | string | Invoice id |' },
      { key: 'table', value: '| customer | amount | method | reference |\n|---|---|---|---|\n| string | integer | card, sepa | string |' },
    ],
  }),
});
