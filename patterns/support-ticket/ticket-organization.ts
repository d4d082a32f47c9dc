import { defineDetector } from '../../src/engine/define-detector.js';
import { valueShape } from '../../src/engine/evidence.js';
import { companyName, DIGITS, randomString as r } from '../support/sample-builder.js';
import { isSyntheticValue, keyNearby } from '../customer-identifier/support/payload-values.js';
import { NOT_AN_ACCOUNT } from '../customer-success-note/account-health-note.js';
import { TICKET_FIELD, TICKET_KEY } from './support-ticket-payload.js';

const id = 'ticket-organization';

/** What the sample organisations are: a trade and a legal form. */
const KINDS = ['Logistics GmbH', 'Freight Ltd', 'Health Inc', 'Maritime AS'];

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
      { key: 'ticket', value: `ticket_id: ${r(`${id}1`, DIGITS, 5)}, organization: ${companyName(`${id}2`, KINDS)}, subject: Export job fails after upgrade, priority: high` },
      { key: 'record', value: `{"ticket_number":"${r(`${id}3`, DIGITS, 6)}","subject":"Refund for duplicate charge","company":"${companyName(`${id}4`, KINDS)}"}` },
    ],
    negative: [
      { key: 'ticket', value: 'ticket_id: 48213, organization: Acme Corp, subject: Export job fails, priority: high' },
      { key: 'ticket', value: `ticket_id: 48213, organization: ${companyName(`${id}5`, KINDS)}` },
      { key: 'record', value: `organization: ${companyName(`${id}6`, KINDS)}, subject: Export job fails, priority: high` },
      { key: 'ticket', value: 'ticket_id: 48213, organization: Support Team, subject: <subject>, priority: low' },
    ],
  }),
});
