import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'stripe-billing-object-id';

/** Object ids from Stripe's API reference (all from its documentation account). */
const DOCUMENTED_ACCOUNT = 'LkdIwHu7ix';

/**
 * Stripe invoice, charge, payment-intent, subscription, payment and refund
 * ids next to the billing word that names them (`invoice: in_…`,
 * `"charge": "ch_…"`, `payment_intent=pi_…`, `subscription_id: sub_…`).
 */
export default defineDetector({
  id,
  name: 'Stripe billing object id',
  category: 'billing-record',
  severity: 'error',
  description: 'Stripe invoice, charge, payment-intent and subscription ids in a billing context.',
  regex:
    /(?<![A-Z0-9])(?:invoice|charge|payment[_ -]?intent|subscription|refund|stripe)[^\n]{1,60}?\b(?<secret>(?:in|ch|pi|sub|py|re)_[A-Z0-9]{14,32})\b/iu,
  keywords: ['invoice', 'charge', 'payment_intent', 'paymentintent', 'payment intent', 'payment-intent', 'subscription', 'refund', 'stripe'],
  // Ids are base62 with a lower-case prefix: a mixed-case body with a digit.
  validate: (secret) => {
    const body = secret.slice(secret.indexOf('_') + 1);
    return /^[a-z]+_/u.test(secret) && /[A-Z]/u.test(body) && /[a-z]/u.test(body) && /\d/u.test(body) && !body.includes(DOCUMENTED_ACCOUNT);
  },
  entropy: 3.2,
  references: ['https://docs.stripe.com/api/invoices/object', 'https://docs.stripe.com/api/charges/object', 'https://docs.stripe.com/api/payment_intents/object'],
  samples: () => ({
    positive: [
      { key: 'invoice', value: `in_1${r(`${id}1`, ALPHA_NUM, 23)}` },
      { key: 'charge_id', value: `ch_3${r(`${id}2`, ALPHA_NUM, 23)}` },
      { key: 'payment_intent', value: `pi_3${r(`${id}3`, ALPHA_NUM, 23)}` },
      { key: 'subscription', value: `sub_1${r(`${id}4`, ALPHA_NUM, 23)}` },
    ],
    negative: [
      { key: 'invoice', value: 'in_1MtHbELkdIwHu7ixl4OzzPMv' },
      { key: 'charge', value: 'ch_xxxxxxxxxxxxxxxxxxxxxxxx' },
      { key: 'subscription', value: 'sub_<subscription-id>' },
      { key: 'invoice', value: 'in_progress_with_retries' },
      { key: 'payment_intent', value: 'pi_123' },
    ],
  }),
});
