import { defineDetector } from '../../src/engine/define-detector.js';
import { valueShape } from '../../src/engine/evidence.js';
import { DIGITS, randomString as r, seededRandom } from '../support/sample-builder.js';
import { isSyntheticValue, keyNearby } from '../customer-identifier/support/payload-values.js';
import { NOT_AN_ACCOUNT } from '../customer-success-note/account-health-note.js';

const id = 'ticket-organization';

/** A ticket key and a ticket field (the same ones support-ticket-payload reads) within the record's reach. */
const TICKET_KEY = /(?<![A-Z0-9])ticket(?:[_-]?(?:id|number|no))?\\?["']?[ \t]{0,4}[:=]/iu;
const TICKET_FIELD = /(?<![A-Z0-9])(?:subject|description|priority)\\?["']?[ \t]{0,4}[:=]/iu;

/** A company's name from syllables and a legal form, with a seeded PRNG. */
function companyName(seed: string): string {
  const next = seededRandom(seed);
  const syllable = (): string => 'bdfghklmnprstvw'.charAt(Math.floor(next() * 15)) + 'aeiou'.charAt(Math.floor(next() * 5));
  const word = `${syllable()}${syllable()}${syllable()}`;
  return `${word.charAt(0).toUpperCase()}${word.slice(1)} ${['Logistics GmbH', 'Freight Ltd', 'Health Inc', 'Maritime AS'][Math.floor(next() * 4)] ?? 'Logistics GmbH'}`;
}

/**
 * The customer's organisation in a support ticket record: a company's name
 * (with its legal form, or two capitalised words or more) under an
 * organization, company, account or customer key, or as the `name` of such
 * an object, in a record that also has a ticket key and a subject,
 * description or priority. Teams and functions (Support Team) and the
 * registry's stand-ins are not one.
 */
export default defineDetector({
  id,
  name: 'Customer organisation in a ticket',
  category: 'support-ticket',
  severity: 'error',
  description: "A customer's organisation named in a support ticket record (organization, company, account or customer beside a ticket id and a subject or priority).",
  regex:
    /(?<![A-Z0-9])(?:organi[sz]ation|company|account|customer)(?:[_-]?name)?\\?["']?[ \t]{0,4}[:=][ \t]{0,4}(?:\{[ \t]{0,4}\\?["']?name\\?["']?[ \t]{0,4}:[ \t]{0,4})?\\?["']?(?<secret>[A-Z][\w&.'-]{1,40}(?: (?:[A-Z][\w&.'-]{0,40}|&|of|and)){1,5})(?=\\?["']?[ \t]*(?:[,;}\r\n]|$))/mu,
  keywords: ['ticket'],
  multiline: true,
  // The ticket key stands in the record, outside the match: windows of a record's reach around it.
  reach: 700,
  validate: (secret, context) => {
    const shape = valueShape(secret);
    // A team, a function or a tool is no customer's organisation (Support Team, Billing Desk).
    if (secret.split(' ').some((w) => NOT_AN_ACCOUNT.has(w.toLowerCase()))) return false;
    return (shape === 'company' || shape === 'name') && keyNearby(context, TICKET_KEY) && keyNearby(context, TICKET_FIELD) && !isSyntheticValue(secret, context.registry);
  },
  samples: () => ({
    positive: [
      { key: 'ticket', value: `ticket_id: ${r(`${id}1`, DIGITS, 5)}, organization: ${companyName(`${id}2`)}, subject: Export job fails after upgrade, priority: high` },
      { key: 'record', value: `{"ticket_number":"${r(`${id}3`, DIGITS, 6)}","subject":"Refund for duplicate charge","company":"${companyName(`${id}4`)}"}` },
    ],
    negative: [
      { key: 'ticket', value: 'ticket_id: 48213, organization: Acme Corp, subject: Export job fails, priority: high' },
      { key: 'ticket', value: `ticket_id: 48213, organization: ${companyName(`${id}5`)}` },
      { key: 'record', value: `organization: ${companyName(`${id}6`)}, subject: Export job fails, priority: high` },
      { key: 'ticket', value: 'ticket_id: 48213, organization: Support Team, subject: <subject>, priority: low' },
    ],
  }),
});
