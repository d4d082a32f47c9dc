import { defineDetector } from '../../src/engine/define-detector.js';
import { LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'customer-key-value';

/**
 * A value under a customer, tenant, account or organisation key that is not
 * synthetic. Applies to JSON, YAML, .env, object literals and assignments.
 */
export default defineDetector({
  id,
  name: 'Customer identifier under a customer key',
  category: 'customer-identifier',
  severity: 'error',
  description: 'Non-synthetic values under customer, tenant, account and organisation keys (customer_id, tenant_name, accountId, org_slug, …).',
  regex:
    /(?<key>(?<![A-Z0-9])(?:customer|tenant|account|org|organization|organisation|client)[_-]?(?:id|name|slug|key|uuid|ref|email|domain))["']?[ \t]{0,4}[:=][ \t]{0,4}["'`]?(?<secret>[A-Z0-9][A-Z0-9 ._@'&+-]{2,80}?)["'`]?[ \t]*(?:[,;}\]#\r\n]|$)/imu,
  keywords: ['customer', 'tenant', 'account', 'org', 'client'],
  samples: () => ({
    positive: [
      { key: 'customer_id', value: `cu-${r(`${id}1`, LOWER_NUM, 10)}` },
      { key: 'tenant_name', value: 'Northbridge Logistics GmbH' },
      { key: 'accountId', value: `${r(`${id}2`, LOWER_NUM, 8)}-prod` },
    ],
    negative: [
      { key: 'tenant_id', value: 'tenant-demo' },
      { key: 'customer_id', value: '<customer-id>' },
      { key: 'customer_email', value: 'ops@example.invalid' },
      { key: 'org_name', value: 'Acme Corp' },
    ],
  }),
});
