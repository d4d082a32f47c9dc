import { defineDetector } from '../../src/engine/define-detector.js';
import { CREDIT_LINE, isPersonInProse, sampleName, SUCCESS_EVIDENCE, TRACKER_REFERENCE } from '../support/person-in-prose.js';

const id = 'success-note-person';

/**
 * A person named in the sentences of a customer-success, QBR or renewal note:
 * "Met with Marta Lindqvist (VP Ops) on the renewal; health score 62". The
 * name is a given name of the lexicon and a family name; the note is one only
 * with a customer-success fact within a few lines of the name (declared as
 * context). Lone given names, longer proper names ("Jordan Valley Systems"),
 * fictional names of the registry, credits (thanks, authors) and changelog
 * or issue-thread entries pass.
 */
export default defineDetector({
  id,
  name: 'Person in a customer-success note',
  category: 'customer-success-note',
  severity: 'error',
  description: 'People named in customer-success, QBR and renewal notes, beside a health score, ARR, renewal, churn or NPS.',
  // The name is read ahead of a one-letter match, so that a rejected pair ("Champion Giulia") does not hide
  // the name that starts at its second word.
  regex:
    /(?<![\p{L}\p{N}_@./#$'-])(?=(?<secret>\p{Lu}\p{Ll}{2,19}(?: \p{Lu}\.)? (?:Mc|O'|D')?\p{Lu}\p{Ll}{1,24}(?:-\p{Lu}\p{Ll}{1,24})?)(?![\p{L}\p{N}_@-]|'\p{L}{2}|\.\p{L}))\p{Lu}/u,
  keywords: [
    'health score', 'health-score', 'health_score', 'healthscore', 'arr ', 'arr:', 'arr=', 'mrr', 'nps', 'renewal', 'upcoming renewal', 'their renewal', 'contract renewal',
    'churn', 'risk of churn', 'account health', 'likely to churn', 'threatening to churn', 'about to churn', 'qbr', 'ebr', 'csm', 'account manager', 'customer success manager', 'exec sponsor', 'executive sponsor', 'upsell',
  ],
  // A keyword opens a window only where it is the customer-success word itself (ARR, not `arr` in code).
  keywordContext: SUCCESS_EVIDENCE,
  multiline: true,
  // The fact that makes the note one stands within a few lines of the name (300 characters); the windows
  // around the keywords are wider by the longest name, so that they hold every name the context accepts.
  reach: 400,
  context: [
    { pattern: SUCCESS_EVIDENCE, within: 300 },
    { pattern: CREDIT_LINE, within: 'line', effect: 'forbid' },
    { pattern: TRACKER_REFERENCE, within: 300, effect: 'forbid' },
  ],
  validate: (secret, context) => isPersonInProse(secret, context),
  samples: () => ({
    positive: [
      `Met with ${sampleName(`${id}1`)} (VP Ops) on the renewal; health score 62`,
      `- ${sampleName(`${id}2`)} asked for a discount before the QBR, ARR 48k`,
      `Champion left: ${sampleName(`${id}3`)} moved to another company, churn risk high`,
      `Renewal call booked with ${sampleName(`${id}4`)}, NPS 7 last quarter`,
    ],
    negative: [
      'Met with the VP Ops on the renewal; health score 62',
      'Met with Marta on the renewal; health score 62',
      'Jordan Valley Systems: renewal signed, health score 80',
      'Met with Jane Doe (VP Ops) on the renewal; health score 62',
      'Thanks to Dana Whitfield for the renewal reminder and the health score chart',
      '- Fix churn calculation in the health score (#4821) by @dwhitfield',
      `Met with ${sampleName(`${id}5`)} (VP Ops) about the export`,
      'Renewal of the certificate on Austin Office servers, health score 90',
    ],
  }),
});
