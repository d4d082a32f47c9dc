import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { isRealEmail, keyNearby } from '../customer-identifier/support/payload-values.js';

const id = 'support-ticket-payload';

/** A ticket's id key (`ticket_id`, `ticket_number`, `ticket`): the ticket detectors read it within a record's reach. */
export const TICKET_KEY = /(?<![A-Z0-9])ticket(?:[_-]?(?:id|number|no))?\\?["']?[ \t]{0,4}[:=]/iu;

/** A ticket's content key (`subject`, `description`, `priority`). */
export const TICKET_FIELD = /(?<![A-Z0-9])(?:subject|description|priority)\\?["']?[ \t]{0,4}[:=]/iu;

/**
 * Ticket contents: a requester's real email (`requester_email`, `requester`,
 * `submitter`, `reporter`, `from`, `email`) in a record that also has a ticket
 * key (`ticket_id`, `ticket_number`, `ticket`) and a subject, description or
 * priority key within a few hundred characters, before or after it.
 */
export default defineDetector({
  id,
  name: 'Support ticket contents',
  category: 'support-ticket',
  severity: 'error',
  description: 'Support ticket records (ticket id, subject or priority) that carry a real requester email.',
  regex:
    /(?<![A-Z0-9])(?:requester|submitter|reporter|requested[_-]?by|customer|from|contact|email)(?:[_-]?(?:e[_-]?mail|address))?\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?:[A-Z][A-Z .'-]{0,60}<)?(?<secret>[A-Z0-9][A-Z0-9._%+-]{0,63}@[A-Z0-9-]{1,63}(?:\.[A-Z0-9-]{1,63}){1,8})(?![A-Z0-9.-])/iu,
  keywords: ['ticket'],
  multiline: true,
  // Windows around the keyword hits, not the whole file: validate looks 600 characters around the email for the ticket keys.
  reach: 700,
  validate: (secret, context) => keyNearby(context, TICKET_KEY) && keyNearby(context, TICKET_FIELD) && isRealEmail(secret, context.registry),
  samples: () => ({
    positive: [
      {
        key: 'ticket',
        value: `ticket_id: ${r(`${id}1`, DIGITS, 5)}, requester_email: marta.lindqvist@${r(`${id}2`, LOWER_NUM, 6)}-logistics.de, subject: Export job fails after upgrade, priority: high`,
      },
      {
        key: 'record',
        value: `{"ticket_number":"${r(`${id}3`, DIGITS, 6)}","subject":"Refund for duplicate charge","requester":"Kwame Mensah <k.mensah@${r(`${id}4`, LOWER_NUM, 8)}.com>"}`,
      },
    ],
    negative: [
      { key: 'ticket', value: 'ticket_id: 48213, requester_email: ops@example.invalid, subject: Export job fails, priority: high' },
      { key: 'ticket', value: 'ticket_id: 48213, requester_email: marta@northbridge-logistics.de' },
      { key: 'record', value: 'requester_email: marta@northbridge-logistics.de, subject: Export job fails, priority: high' },
      { key: 'ticket', value: 'ticket_id: <id>, requester_email: <email>, subject: <subject>' },
    ],
  }),
});
