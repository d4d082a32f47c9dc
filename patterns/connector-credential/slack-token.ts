import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, DIGITS, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'slack-token';

export default defineDetector({
  id,
  name: 'Slack token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Slack bot, user, workspace, session, refresh and rotating (xoxe) tokens: each acts as the app or user in a workspace.',
  // Numeric team/user/token ids, then the random part; `xoxb-your-token` and friends have no numeric ids.
  regex:
    /(?<![A-Za-z0-9-])(?<secret>xox[bpaso]-(?:\d{1,2}-)?(?:\d{5,15}-){1,3}[A-Za-z0-9]{16,80}|xox[er]-\d-[A-Za-z0-9]{40,250}|xoxe\.xox[bp]-\d-[A-Za-z0-9]{40,250})(?![A-Za-z0-9-])/u,
  keywords: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxs-', 'xoxo-', 'xoxe-', 'xoxr-', 'xoxe.'],
  publicPrefix: /^xox[bpaso]-/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(secret.lastIndexOf('-') + 1)),
  references: ['https://api.slack.com/authentication/token-types', 'https://api.slack.com/authentication/rotation'],
  samples: () => ({
    positive: [
      `xoxb-${r(`${id}1`, DIGITS, 12)}-${r(`${id}2`, DIGITS, 13)}-${r(`${id}3`, ALPHA_NUM, 24)}`,
      `xoxp-${r(`${id}4`, DIGITS, 11)}-${r(`${id}5`, DIGITS, 12)}-${r(`${id}6`, DIGITS, 13)}-${r(`${id}7`, HEX, 32)}`,
      `xoxe.xoxp-1-${r(`${id}8`, ALPHA_NUM, 150)}`,
      `xoxe-1-${r(`${id}9`, ALPHA_NUM, 140)}`,
      `xoxa-2-${r(`${id}10`, DIGITS, 11)}-${r(`${id}11`, DIGITS, 12)}-${r(`${id}12`, DIGITS, 13)}-${r(`${id}13`, HEX, 64)}`,
    ],
    negative: [
      'xoxb-your-token',
      'xoxb-not-a-real-token-this-will-not-work',
      'xoxp-0000000000-0000000000-0000000000-00000000000000000000000000000000',
      'xoxb-1234567890-1234567890123-abcdefghijklmnopqrstuvwx',
      'xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX',
      '/xox[baprs]-([0-9a-zA-Z]{10,48})/',
    ],
  }),
});
