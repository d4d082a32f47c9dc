import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isSyntheticValue } from '../customer-identifier/support/payload-values.js';

const id = 'ticket-customer-quote';

/** A ticket number just before the quote: `(9874, "…`, `#9874 …`, `ZD 48213: …`, `[9874] …`. */
const TICKET_NUMBER_BEFORE = /(?:#|\b(?:ZD|FD|SD|ticket|case|req)[ #-]?|[([][ \t]{0,2})\d{3,9}[ \t]{0,2}[,:)\]\u2014-]?[ \t]{0,4}\\?["'`]?[ \t]{0,2}$/iu;

/** The ticket word in the lines before the quote (a comment or a heading over a list). */
const TICKET_WORD = /\btickets?\b/iu;

/** Openers of a subject that is not a customer. */
const NOT_A_CUSTOMER = /^(?:Note|Notes|Todo|Fixme|Error|Warning|Info|Debug|Example|Sample|Template|Customer|User|Subject|Summary|Status|Reason|Message|Description|Title|Comment|Reply|Response|Request|Answer|Question|Usage|Returns?|Raises|Args|Params?|Default|Type|See|Also|Quote|Said|Agent|Bot)\b/u;

/**
 * A customer's own words quoted against a ticket: `(9874, "Osterlund
 * Maritime: 'our auditors need the export by Friday'")`, `#9902 Tamarind Bay
 * Hotels: "card on file was charged twice"`. The customer and the quote are
 * reported; a ticket number must come just before, or the word "ticket" in
 * the few lines above.
 */
export default defineDetector({
  id,
  name: 'Customer words from a ticket',
  category: 'support-ticket',
  severity: 'error',
  description: 'Customers\u2019 words quoted from support tickets, named and tied to a ticket number.',
  regex:
    /(?<![\w&.-])(?<secret>[A-Z][a-z][\w&.-]{1,30}(?: [A-Z][\w&.-]{0,30}){0,4}:[ \t]{1,2}(?:\\?['"]|[\u2018\u201c])[^'"\u2018\u201c\u2019\u201d\\\n]{15,300}(?:\\?['"]|[\u2019\u201d]))/u,
  keywords: ['ticket'],
  multiline: true,
  // Windows around the keyword hits, not the whole file: the ticket word sits within 300 characters before the quote.
  reach: 800,
  validate: (secret, { text, offset, registry }) => {
    if (text === undefined || offset === undefined) return false;
    const name = secret.slice(0, secret.indexOf(':'));
    const quote = secret.slice(name.length + 1);
    if (NOT_A_CUSTOMER.test(name) || isSyntheticValue(name, registry) || quote.trim().split(/\s+/u).length < 4) return false;
    if (/\b(?:lorem|ipsum|example|sample|placeholder)\b/iu.test(quote)) return false;
    const before = text.slice(Math.max(0, offset - 300), offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return TICKET_NUMBER_BEFORE.test(before.slice(lineStart)) && TICKET_WORD.test(before);
  },
  samples: () => ({
    positive: [
      `# tickets that failed to migrate\n(98${r(`${id}1`, DIGITS, 2)}, "Osterlund Maritime: 'our auditors need the export by Friday or we escalate'"),`,
      `Open tickets:\n- #99${r(`${id}2`, DIGITS, 2)} Tamarind Bay Hotels: \u201ccard on file was charged twice for May\u201d`,
    ],
    negative: [
      `# tickets\n(9874, "Example Customer: 'our auditors need the export by Friday'"),`,
      `(9874, "Osterlund Maritime: 'our auditors need the export by Friday or we escalate'"),`,
      `# tickets\nlog.info("Retrying: 'could not reach the ticket service after three attempts'")`,
      `# ticket 4821\nNote: "the export runs nightly at two in the morning"`,
    ],
  }),
});
