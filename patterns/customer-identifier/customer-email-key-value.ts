import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';
import { isAuthorshipCredit, isProductDomain, isRealEmail } from './support/payload-values.js';

const id = 'customer-email-key-value';

/**
 * A real-domain email under a customer, contact, billing, owner or requester
 * key (`customer_email`, `billing_contact`, `requested_by`, `owner`), also in
 * the `Name <address>` form and as the `email` of an inline object under such
 * a key (`"requester": { "name": …, "email": … }`). Reserved domains, public projects' addresses
 * (users.noreply.github.com, apache.org, …), no-reply mailboxes and the
 * project's own domains (a second-level label that is one of
 * settings.productNames: test users at cavra.io) pass, and so do credits in
 * a file's header (`Contact: Name <address>` beside a copyright line).
 */
export default function customerEmailKeyValue(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  const products = new Set(settings.productNames.map((n) => n.toLowerCase()));
  return defineDetector({
    id,
    name: 'Customer email in a payload',
    category: 'customer-identifier',
    severity: 'error',
    description: 'Real-domain email addresses under customer, contact, billing, owner and requester keys of a payload.',
    regex:
      /(?<![\w-])(?<!:\/\/)(?<key>(?:customer|contact|billing|owner|requester|requested[_-]?by|submitter|account|tenant|buyer|payer|purchaser|primary[_-]?contact)(?:[_-]?(?:e[_-]?mail|mail|email[_-]?address|contact))?)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?:\{[ \t]{0,4}(?:\\?["']?[a-z_]{1,20}\\?["']?[ \t]{0,4}:[ \t]{0,4}(?:\\?["'][^"'\\\n]{0,80}\\?["']|[^"'\\\n{},]{1,80})[ \t]{0,4},[ \t]{0,4}){0,3}\\?["']?e?[_-]?mail(?:[_-]?address)?\\?["']?[ \t]{0,4}:[ \t]{0,4})?\\?["'`]?(?:[A-Z][A-Z .'-]{0,60}<)?(?<secret>[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8})(?![A-Z0-9.-])/iu,
    keywords: ['customer', 'contact', 'billing', 'owner', 'requester', 'requested', 'submitter', 'account', 'tenant', 'buyer', 'payer', 'purchaser'],
    // A hit counts only as a key followed by its assignment.
    keywordContext:
      /(?:customer|contact|billing|owner|requester|requested[_-]?by|submitter|account|tenant|buyer|payer|purchaser)(?:[_-]?(?:e[_-]?mail|mail|email[_-]?address|contact))?\\?["']?[ \t]{0,4}(?:=>|[:=])/iu,
    validate: (secret, context) => isRealEmail(secret, context.registry) && !isProductDomain(secret, products) && !isAuthorshipCredit(context),
    samples: () => ({
      positive: [
        { key: 'customer_email', value: `marta.lindqvist@${r(`${id}1`, LOWER_NUM, 7)}-logistics.de` },
        { key: 'billing_contact', value: `Ingrid Holm <accounts.payable@${r(`${id}2`, LOWER_NUM, 9)}.no>` },
        { key: 'requested_by', value: `d.okafor@${r(`${id}3`, LOWER_NUM, 8)}.com` },
        { key: 'ownerEmail', value: `kwame.mensah+ops@${r(`${id}4`, LOWER_NUM, 6)}.co.uk` },
        `requester: { name: Ingrid Holm, email: i.holm@${r(`${id}5`, LOWER_NUM, 8)}-dental.com }`,
        `{"customer": {"id": 4412, "name": "Varga Precision", "email": "ap@${r(`${id}6`, LOWER_NUM, 7)}.hu"}}`,
      ],
      negative: [
        { key: 'customer_email', value: 'ops@example.invalid' },
        { key: 'contact_email', value: 'billing@example.com' },
        { key: 'owner', value: '12345678+octocat@users.noreply.github.com' },
        { key: 'billing_email', value: 'no-reply@northwind-traders.io' },
        { key: 'requested_by', value: 'console' },
        { key: 'customer_email', value: '${CUSTOMER_EMAIL}' },
        { key: 'contact', value: 'user@company.com' },
        { key: 'owner', value: `release-bot@${[...products][0] ?? 'product'}.io` },
        // Package metadata names upstream maintainers, not customers.
        { key: 'Upstream-Contact', value: 'Teodor Haugland <teodor@haugland-tools.no>' },
        '{"requester": {"name": "Example Requester", "email": "requester@example.invalid"}}',
        '{"owner": {"login": "octocat", "email": "octocat@users.noreply.github.com"}}',
      ],
    }),
  });
}
