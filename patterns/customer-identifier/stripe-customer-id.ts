import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'stripe-customer-id';

export default defineDetector({
  id,
  name: 'Stripe customer id',
  category: 'customer-identifier',
  severity: 'error',
  description: 'Stripe customer object ids (cus_…): they name a paying customer in a billing account.',
  // Stripe's customer ids are cus_ and 14 letters and digits; longer cus_ ids are an application's own.
  regex: /\b(?<secret>cus_[A-Za-z0-9]{14})(?![A-Za-z0-9])/u,
  evidence: 'key',
  // Stripe names the record it sits in (a Stripe object, a stripe_* key, a Stripe SDK call): the id is Stripe's.
  context: [{ pattern: /stripe/iu, within: 'record', effect: 'evidence' }],
  keywords: ['cus_'],
  entropy: 3,
  // Base62 object ids mix cases; `cus_somelowercaseword` is an identifier in code. Stripe's documented ids are in the registry.
  validate: (secret) => /[A-Z]/u.test(secret) && /[a-z]/u.test(secret.slice(4)),
  references: ['https://docs.stripe.com/api/customers/object'],
  samples: () => ({
    positive: [`cus_${r(`${id}1`, ALPHA_NUM, 14)}`, `cus_${r(`${id}2`, ALPHA_NUM, 14)}`, { key: 'stripe_customer', value: `cus_${r(`${id}3`, ALPHA_NUM, 14)}` }],
    negative: [
      'cus_NffrFeUfNV2Hib',
      'cus_xxxxxxxxxxxxxx',
      'cus_<customer-id>',
      'cus_123',
      'focus_visiblewithinbounds',
      'cus_abcdefghijklmnopq',
      // An application's own ids that reuse the prefix, longer than Stripe's.
      `cus_${r(`${id}4`, ALPHA_NUM, 24)}`,
    ],
  }),
});
