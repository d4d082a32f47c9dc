import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'stripe-hosted-invoice-url';

/**
 * Links to a live Stripe-hosted invoice page or receipt
 * (`https://invoice.stripe.com/i/acct_…/live_…`,
 * `https://pay.stripe.com/invoice/acct_…/live_…`,
 * `https://pay.stripe.com/receipts/…`): anyone holding the link sees the
 * customer's invoice, amounts and address. Test-mode and placeholder
 * accounts pass; the API reference's example account is in the registry.
 */
export default defineDetector({
  id,
  name: 'Stripe hosted invoice link',
  category: 'billing-record',
  severity: 'error',
  description: 'Live Stripe-hosted invoice and receipt links, which open a customer\u2019s invoice to anyone who holds them.',
  regex:
    /(?<secret>https:\/\/(?:invoice\.stripe\.com\/i|pay\.stripe\.com\/invoice)\/acct_[A-Za-z0-9]{10,24}\/live_[A-Za-z0-9_-]{20,200}|https:\/\/pay\.stripe\.com\/receipts\/(?:invoices\/|payment\/)?[A-Za-z0-9_-]{40,300})/u,
  keywords: ['invoice.stripe.com', 'pay.stripe.com'],
  validate: (secret) => !/\/(?:test_|acct_x+|acct_1{6})/iu.test(secret),
  entropy: 3.5,
  references: ['https://docs.stripe.com/invoicing/hosted-invoice-page', 'https://docs.stripe.com/api/invoices/object#invoice_object-hosted_invoice_url'],
  samples: () => ({
    positive: [
      { key: 'hosted_invoice_url', value: `https://invoice.stripe.com/i/acct_1OqZ${r(`${id}1`, ALPHA_NUM, 12)}/live_${r(`${id}2`, ALPHA_NUM, 60)}` },
      { key: 'invoice_pdf', value: `https://pay.stripe.com/invoice/acct_1Nf${r(`${id}3`, ALPHA_NUM, 13)}/live_${r(`${id}4`, ALPHA_NUM, 58)}/pdf?s=ap` },
      { key: 'receipt_url', value: `https://pay.stripe.com/receipts/invoices/${r(`${id}5`, ALPHA_NUM, 96)}?s=ap` },
    ],
    negative: [
      { key: 'hosted_invoice_url', value: 'https://invoice.stripe.com/i/acct_1MtHbELkdIwHu7ix/test_YWNjdF8xTXRIYkVMa2RJd0h1N2l4LF9OZWlqa2FtRGhZQUhDT09jaXZ5ZGQ2ZnJj0100' },
      { key: 'hosted_invoice_url', value: `https://invoice.stripe.com/i/acct_1OqZ${r(`${id}6`, ALPHA_NUM, 12)}/test_${r(`${id}7`, ALPHA_NUM, 60)}` },
      { key: 'docs', value: 'https://invoice.stripe.com/i/{account}/{token}' },
      { key: 'receipt_url', value: 'https://pay.stripe.com/receipts/acct_1MtHbELkdIwHu7ix/ch_xxxxxxxxxxxxxxxxxxxxxxxx/rcpt_xxxxxxxxxxxxxxxxxxx' },
    ],
  }),
});
