import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isCustomerValue, isPersonName, keyNearby } from '../customer-identifier/support/payload-values.js';

const id = 'account-health-record';

const SUCCESS_KEY =
  /(?<![A-Z0-9])(?:health[_-]?score|churn[_-]?(?:risk|score|reason|probability)|renewal[_-]?(?:date|risk|status|likelihood|forecast)|csm[_-]?notes?|nps(?:[_-]?score)?)\\?["']?[ \t]{0,4}[:=]/iu;

/** Weaker signs, enough beside an account key, both needed beside a bare `name`: a health colour or score, a renewal date. */
const HEALTH_VALUE = /(?<![\w-])health\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?:red|amber|yellow|green|\d{1,3})\b/iu;
const RENEWAL_DATE = /(?<![\w-])renewal\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?\d{4}-\d{2}/iu;

/**
 * A customer-success record: a named account (`account_name`, `customer`,
 * `company`, `tenant_name`, … or a bare `name` holding a proper name) with a
 * health score, churn, renewal, NPS or CSM-notes key, or a `health` colour or
 * score or a `renewal` date, within a few hundred characters, before or after it. The
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
    /(?<![A-Z0-9])(?:(?:account|customer|company|client|logo|(?:tenant|org|organi[sz]ation)[_-]?name)(?:[_-]?name)?|(?<![\w-])(?<bare>name))\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?(?<secret>[A-Z0-9][A-Z0-9.&+-]{0,80}(?: [A-Z0-9.&+-]{1,40}){0,8})\\?["'`]?[ \t]*(?:[,;)}\]#\r\n]|$)/imu,
  keywords: ['health_score', 'healthscore', 'health-score', 'health:', 'health"', 'churn', 'renewal', 'csm_note', 'csm-note', 'csmnote', 'nps'],
  multiline: true,
  // Windows around the keyword hits, not the whole file: validate looks 600 characters around the name for the record keys.
  reach: 700,
  // A bare `name` key names many things: only a proper name (two capitalised words), with stronger context, counts there.
  validate: (secret, context) => {
    const bare = context.groups.bare !== undefined;
    if (bare && !secret.includes(' ')) return false;
    const weak = Number(keyNearby(context, HEALTH_VALUE)) + Number(keyNearby(context, RENEWAL_DATE));
    if (!keyNearby(context, SUCCESS_KEY) && weak < (bare ? 2 : 1)) return false;
    return isPersonName(secret, context.registry) || isCustomerValue(secret, { quoted: true, syntax: context.syntax, registry: context.registry });
  },
  samples: () => ({
    positive: [
      { key: 'account', value: `account_name: Haugland Maritime AS, health_score: ${r(`${id}1`, DIGITS, 2)}, churn_risk: high` },
      { key: 'record', value: `{"customer":"Brennan & Okafor Ltd","renewal_date":"2025-03-31","renewal_risk":"at risk"}` },
      { key: 'csm', value: 'csm_notes: asked for SSO before renewal; company: Varga Precision Tools GmbH' },
      { key: 'accounts', value: '- name: Quillfeather Health, health: red, renewal: 2024-09-30, note: CISO prefers a competitor' },
    ],
    negative: [
      { key: 'summary', value: 'customer_success_review_status: scheduled, tenant_id: tenant-demo' },
      { key: 'account', value: 'account_name: Acme Corp, health_score: 42, churn_risk: high' },
      { key: 'account', value: 'account_name: <account>, health_score: <score>' },
      { key: 'account', value: 'account_name: Haugland Maritime AS, plan: enterprise' },
      { key: 'account', value: 'customer: default, churn_risk: low' },
      { key: 'accounts', value: 'name: renewal-at-risk, health: red, renewal: 2024-09-30' },
      { key: 'service', value: 'name: Payments Api, health: green, port: 8080' },
      { key: 'cert', value: 'name: Edge Proxy, renewal: 2025-01-31, issuer: letsencrypt' },
    ],
  }),
});
