import { defineDetector } from '../../src/engine/define-detector.js';
import { CREDIT_LINE, isPersonInProse, sampleName, SUPPORT_EVIDENCE, TRACKER_REFERENCE } from '../support/person-in-prose.js';

const id = 'support-ticket-person';

/**
 * A person named in the text of a support ticket: "Requester: Dana Whitfield
 * reported the export failing", "Escalated by Tomasz Wierzbicki — ticket
 * #48213". The name is a given name of the lexicon and a family name; the
 * text is a ticket only with a ticket or case number, a requester, an
 * escalation or an SLA within a few lines of the name (declared as context).
 * Lone given names, longer proper names, fictional names of the registry and
 * credits (thanks, authors) and changelog or issue-thread entries pass.
 */
export default defineDetector({
  id,
  name: 'Person in a support ticket',
  category: 'support-ticket',
  severity: 'error',
  description: 'People named in support-ticket text, beside a ticket number, a requester, an escalation or an SLA.',
  // The name is read ahead of a one-letter match, so that a rejected pair ("Champion Giulia") does not hide
  // the name that starts at its second word.
  regex:
    /(?<![\p{L}\p{N}_@./#$'-])(?=(?<secret>\p{Lu}\p{Ll}{2,19}(?: \p{Lu}\.)? (?:Mc|O'|D')?\p{Lu}\p{Ll}{1,24}(?:-\p{Lu}\p{Ll}{1,24})?)(?![\p{L}\p{N}_@-]|'\p{L}{2}|\.\p{L}))\p{Lu}/u,
  keywords: [
    'ticket', 'zd-', 'zd#', 'zd #', 'case #', 'case no.', 'case number', 'requester', 'requested by', 'escalated', 'escalation from', 'escalation by', 'escalation owner',
    'sla ', 'sla:', 'breached the sla', 'breached sla', 'missed the sla', 'missed sla', 'support ticket', 'support case',
  ],
  // A keyword opens a window only where it is ticket evidence itself: a ticket with its number, not any `ticket`.
  keywordContext: SUPPORT_EVIDENCE,
  multiline: true,
  // The ticket fact stands within a few lines of the name (300 characters); the windows around the keywords
  // are wider by the longest name, so that they hold every name the context accepts.
  reach: 400,
  context: [
    { pattern: SUPPORT_EVIDENCE, within: 300 },
    { pattern: CREDIT_LINE, within: 'line', effect: 'forbid' },
    { pattern: TRACKER_REFERENCE, within: 300, effect: 'forbid' },
  ],
  validate: (secret, context) => isPersonInProse(secret, context),
  samples: () => ({
    positive: [
      `Requester: ${sampleName(`${id}1`)} reported the export failing since Monday`,
      `Escalated by ${sampleName(`${id}2`)} \u2014 ticket #48213`,
      `Ticket 48213: ${sampleName(`${id}3`)} cannot log in after the SSO change, SLA breach at 14:00`,
    ],
    negative: [
      'Requester: the customer reported the export failing',
      'Requester: Dana reported the export failing',
      'Escalated by Jane Doe \u2014 ticket #48213',
      `${sampleName(`${id}4`)} reported the export failing since Monday`,
      '- Fix ticket #48213 export (#4821), thanks to Dana Whitfield',
      'Ticket #48213: Jordan Valley Systems cannot log in',
      'Escalated by Example User \u2014 ticket #48213',
    ],
  }),
});
