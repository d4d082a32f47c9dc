import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isCustomerValue } from './support/payload-values.js';

const id = 'billing-customer-key-value';

/**
 * Billing providers whose customer ids have no fixed prefix (Chargebee,
 * Recurly account codes, Braintree, Zuora, …): the key names the provider.
 */
export default defineDetector({
  id,
  name: 'Billing-provider customer id under a provider key',
  category: 'customer-identifier',
  severity: 'error',
  description: 'Customer ids and account codes under billing-provider keys (chargebee_customer_id, recurly_account_code, braintree_customer_id, …).',
  regex:
    /(?<![A-Z0-9])(?<!:\/\/)(?<key>(?:stripe|chargebee|recurly|paddle|braintree|zuora|chargify|maxio|lago|orb|billing)[_-]?(?:customer|account|subscriber)[_-]?(?:id|code|ref|number))\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?<quote>\\?["'`])?(?<secret>[A-Z0-9][A-Z0-9_.-]{5,63})(?![A-Z0-9_.-])/iu,
  evidence: 'key',
  keywords: ['stripe', 'chargebee', 'recurly', 'paddle', 'braintree', 'zuora', 'chargify', 'maxio', 'lago', 'orb', 'billing'],
  // `orb` and `billing` occur in many words; a hit counts only as the start of the key and its assignment.
  keywordContext:
    /(?:stripe|chargebee|recurly|paddle|braintree|zuora|chargify|maxio|lago|orb|billing)[_-]?(?:customer|account|subscriber)[_-]?(?:id|code|ref|number)\\?["']?[ \t]{0,4}(?:=>|[:=])/iu,
  validate: (secret, { groups, syntax, registry }) => /\d/u.test(secret) && isCustomerValue(secret, { quoted: groups.quote !== undefined, syntax, registry }),
  references: ['https://apidocs.chargebee.com/docs/api/customers', 'https://recurly.com/developers/api/v2021-02-25/index.html#tag/account'],
  samples: () => ({
    positive: [
      { key: 'chargebee_customer_id', value: r(`${id}1`, ALPHA_NUM, 16) },
      { key: 'recurly_account_code', value: `acct-${r(`${id}2`, LOWER_NUM, 10)}` },
      { key: 'braintreeCustomerId', value: r(`${id}3`, '0123456789', 9) },
    ],
    negative: [
      { key: 'chargebee_customer_id', value: '<customer-id>' },
      { key: 'recurly_account_code', value: 'tenant-demo' },
      { key: 'billing_customer_id', value: 'customer_1' },
      { key: 'stripe_customer_id', value: 'process.env.STRIPE_CUSTOMER_ID' },
      { key: 'billing_account_id', value: 'abc123' },
    ],
  }),
});
