import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'success-note-key-value';

/** Values that describe the field rather than fill it (schemas, forms, fixtures). */
const DESCRIBES_A_FIELD = /\b(?:field|string|optional|required|description|free[ -]?(?:text|form)|placeholder|enter|notes? (?:about|on|for) the (?:account|customer))\b/iu;

/**
 * Free-text customer-success notes under their keys (`csm_notes`,
 * `account_notes`, `churn_reason`, `renewal_notes`, `qbr_notes`,
 * `health_notes`): what a CSM wrote about a customer. Schema descriptions
 * and template references pass.
 */
export default defineDetector({
  id,
  name: 'Customer-success note',
  category: 'customer-success-note',
  severity: 'error',
  description: 'Free-text CSM, account, churn, renewal and QBR notes under their keys.',
  regex:
    /(?<![A-Z0-9])(?:csm|cs|account|success|churn|renewal|qbr|health)[_-]?(?:notes?|reason|summary|comments?)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>[A-Z0-9](?:[^"'`\\,;)}\]\s]|[ \t](?=[^"'`\\,;)}\]\s])){11,300})\\?["'`]?[ \t]*(?:[,;)}\]\r\n]|$)/imu,
  keywords: ['csm', 'cs_note', 'cs-note', 'csnote', 'account_note', 'account-note', 'accountnote', 'success_note', 'churn', 'renewal', 'qbr', 'health_note', 'health-note', 'healthnote'],
  validate: (secret) => secret.trim().split(/\s+/u).length >= 3 && !DESCRIBES_A_FIELD.test(secret),
  samples: () => ({
    positive: [
      { key: 'csm_notes', value: 'Northbridge wants SSO before they sign the renewal' },
      { key: 'churn_reason', value: 'Moving to an in-house tool after the Q3 outage' },
      { key: 'qbr_notes', value: 'Exec sponsor left; new VP Ops is sceptical of the rollout' },
    ],
    negative: [
      { key: 'csm_notes', value: 'Free-text notes about the account' },
      { key: 'csm_notes', value: '${account.csmNotes}' },
      { key: 'churn_reason', value: 'too_expensive' },
      { key: 'account_notes', value: 'Optional string field' },
      { key: 'customer_success_review', value: 'scheduled' },
    ],
  }),
});
