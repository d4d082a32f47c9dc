import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, HEX, UPPER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'slack-app-token';

export default defineDetector({
  id,
  name: 'Slack app-level token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Slack app-level tokens (xapp-), which open Socket Mode connections and manage an app across workspaces.',
  regex: /(?<![A-Za-z0-9-])(?<secret>xapp-\d-A[A-Z0-9]{6,14}-\d{8,16}-[a-f0-9]{64})(?![A-Za-z0-9-])/u,
  keywords: ['xapp-'],
  publicPrefix: /^xapp-/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(secret.lastIndexOf('-') + 1)),
  references: ['https://api.slack.com/authentication/token-types#app-level'],
  samples: () => ({
    positive: [
      `xapp-1-A${r(`${id}1`, UPPER_NUM, 10)}-${r(`${id}2`, DIGITS, 13)}-${r(`${id}3`, HEX, 64)}`,
      `xapp-1-A${r(`${id}4`, UPPER_NUM, 8)}-${r(`${id}5`, DIGITS, 12)}-${r(`${id}6`, HEX, 64)}`,
    ],
    negative: [
      'xapp-your-app-level-token',
      `xapp-1-A0123456789-1234567890123-${'0'.repeat(64)}`,
      `xapp-1-A${r(`${id}7`, UPPER_NUM, 10)}-${r(`${id}8`, DIGITS, 13)}-${r(`${id}9`, HEX, 40)}`,
      'xapp-1-AXXXXXXXXXX-0000000000000-xxxxxxxx',
    ],
  }),
});
