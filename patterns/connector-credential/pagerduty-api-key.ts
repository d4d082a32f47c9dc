import { defineDetector } from '../../src/engine/define-detector.js';
import { randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'pagerduty-api-key';

const KEY_BODY = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+';

export default defineDetector({
  id,
  name: 'PagerDuty REST API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'PagerDuty REST API keys and user tokens (20 characters, user tokens prefixed u+) under a PagerDuty key, env entry or section, or in a `Token token=` header in a file that names PagerDuty.',
  // Same-key forms, env entries (name: + value:), keys in a `pagerduty` section, and `Token token=` headers in a file that names PagerDuty.
  regex:
    /(?:(?<![a-z0-9])pagerduty[\w.-]{0,30}?(?:api[_.-]?)?(?:key|token)\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|(?<![a-z0-9])pagerduty\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])(?:api[_.-]?)?(?:key|token)\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|token[ \t]{1,4}token=\\?["']?)(?<secret>[\w+-]{20})(?![\w+-])/iu,
  keywords: ['pagerduty'],
  multiline: true,
  entropy: 3.4,
  // The sample token of PagerDuty's API reference is in the registry.
  validate: (secret) => /[a-z]/iu.test(secret) && /\d/u.test(secret) && !hasSequentialRun(secret, 5),
  references: ['https://support.pagerduty.com/main/docs/api-access-keys', 'https://developer.pagerduty.com/docs/authentication'],
  samples: () => ({
    positive: [
      { key: 'PAGERDUTY_API_KEY', value: r(`${id}1`, KEY_BODY, 20) },
      { key: 'pagerduty_token', value: `u+${r(`${id}2`, KEY_BODY.slice(0, 64), 18)}` },
      `curl -H "Authorization: Token token=${r(`${id}3`, KEY_BODY, 20)}" https://api.pagerduty.com/incidents`,
    ],
    negative: [
      { key: 'PAGERDUTY_API_KEY', value: 'y_NbAkKc66ryYTWUXYEu' },
      { key: 'PAGERDUTY_API_KEY', value: 'your-pagerduty-token' },
      { key: 'pagerduty_token', value: '${PAGERDUTY_TOKEN}' },
      // Events API routing keys (32 hex) are the escalation-webhook detectors' business.
      { key: 'pagerduty_routing_key', value: 'R0ut1ngK3yR0ut1ngK3yR0ut1ngK3yZZ' },
      'curl -H "Authorization: Token token=y_NbAkKc66ryYTWUXYEu" https://api.pagerduty.com/users',
    ],
  }),
});
