import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, randomString as r } from '../support/sample-builder.js';
import { isCustomerValue } from '../customer-identifier/support/payload-values.js';

const id = 'account-keyed-health-record';

/** Customer-success keys inside the record, with a value. */
const SUCCESS_KEY =
  /(?<![A-Z0-9])(?:health[_-]?score|churn[_-]?(?:risk|score|reason|probability)|renewal[_-]?(?:date|risk|status|likelihood|forecast)|csm[_-]?notes?|nps(?:[_-]?score)?|account[_-]?health)\\?["']?[ \t]{0,4}[:=]/iu;

/**
 * A map of accounts keyed by the account's name, whose record holds
 * customer-success keys: `"Kestrel Ridge Credit Union": {"health_score": 38,
 * "churn_risk": "high"}` in Python, JSON or JS, or the YAML
 * `Kestrel Ridge Credit Union:` followed by indented `health_score:` lines.
 * The name (two or more capitalised words) is the reported value; the keys
 * must follow it within the record.
 */
export default defineDetector({
  id,
  name: 'Account-keyed health record',
  category: 'customer-success-note',
  severity: 'error',
  description: 'Health, churn, renewal and CSM-note records stored under the customer\u2019s name as a map key.',
  regex:
    /(?:^[ \t]{0,16}|[{,][ \t]{0,4})\\?["']?(?<secret>[A-Z][\w&.-]{0,40}(?: [A-Z0-9&][\w&.-]{0,40}){1,6})\\?["']?[ \t]{0,4}:[ \t]{0,4}(?:\{|\r?$)/mu,
  keywords: ['health_score', 'healthscore', 'health-score', 'churn_', 'churn-', 'churnrisk', 'renewal_', 'renewal-', 'csm_note', 'csm-note', 'nps_score', 'account_health'],
  multiline: true,
  // Windows around the keyword hits, not the whole file: the record keys sit within 400 characters after the name.
  reach: 600,
  validate: (secret, { text, offset, syntax, registry }) => {
    if (text === undefined || offset === undefined || !isCustomerValue(secret, { quoted: true, syntax, registry })) return false;
    // The record that follows the key: up to its closing brace (one line) or the next 400 characters.
    const after = text.slice(offset + secret.length, offset + secret.length + 400);
    const close = after.indexOf('}');
    return SUCCESS_KEY.test(close === -1 ? after : after.slice(0, close));
  },
  samples: () => ({
    positive: [
      { key: 'at_risk', value: `{"Kestrel Ridge Credit Union": {"health_score": ${r(`${id}1`, DIGITS, 2)}, "churn_risk": "high", "note": "board vendor review in July"}}` },
      { key: 'accounts', value: `{'Quillfeather Health': {'churn_risk': 'high', 'renewal_date': '2024-09-${r(`${id}2`, '12', 1)}0'}}` },
    ],
    negative: [
      { key: 'at_risk', value: '{"Acme Corp": {"health_score": 38, "churn_risk": "high"}}' },
      { key: 'services', value: '{"Payments Api": {"health_check": "/healthz", "port": 8080}}' },
      { key: 'template', value: '{"<Account Name>": {"health_score": 0, "churn_risk": "low"}}' },
      { key: 'accounts', value: '{"Quillfeather Health": {"plan": "enterprise", "seats": 240}, "health_score": 41}' },
    ],
  }),
});
