import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'sendgrid-api-key';

export default defineDetector({
  id,
  name: 'SendGrid API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Twilio SendGrid API keys (SG. + 22 + . + 43 base64url characters): send mail as the account.',
  regex: /(?<![\w.-])(?<secret>SG\.[\w-]{22}\.[\w-]{43})(?![\w.-])/u,
  keywords: ['sg.'],
  publicPrefix: /^SG\./u,
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(3)),
  references: ['https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys'],
  samples: () => ({
    positive: [`SG.${r(`${id}1`, BASE64URL, 22)}.${r(`${id}2`, BASE64URL, 43)}`, { key: 'SENDGRID_API_KEY', value: `SG.${r(`${id}3`, BASE64URL, 22)}.${r(`${id}4`, BASE64URL, 43)}` }],
    negative: [
      'SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SG.<your-sendgrid-api-key>',
      `SG.${r(`${id}5`, BASE64URL, 22)}.${r(`${id}6`, BASE64URL, 40)}`,
      '/SG\\.[\\w-]{22}\\.[\\w-]{43}/',
      'msg.payload.headers',
    ],
  }),
});
