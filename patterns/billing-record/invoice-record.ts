import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isCustomerValue, isPersonName, isRealEmail, keyNearby } from '../customer-identifier/support/payload-values.js';

const id = 'invoice-record';

const INVOICE_KEY = /(?<![A-Z0-9])invoice(?:[_-]?(?:number|no|num|id))?\\?["']?[ \t]{0,4}[:=]/iu;

const AMOUNT_KEY = /(?<![A-Z0-9])(?:amount|total)(?:[_-]?(?:due|paid|amount|gross|net))?\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?:[A-Z]{3} ?|[$€£])?[0-9]/iu;

/**
 * An invoice record: a customer name or email (`customer_name`, `bill_to`,
 * `customer_email`, …) with an invoice-number key and an amount key within a
 * few hundred characters, before or after it (one JSON or YAML record, or a
 * one-line summary). The customer is the reported value.
 */
export default defineDetector({
  id,
  name: 'Invoice record',
  category: 'billing-record',
  severity: 'error',
  description: 'Invoice records: an invoice number and an amount tied to a named customer or a real customer email.',
  regex:
    /(?<![A-Z0-9])(?:customer(?:[_-]?(?:name|email))?|bill(?:ed)?[_-]?to(?:[_-]?(?:name|email))?|client[_-]?(?:name|email)|company[_-]?name|buyer(?:[_-]?(?:name|email))?)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<secret>[A-Z0-9][A-Z0-9.&@+-]{0,80}(?: [A-Z0-9.&@+-]{1,40}){0,8})\\?["'`]?[ \t]*(?:[,;)}\]#\r\n]|$)/imu,
  keywords: ['invoice'],
  multiline: true,
  // Windows around the keyword hits, not the whole file: validate looks 600 characters around the customer for the invoice keys.
  reach: 700,
  validate: (secret, context) =>
    keyNearby(context, INVOICE_KEY) &&
    keyNearby(context, AMOUNT_KEY) &&
    (secret.includes('@') ? isRealEmail(secret, context.registry) : isPersonName(secret, context.registry) || isCustomerValue(secret, { quoted: true, syntax: context.syntax, registry: context.registry })),
  samples: () => ({
    positive: [
      { key: 'invoice', value: `invoice_number: INV-2024-${r(`${id}1`, DIGITS, 5)}, customer_name: Haugland Maritime AS, total: EUR 1840.50` },
      { key: 'record', value: `{"invoice_no":"INV-${r(`${id}2`, DIGITS, 6)}","bill_to":"Brennan & Okafor Ltd","amount_due":"4820.00"}` },
      { key: 'invoice', value: `customer_email: accounts@${r(`${id}3`, LOWER_NUM, 7)}-freight.de; invoice_id: ${r(`${id}4`, DIGITS, 7)}; amount: 912.00` },
    ],
    negative: [
      { key: 'invoice', value: 'invoice_number: INV-0001, customer_name: Acme Corp, total: 100.00' },
      { key: 'invoice', value: 'invoice_number: INV-0002, customer_email: billing@example.com, total: 100.00' },
      { key: 'invoice', value: 'invoice_number: INV-58213, customer_name: Haugland Maritime AS' },
      { key: 'order', value: 'customer_name: Haugland Maritime AS, total: 1840.50' },
      { key: 'invoice', value: 'invoice_number: <number>, customer_name: <customer>, total: <amount>' },
    ],
  }),
});
