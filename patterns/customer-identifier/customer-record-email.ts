import { defineDetector } from '../../src/engine/define-detector.js';
import type { Detector } from '../../src/engine/types.js';
import { LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { DEFAULT_CATALOG_SETTINGS, type CatalogSettings } from '../support/settings.js';
import { isProductDomain, isRealEmail } from './support/payload-values.js';
import { STAND_IN_COLLECTION_RULE } from './support/customer-context.js';

const id = 'customer-record-email';

/**
 * The key of a list of customer records: `customers`, `accounts`, `tenants`,
 * `clients`, `subscribers`, a CRM export's `contacts` or `leads`, alone or
 * with a qualifier (`paying_customers`, `enterpriseAccounts`), then its
 * assignment (`:`, `=`, `=>`, a TypeScript annotation) at the end of the text
 * before the list opens. Cloud, service and login accounts (`serviceAccounts`,
 * `iam_accounts`, `linked_accounts`) hold principals, not customers.
 */
export const CUSTOMER_COLLECTION_KEY =
  /(?<!(?:service|storage|bot|robot|system|iam|mail|e-?mail|bank|aws|gcp|azure|cloud|social|oauth|linked|connected|sso|user|admin|staff|team)[_-]?)(?:customers|accounts|tenants|clients|subscribers|contacts|leads|buyers|licensees)\\?["'`]?[ \t]{0,4}(?::[ \t]{0,4}[\w.<>[\]|]{1,60}[ \t]{0,4}=|=>|:=|[:=])?[ \t]{0,4}(?:#[^\n]{0,200})?$/iu;

/**
 * A real-domain email under the `email` key of a record that is an element of
 * a list of customer records: `customers[].email` in JSON, YAML, object
 * literals and flow mappings (`{"customers": [{"name": …, "email": …}]}`,
 * `accounts:` over `- email: …`). The list's key is a declared context
 * (`within: 'collection'`), so a user, team or author list stays quiet.
 * Reserved and stand-in domains, public projects' mail, role mailboxes,
 * fictional people and the project's own domains pass by the registry.
 */
export default function customerRecordEmail(settings: CatalogSettings = DEFAULT_CATALOG_SETTINGS): Detector {
  const products = new Set(settings.productNames.map((n) => n.toLowerCase()));
  return defineDetector({
    id,
    name: 'Customer email in a list of customer records',
    category: 'customer-identifier',
    severity: 'error',
    description: 'Real-domain email addresses of the records in a list of customers, accounts, tenants, clients, subscribers or CRM contacts (customers[].email).',
    regex:
      /(?<![\w-])(?<key>(?:(?:primary|work|business|main|contact|billing)[_-]?)?e[_-]?mail(?:[_-]?address)?)\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["'`]?(?:[A-Z][A-Z .'-]{0,60}<)?(?<secret>[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8})(?![A-Z0-9.-])/iu,
    keywords: ['mail'],
    // A hit counts only as an email key followed by its assignment.
    keywordContext: /mail(?:[_-]?address)?\\?["']?[ \t]{0,4}(?:=>|[:=])/iu,
    context: [{ pattern: CUSTOMER_COLLECTION_KEY, within: 'collection' }, STAND_IN_COLLECTION_RULE],
    validate: (secret, { registry }) => isRealEmail(secret, registry) && !isProductDomain(secret, products),
    samples: () => ({
      positive: [
        `{"customers": [{"name": "Brightwell Logistics", "email": "marta.lindqvist@${r(`${id}1`, LOWER_NUM, 7)}-logistics.de"}, {"email": "ap@${r(`${id}2`, LOWER_NUM, 6)}.com"}]}`,
        `{"tenants": [{"id": 4412, "plan": "enterprise", "email": "it-admin@${r(`${id}3`, LOWER_NUM, 8)}.no"}]}`,
        `{"contacts": [{"firstname": "Ingrid", "lastname": "Holm", "emailAddress": "ingrid.holm@${r(`${id}4`, LOWER_NUM, 7)}.se"}]}`,
        `{subscribers: [{subscriberId: "s-1", email: "kwame.mensah@${r(`${id}5`, LOWER_NUM, 6)}.co.uk"}]}`,
      ],
      negative: [
        '{"customers": [{"name": "Example Customer", "email": "billing@example.com"}, {"email": "ops@customer.test"}]}',
        '{"customers": [{"name": "Acme Corp", "email": "jane.doe@acme.com"}]}',
        '{"accounts": [{"email": "{{ account.email }}"}]}',
        '{"customers": [{"email": "no-reply@brightwell-logistics.de"}]}',
        `{"users": [{"name": "Marta Lindqvist", "email": "marta@${r(`${id}6`, LOWER_NUM, 7)}.de"}]}`,
        `{"serviceAccounts": [{"email": "deploy@${r(`${id}7`, LOWER_NUM, 7)}.iam.gserviceaccount.com"}]}`,
        `{"customer": {"id": "c-1"}, "email": "marta@${r(`${id}8`, LOWER_NUM, 7)}.de"}`,
        `{"customers": [{"email": "release-bot@${[...products][0] ?? 'product'}.io"}]}`,
        '{"contacts": [{"email": "12345678+octocat@users.noreply.github.com"}]}',
      ],
    }),
  });
}
