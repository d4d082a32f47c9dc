import { defineDetector } from '../../src/engine/define-detector.js';
import { isSyntheticValue } from '../customer-identifier/support/payload-values.js';

const id = 'qbr-notes-heading';

/** Words that follow (or precede) "QBR notes" without naming a customer. */
export const NOT_A_CUSTOMER = /^(?:Q[1-4]|H[12]|FY\d{2,4}|\d{4}|Template|Customer|Account|Example|Sample|Draft|Agenda|Summary|Overview|Index|Archive|Notes?|Guide|Checklist|January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/**
 * Headings and subject lines of customer-success notes that name the
 * customer: "QBR notes — <customer>", "Churn notes: <customer>", "Renewal
 * notes for <customer>". Templates and dates pass.
 */
export default defineDetector({
  id,
  name: 'Customer-success notes heading',
  category: 'customer-success-note',
  severity: 'error',
  description: 'QBR, account, churn, renewal and health notes headed with a customer name.',
  regex:
    /(?<![A-Z0-9])(?:QBR|EBR|account|churn|renewal|health[ -]check|success)[ -]notes?[ \t]*(?:[:\u2014\u2013-]|for)[ \t]*(?<secret>[A-Z][\w&.'-]{1,30}(?: [A-Z][\w&.'-]{1,30}){0,4})/iu,
  keywords: ['qbr', 'ebr', 'account note', 'account-note', 'churn note', 'churn-note', 'renewal note', 'renewal-note', 'health-check note', 'health check note', 'success note', 'success-note'],
  validate: (secret, { registry }) => /^[A-Z]/u.test(secret) && !NOT_A_CUSTOMER.test(secret) && !isSyntheticValue(secret, registry),
  samples: () => ({
    positive: ['QBR notes \u2014 Northbridge Logistics', 'Churn notes: Haugland Maritime AS', 'Renewal notes for Varga Precision Tools'],
    negative: ['QBR notes \u2014 Q3 2024', 'Account notes: <customer>', 'QBR notes template', 'Renewal notes for Acme Corp', 'QBR notes: Template'],
  }),
});
