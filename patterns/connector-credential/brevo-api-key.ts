import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'brevo-api-key';

export default defineDetector({
  id,
  name: 'Brevo API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Brevo (formerly Sendinblue) API v3 keys (xkeysib- + 64 hex characters + - + 16 characters), which send mail as the account.',
  regex: /(?<![\w.-])(?<secret>xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16})(?![\w.-])/u,
  keywords: ['xkeysib-'],
  publicPrefix: /^xkeysib-/u,
  entropy: 3.5,
  validate: (secret) => !hasSequentialRun(secret.slice(8, 72)),
  references: ['https://developers.brevo.com/docs/getting-started', 'https://help.brevo.com/hc/en-us/articles/209467485'],
  samples: () => ({
    positive: [
      `xkeysib-${r(`${id}1`, HEX, 64)}-${r(`${id}2`, ALPHA_NUM, 16)}`,
      { key: 'BREVO_API_KEY', value: `xkeysib-${r(`${id}3`, HEX, 64)}-${r(`${id}4`, ALPHA_NUM, 16)}` },
    ],
    negative: [
      `xkeysib-${'0'.repeat(64)}-${'x'.repeat(16)}`,
      'xkeysib-<api-key>',
      `xkeysib-${r(`${id}5`, HEX, 64)}`,
      `xkeysib-${r(`${id}6`, HEX, 40)}-${r(`${id}7`, ALPHA_NUM, 16)}`,
    ],
  }),
});
