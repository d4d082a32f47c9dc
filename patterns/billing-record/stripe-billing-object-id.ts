import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'stripe-billing-object-id';

const BILLING_WORD = /invoice|charge|payment[_ -]?intent|subscription|refund|stripe/iu;

/** The `object` field of a Stripe API object that carries these ids. */
const STRIPE_OBJECT = /"object\\?"[ \t]{0,4}:[ \t]{0,4}\\?"(?:invoice|charge|payment_intent|subscription|refund|payment)\\?"/u;

/**
 * Stripe invoice, charge, payment-intent, subscription, payment and refund
 * ids next to the billing word that names them (`invoice: in_…`,
 * `"charge": "ch_…"`, `payment_intent=pi_…`, `subscription_id: sub_…`), or
 * as the `id` of a pretty-printed Stripe object (`"object": "invoice"`).
 */
export default defineDetector({
  id,
  name: 'Stripe billing object id',
  category: 'billing-record',
  severity: 'error',
  description: 'Stripe invoice, charge, payment-intent and subscription ids in a billing context.',
  // The billing word is a prefilter keyword and is checked around the id on its line,
  // so that the regex stays a plain token match.
  regex: /\b(?<secret>(?:in|ch|pi|sub|py|re)_[A-Za-z0-9]{14,32})\b/u,
  // The quoted ids as keywords too: a Stripe object's `"id": "in_1…"` line names no billing word, its `"object"` line does.
  keywords: [
    'invoice', 'charge', 'payment_intent', 'paymentintent', 'payment intent', 'payment-intent', 'subscription', 'refund', 'stripe',
    '"in_1', '"ch_1', '"ch_3', '"pi_1', '"pi_3', '"sub_1', '"py_1', '"py_3', '"re_1', '"re_3',
  ],
  // The word that names the id, or a Stripe object's `"object": "invoice"`, in the id's record (its object, mapping or line).
  context: [{ pattern: new RegExp(`${BILLING_WORD.source}|${STRIPE_OBJECT.source}`, 'iu'), within: 'record' }],
  // Ids are base62 with a lower-case prefix: a mixed-case body with a digit.
  // Ids of Stripe's documentation account are in the registry, which the engine applies to the value.
  validate: (secret) => {
    const body = secret.slice(secret.indexOf('_') + 1);
    return /[A-Z]/u.test(body) && /[a-z]/u.test(body) && /\d/u.test(body);
  },
  entropy: 3.2,
  references: ['https://docs.stripe.com/api/invoices/object', 'https://docs.stripe.com/api/charges/object', 'https://docs.stripe.com/api/payment_intents/object'],
  samples: () => ({
    positive: [
      { key: 'invoice', value: `in_1${r(`${id}1`, ALPHA_NUM, 23)}` },
      { key: 'charge_id', value: `ch_3${r(`${id}2`, ALPHA_NUM, 23)}` },
      { key: 'payment_intent', value: `pi_3${r(`${id}3`, ALPHA_NUM, 23)}` },
      { key: 'subscription', value: `sub_1${r(`${id}4`, ALPHA_NUM, 23)}` },
      { key: 'data', value: `{\n  "id": "in_1${r(`${id}6`, ALPHA_NUM, 23)}",\n  "object": "invoice",\n  "account_country": "DE"\n}` },
    ],
    negative: [
      { key: 'invoice', value: 'in_1MtHbELkdIwHu7ixl4OzzPMv' },
      { key: 'charge', value: 'ch_xxxxxxxxxxxxxxxxxxxxxxxx' },
      { key: 'subscription', value: 'sub_<subscription-id>' },
      { key: 'invoice', value: 'in_progress_with_retries' },
      { key: 'payment_intent', value: 'pi_123' },
      { key: 'build', value: `in_1${r(`${id}5`, ALPHA_NUM, 23)}` },
      { key: 'data', value: `{\n  "id": "in_1${r(`${id}7`, ALPHA_NUM, 23)}",\n  "object": "list",\n  "url": "/v1/items"\n}` },
    ],
  }),
});
