import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isCustomerValue } from './support/payload-values.js';
import { STAND_IN_COLLECTION_RULE } from './support/customer-context.js';

const id = 'customer-key-value';

/**
 * A value under a customer, tenant, account or organisation key (or a
 * licence's `licensee` / `licensed_to`) that is not synthetic. Applies to JSON, YAML, .env, object literals and assignments.
 * The key list is kept tight: `client_*` is an OAuth app, `*_key` a
 * credential, a bare `org:` package metadata, `;AccountName=` a storage
 * connection string, `service_account_name` a cloud principal, `AWS_ACCOUNT_ID`
 * a cloud account (aws-account-id judges those, with their customer context); emails have
 * their own detector.
 */
/** Letters and digits only, lower case: `Account_ID` and `accountId` compare equal. */
const squash = (value: string): string => value.toLowerCase().replace(/[^a-z0-9]/gu, '');

/** A value that spells out its own key (`AccountID: 'box_AccountID_value'`) is a placeholder in documentation. */
function namesItsKey(value: string, key: string): boolean {
  const name = squash(key);
  return name.length >= 5 && squash(value).includes(name);
}

/**
 * `'tenant:metrics'`: a key, a colon and the value run together inside one
 * string are a namespaced name (a cache or query key), not an assignment,
 * which puts a space, a quote or an equals sign after the colon.
 */
function namespacedString(match: string, key: string): boolean {
  if (!/^(?:customer|tenant)$/iu.test(key)) return false;
  const at = match.indexOf(key);
  if (at === -1) return false;
  const after = match.slice(at + key.length, at + key.length + 2);
  return after.length === 2 && after[0] === ':' && /[A-Za-z0-9]/u.test(after[1] ?? '');
}

export default defineDetector({
  id,
  name: 'Customer identifier under a customer key',
  category: 'customer-identifier',
  severity: 'error',
  description: 'Non-synthetic values under customer, tenant, account and organisation keys (customer_id, tenant_name, accountId, org_slug, …).',
  regex:
    /(?<![A-Z0-9;/])(?<!::)(?<!(?:service|storage|bot|robot|system|iam|mail|bank|aws|gcp|azure|cloud)[_-]?)(?<key>(?:customer|tenant|account|org|organi[sz]ation)[_-]?(?:id|name|slug|uuid|ref|number|code|domain)|licensee(?:[_-]?name)?|licensed[_-]?to|(?<![\w-])(?:customer|tenant)(?=\\?["']?[ \t]{0,4}[:=]))\\?["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}(?<quote>\\?["'`])?(?<secret>[A-Z0-9][A-Z0-9._@&+-]{0,80}(?: [A-Z0-9._@&+-]{1,40}){0,8})\\?["'`]?[ \t]*(?:[,;)}\]#\r\n]|$)/imu,
  // `org` alone is in every `.org` URL: the org keys are listed in full.
  evidence: 'key',
  // The records of a list named as made up (`fakeData`, `mockCustomers`) are stand-ins.
  context: [STAND_IN_COLLECTION_RULE],
  keywords: [
    'customer',
    'tenant',
    'account',
    'org_',
    'org-',
    'orgid',
    'orgname',
    'orgslug',
    'orguuid',
    'orgref',
    'orgnumber',
    'orgcode',
    'orgdomain',
    'organization',
    'organisation',
    'licensee',
    'licensed_to',
    'licensedto',
    'licensed-to',
  ],
  // `account` and `organization` occur in most files; a hit counts only as a key followed by its assignment.
  keywordContext:
    /(?:(?:customer|tenant|account|org|organi[sz]ation)[_-]?(?:id|name|slug|uuid|ref|number|code|domain)|licensee(?:[_-]?name)?|licensed[_-]?to|customer|tenant)\\?["']?[ \t]{0,4}(?:=>|:=|[:=])/iu,
  validate: (secret, { groups, match, syntax, registry }) =>
    !namespacedString(match, groups.key ?? '') && !namesItsKey(secret, groups.key ?? '') && isCustomerValue(secret, { quoted: groups.quote !== undefined, syntax, registry }),
  samples: () => ({
    positive: [
      { key: 'customer_id', value: `cu-${r(`${id}1`, LOWER_NUM, 10)}` },
      // The same record in a list that is not named as made up.
      `const recentOrders = [\n  { id: "order_6782", customer: "Northbridge Logistics GmbH", amount: 493 },\n];`,
      { key: 'tenant_name', value: 'Northbridge Logistics GmbH' },
      { key: 'accountId', value: `${r(`${id}2`, LOWER_NUM, 8)}-prod` },
      { key: 'tenant_id', value: `${r(`${id}3`, HEX, 8)}-${r(`${id}4`, HEX, 4)}-4${r(`${id}5`, HEX, 3)}-a${r(`${id}6`, HEX, 3)}-${r(`${id}7`, HEX, 12)}` },
      { key: 'org_slug', value: 'northbridge-logistics' },
      { key: 'account_number', value: r(`${id}8`, '123456789', 9) },
      { key: 'licensee', value: 'Haugland Maritime AS' },
      { key: 'tenant', value: `varga-precision-${r(`${id}9`, LOWER_NUM, 4)}` },
      { key: 'licensedTo', value: 'Brennan & Okafor Ltd' },
    ],
    negative: [
      // The records of a list named as made up.
      `const fakeData: Order[] = [\n  { id: "order_6782", customer: "Northbridge Logistics GmbH", amount: 493 },\n];`,
      `MOCK_TENANTS = [{"tenant_name": "Northbridge Logistics GmbH"}]`,
      `const fakeData: Order[] = useMemo(\n  () => [\n    { id: "order_6782", customer: "Northbridge Logistics GmbH" },\n  ],\n  []\n);`,
      // A namespaced cache or query key, and a translation key that is a path in a lock file.
      "queryKey: ['tenant:prometheus-metrics', tenantId]",
      `common/organization_id: ${r(`${id}11`, HEX, 32)}`,
      { key: 'AccountID', value: 'box_AccountID_value' },
      { key: 'tenant_id', value: 'tenant-demo' },
      { key: 'customer_id', value: '<customer-id>' },
      { key: 'org_name', value: 'Acme Corp' },
      { key: 'account_id', value: '12345' },
      { key: 'tenant_name', value: 'default' },
      { key: 'organization_id', value: '${{ github.repository_owner }}' },
      { key: 'customer_id', value: 'customer_id' },
      { key: 'tenant_id', value: 'tenant-1' },
      { key: 'account_id', value: 'abc123' },
      { key: 'customer_name', value: 'Name of the customer' },
      { key: 'azure_tenant_id', value: 'azure_services_authentication.tenant_id' },
      { key: 'SERVICE_ACCOUNT_NAME', value: 'gce-diagnostics-extract-logs' },
      { key: 'tenant', value: 'common' },
      { key: 'tenant', value: 'organizations' },
      { key: 'customer', value: 'CustomerRecord' },
      { key: 'licensee', value: 'Licensee' },
      { key: 'licensee', value: 'Contoso Ltd' },
      { key: 'customer', value: 'Stripe.Customer' },
      { key: 'AWS_ACCOUNT_ID', value: `0${r(`${id}10`, '0123456789', 11)}` },
    ],
  }),
});
