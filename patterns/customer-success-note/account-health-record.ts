import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isCustomerValue, isPersonName, keyNearby } from '../customer-identifier/support/payload-values.js';

const id = 'account-health-record';

const SUCCESS_KEY = /(?<![A-Z0-9])(?:health[_-]?score|churn[_-]?(?:risk|score|reason|probability)|renewal[_-]?(?:date|risk|status|likelihood|forecast)|csm[_-]?notes?|nps(?:[_-]?score)?)\\?["']?[ \t]{0,4}[:=]/iu;

/**
 * A customer-success record: a named account (`account_name`, `customer`,
 * `company`, `tenant_name`, …) with a health score, churn, renewal, NPS or
 * CSM-notes key within a few hundred characters, before or after it. The
 * account name is the reported value. The contract's check ids and statuses
 * (`customer_success_review_status: scheduled`) name no account.
 */
export default defineDetector({
  id,
  name: 'Customer health or renewal record',
  category: 'customer-success-note',
  severity: 'error',
  description: 'Health scores, churn risk, renewal dates and CSM notes recorded against a named customer account.',
  regex:
    /(?<![A-Z0-9])(?:account|customer|company|client|logo|(?:tenant|org|organi[sz]ation)[_-]?name)(?:[_-]?name)?\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<secret>[A-Z0-9][A-Z0-9.&+-]{0,80}(?: [A-Z0-9.&+-]{1,40}){0,8})\\?["'`]?[ \t]*(?:[,;)}\]#\r\n]|$)/imu,
  keywords: ['health_score', 'healthscore', 'health-score', 'churn', 'renewal', 'csm_note', 'csm-note', 'csmnote', 'nps'],
  multiline: true,
  validate: (secret, context) =>
    keyNearby(context, SUCCESS_KEY) && (isPersonName(secret) || isCustomerValue(secret, { quoted: true, syntax: context.syntax })),
  samples: () => ({
    positive: [
      { key: 'account', value: `account_name: Haugland Maritime AS, health_score: ${r(`${id}1`, DIGITS, 2)}, churn_risk: high` },
      { key: 'record', value: `{"customer":"Brennan & Okafor Ltd","renewal_date":"2025-03-31","renewal_risk":"at risk"}` },
      { key: 'csm', value: 'csm_notes: asked for SSO before renewal; company: Varga Precision Tools GmbH' },
    ],
    negative: [
      { key: 'summary', value: 'customer_success_review_status: scheduled, tenant_id: tenant-demo' },
      { key: 'account', value: 'account_name: Acme Corp, health_score: 42, churn_risk: high' },
      { key: 'account', value: 'account_name: <account>, health_score: <score>' },
      { key: 'account', value: 'account_name: Haugland Maritime AS, plan: enterprise' },
      { key: 'account', value: 'customer: default, churn_risk: low' },
    ],
  }),
});
