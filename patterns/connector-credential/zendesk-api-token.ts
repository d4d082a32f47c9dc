import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'zendesk-api-token';

export default defineDetector({
  id,
  name: 'Zendesk API token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Zendesk API tokens (40 alphanumerics) under a Zendesk token key, env entry or section, or after `/token:` in basic-auth credentials in a file that names Zendesk.',
  // Same-key forms, env entries (name: + value:), keys in a `zendesk` section, and `/token:` basic-auth credentials in a file that names Zendesk.
  regex:
    /(?:(?<![a-z0-9])zendesk[\w.-]{0,30}?(?:api[_.-]?)?(?:token|key)\\?["'`]?(?:[ \t]{0,4}(?:[,\r\n]|\\[nr])(?:[ \t\r\n*#/-]|\\[nrt]){0,40}\\?["'`]?value\\?["'`]?)?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|(?<![a-z0-9])zendesk\\?["'`]?[ \t]{0,4}[:=](?:[ \t]{0,4}\{)?(?:[^{}\n]|\n[ \t*#/-]){0,300}?(?<![a-z0-9])(?:api[_.-]?)?(?:token|key)\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?|\/token:)(?<secret>[a-z0-9]{40})(?![a-z0-9])/iu,
  keywords: ['zendesk'],
  multiline: true,
  entropy: 4,
  validate: (secret) => /[A-Z]/u.test(secret) && /[a-z]/u.test(secret) && /\d/u.test(secret) && !hasSequentialRun(secret),
  references: ['https://developer.zendesk.com/api-reference/introduction/security-and-auth/#api-token'],
  samples: () => ({
    positive: [
      { key: 'ZENDESK_API_TOKEN', value: r(`${id}1`, ALPHA_NUM, 40) },
      { key: 'zendeskToken', value: r(`${id}2`, ALPHA_NUM, 40) },
      `curl https://${r(`${id}3`, LOWER_NUM, 8)}.zendesk.com/api/v2/tickets.json -u agent@northbridge.io/token:${r(`${id}4`, ALPHA_NUM, 40)}`,
    ],
    negative: [
      { key: 'ZENDESK_API_TOKEN', value: 'your_zendesk_api_token' },
      { key: 'zendesk_token', value: '${ZENDESK_TOKEN}' },
      { key: 'zendesk_token', value: 'x'.repeat(40) },
      // A git object id is not a Zendesk token.
      { key: 'zendesk_commit', value: 'b1946ac92492d2347c6235b4d2611184e3b0c442' },
      'curl https://{subdomain}.zendesk.com/api/v2/users.json -u {email_address}/token:{api_token}',
    ],
  }),
});
