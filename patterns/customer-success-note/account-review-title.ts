import { defineDetector } from '../../src/engine/define-detector.js';
import { randomString as r } from '../support/sample-builder.js';
import { isSyntheticValue } from '../customer-identifier/support/payload-values.js';
import { NOT_A_CUSTOMER } from './qbr-notes-heading.js';

const id = 'account-review-title';

/** Title words that open a generic heading rather than name an account. */
const GENERIC_LEAD = /^(?:Our|The|Weekly|Monthly|Quarterly|Annual|Yearly|Internal|Customer|Customers|Account|Accounts|Team|Meeting|New|Next|Last|Upcoming|Shared|Generic|Standard|Default|How|Writing|Running|About|Preparing|Release|Sprint|Project|Product|Engineering|Sales|Support|Marketing|Finance|Renewal|Churn)\b/u;

/**
 * Titles of customer-success documents that put the account first:
 * "# Brackwater Freight GmbH — QBR notes, Q2 2024", "Subject: Osterlund
 * Maritime - renewal notes", "title: Kestrel Ridge | account review".
 * Templates, periods and generic headings pass; renewal and churn notes need
 * an account of two words or more (certificates and tools get renewal notes too).
 */
export default defineDetector({
  id,
  name: 'Account review title',
  category: 'customer-success-note',
  severity: 'error',
  description: 'Headings and subject lines of QBR, account-review, renewal and churn notes that name the account first.',
  regex:
    /(?:^[ \t]{0,4}(?:(?:\*|\/\/|--)[ \t]{1,4})?|["'`=][ \t]{0,2})(?:[a-z_]{2,12}[ \t]{0,2}[:=][ \t]{0,4}["']?)?(?:#{1,6}[ \t]{1,4})?(?<secret>[A-Z][\w&.-]{1,30}(?: (?:[A-Z][\w&.-]{0,30}|&)){0,5})[ \t]{1,4}[\u2014\u2013:|-][ \t]{1,4}(?:(?:QBR|EBR|quarterly business review|business review|account review|success plan|account plan)(?:[ -](?:notes?|review|recap|summary|plan|prep))?|(?<weak>renewal|churn)[ -](?:notes?|review|recap|summary|plan|prep|risk))\b/imu,
  keywords: ['qbr', 'ebr', 'business review', 'account review', 'renewal', 'churn', 'success plan', 'account plan'],
  // Case-insensitive for the title words: the account's words must be capitalised (or `&`, `and`, `of`).
  // Renewal and churn notes are also written about certificates and tools: there the account needs two words.
  validate: (secret, { groups, registry }) =>
    (groups.weak === undefined || secret.includes(' ')) &&
    secret.split(' ').every((w) => /^[A-Z0-9&]/u.test(w) || w === 'and' || w === 'of') && !NOT_A_CUSTOMER.test(secret) && !GENERIC_LEAD.test(secret) && !isSyntheticValue(secret, registry),
  samples: () => ({
    positive: [
      `# Brack${r(`${id}1`, 'aeiou', 1)}ter Freight GmbH \u2014 QBR notes, Q2 2024`,
      { key: 'subject', value: 'Osterlund Maritime AB - renewal notes' },
      { key: 'title', value: 'Kestrel Ridge Credit Union | account review 2024' },
    ],
    negative: [
      '# Q2 2024 \u2014 QBR notes',
      '# Customer \u2014 QBR notes template',
      '# Quarterly \u2014 business review',
      '## Acme Corp \u2014 QBR notes',
      '# Certificates - renewal',
      '# Weekly \u2014 account review',
      '# Certbot \u2014 renewal notes',
      '## Ingress \u2014 health check notes',
    ],
  }),
});
