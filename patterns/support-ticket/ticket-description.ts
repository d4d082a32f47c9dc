import { defineDetector } from '../../src/engine/define-detector.js';
import { LOWER_NUM, DIGITS, randomString as r } from '../support/sample-builder.js';
import { isTicketRecord, namesRealCustomer, recordAround } from './support/ticket-record.js';

const id = 'ticket-description';

/** Text that says the ticket is made up (the registry's word rules are for tokens: free text says "none" or "test" in earnest). */
const MADE_UP = /\b(?:lorem|ipsum|sample|example|placeholder|dummy|fake|fictional|test ticket)\b|\bexample\.(?:com|org|net|invalid)\b/iu;

/** Text that describes the field rather than fills it. */
const DESCRIBES_A_FIELD = /^(?:the |a |an )?(?:ticket|request|issue)(?:'s)? (?:description|body|text)\b|\b(?:free[ -]?text|markdown|html|field|optional|required)\b/iu;

/**
 * The body of a helpdesk ticket in an export or a fixture: the value of a
 * `description`, `description_text`, `body` or `plain_body` key (five words or
 * more) in a record that is a ticket (a ticket key or link, a Jira issue or
 * an Intercom conversation, and a requester, subject, summary, reporter or
 * author field) and names a real customer (an email on a real domain, or a
 * ticket link of a real helpdesk account). What the customer wrote is the
 * reported value.
 */
export default defineDetector({
  id,
  name: 'Support ticket body',
  category: 'support-ticket',
  severity: 'error',
  description: 'Ticket descriptions and bodies from Zendesk, Freshdesk, Jira Service Management or other helpdesk exports that name a real customer.',
  regex:
    /(?<![\w-])(?:description(?:[_-]?text)?|plain[_-]?body|body(?:[_-]?text)?|html[_-]?body|comment[_-]?body)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}(?:\\?["'`]|(?=[A-Z]))(?<secret>[^"'`\\\r\n]{20,2000})/iu,
  keywords: ['requester', 'ticket', 'freshdesk', 'zendesk', 'servicedesk', 'atlassian.net/rest/', 'conversation'],
  multiline: true,
  // Windows around the keyword hits, not the whole file: the record around the body is read 1500 characters either way.
  reach: 1500,
  skipSynthetic: true,
  validate: (secret, { text, offset, registry }) => {
    if (text === undefined || offset === undefined) return false;
    if (secret.trim().split(/\s+/u).length < 5 || DESCRIBES_A_FIELD.test(secret) || MADE_UP.test(secret)) return false;
    const record = recordAround(text, offset);
    return isTicketRecord(record) && namesRealCustomer(record, registry);
  },
  samples: () => ({
    positive: [
      {
        key: 'ticket',
        value: `{"url": "https://northbridge${r(`${id}1`, LOWER_NUM, 3)}.zendesk.com/api/v2/tickets/${r(`${id}2`, DIGITS, 5)}.json", "subject": "Audit export missing events", "description": "Hi team, since Monday our nightly audit export is missing all policy.updated events.", "priority": "urgent"}`,
      },
      {
        key: 'export',
        value: `{"id": ${r(`${id}3`, DIGITS, 4)}, "subject": "SSO login loops", "description_text": "None of our front-desk staff can sign in via Okta on Safari 17; Chrome works.", "requester": {"email": "i.carvalho@${r(`${id}4`, LOWER_NUM, 8)}dental.com"}}`,
      },
      {
        key: 'issue',
        value: `{"self": "https://kestrel${r(`${id}5`, LOWER_NUM, 4)}.atlassian.net/rest/api/2/issue/${r(`${id}6`, DIGITS, 5)}", "key": "CSD-1842", "fields": {"summary": "Data residency question", "description": "Our regulator asks whether audit exports ever leave the EU region.", "reporter": {"emailAddress": "s.balakrishnan@${r(`${id}7`, LOWER_NUM, 9)}cu.org"}}}`,
      },
      {
        key: 'conversation',
        value: `{"type": "conversation", "id": "${r(`${id}8`, DIGITS, 12)}", "source": {"author": {"type": "user", "email": "ops@${r(`${id}9`, LOWER_NUM, 7)}-hotels.com"}, "body": "The card on file was charged twice for May, please refund one."}}`,
      },
    ],
    negative: [
      {
        key: 'ticket',
        value: '{"url": "https://example.zendesk.com/api/v2/tickets/35436.json", "subject": "Help, my printer is on fire!", "description": "The fire is very colorful and it keeps spreading.", "priority": "high"}',
      },
      { key: 'export', value: '{"id": 1, "subject": "Sample ticket", "description_text": "This is a sample ticket created by Freshdesk.", "requester": {"email": "requester@example.invalid"}}' },
      { key: 'schema', value: '{"ticket_id": 1, "subject": "string", "description": "The ticket description, as free text or HTML.", "requester": {"email": "ops@northbridge-logistics.de"}}' },
      { key: 'package', value: '{"name": "ticket-bot", "description": "Opens a support ticket from a Slack thread with the requester and subject filled in."}' },
    ],
  }),
});
