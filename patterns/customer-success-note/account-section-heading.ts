import { defineDetector } from '../../src/engine/define-detector.js';
import { companyName } from '../support/sample-builder.js';
import { isSyntheticValue } from '../customer-identifier/support/payload-values.js';
import { NOT_AN_ACCOUNT, signalsIn } from './account-health-note.js';
import { NOT_A_CUSTOMER } from './qbr-notes-heading.js';

const id = 'account-section-heading';

/** How far the section under a heading is read for its customer-success facts. */
const SECTION = 1500;

/** What the sample accounts are. */
const KINDS = ['Logistics', 'Freight', 'Health', 'Maritime', 'Analytics'];

/** The next heading (or bold line) after a section's start: where the section ends. */
const NEXT_HEADING = /(?:\n|\\n)[ \t]{0,3}(?:#{1,6}[ \t]|\*\*[A-Z])/u;

/**
 * An account review written as sections: a Markdown heading (or a bold
 * line) that is an account's name, over a section that states at least two
 * customer-success facts, one of them a health score or colour, churn, a
 * renewal event or an NPS answer ("## Brightwell Logistics" over "Health
 * score 62, ARR $184,000, renewal 2027-03-01"). The heading is the
 * finding. The name takes two words or more (a one-word heading is a label
 * as often as an account); labels (Overview, Next steps, Renewal), tools,
 * templates and the registry's stand-ins are not accounts.
 */
export default defineDetector({
  id,
  name: 'Account section heading',
  category: 'customer-success-note',
  severity: 'error',
  description: "Headings of account-review sections that name the account over its health score, renewal, churn or NPS facts.",
  regex:
    /(?:^[ \t]{0,4}(?:(?:\*|\/\/)[ \t]{1,3})?|(?<=\\n|["'`=]|:[ \t]))(?:#{1,4}[ \t]{1,3}|\*\*)(?<secret>[A-Z][\w&.'-]{1,30}(?:[ \t](?:[A-Z][\w&.'-]{0,30}|&|of|and)){0,5})(?:\*\*)?[ \t]*(?=$|\\n|["'`\u2014\u2013:(|-])/mu,
  keywords: ['health', 'arr', 'mrr', 'renewal', 'churn', 'nps', 'qbr', 'ebr', 'champion', 'expansion'],
  // A fact word opens a window only as a word of its own (`array` and `carry` hold `arr`).
  keywordContext: /(?<![a-z])(?:health|arr|mrr|renewal|churn|nps|qbr|ebr|champion|expansion)(?![a-z])/iu,
  multiline: true,
  // The facts stand in the section under the heading: the keyword lies after the match, within the section.
  reach: SECTION,
  validate: (secret, { text, offset, registry }) => {
    if (text === undefined || offset === undefined) return false;
    const words = secret.split(/[ \t]+/u);
    // One word over a section is a label as often as an account (Setup, Usage, Pricing): an account takes two.
    if (words.length < 2) return false;
    if (words.some((w) => NOT_AN_ACCOUNT.has(w.toLowerCase())) || NOT_A_CUSTOMER.test(secret) || isSyntheticValue(secret, registry)) return false;
    const from = offset + secret.length;
    const rest = text.slice(from, from + SECTION);
    const stop = NEXT_HEADING.exec(rest);
    const { specific, all } = signalsIn(stop ? rest.slice(0, stop.index) : rest);
    return specific >= 1 && all >= 2;
  },
  samples: () => ({
    positive: [
      `## ${companyName(`${id}1`, KINDS)}\n\nHealth score 62 (amber), ARR $184,000; renewal 2027-03-01 at risk.`,
      `### ${companyName(`${id}2`, KINDS)} (EMEA)\n- NPS 4/10 from the ops lead\n- churn risk: high, champion left in May`,
      `**${companyName(`${id}3`, KINDS)}**\nHealth: red. Renewal call postponed; expansion on hold.`,
    ],
    negative: [
      '## Renewal process\n\nHealth score 62, ARR $184,000; renewal 2027-03-01.',
      '## Next Steps\n\nHealth score 62, churn risk high.',
      `## ${companyName(`${id}4`, KINDS)}\n\nFounded in 1998, offices in Hamburg and Rotterdam.`,
      '## Acme Corp\n\nHealth score 62 (amber), ARR $184,000; renewal 2027-03-01 at risk.',
      '## Kubernetes\n\nHealth checks run every 10 s; certificate renewal is automatic.',
      '## Getting Started\n\nThe dashboard shows the health score (0-100) and the ARR of each account.',
      '## Brightwell\n\nHealth score 62 (amber), ARR $184,000; renewal 2027-03-01 at risk.',
    ],
  }),
});
