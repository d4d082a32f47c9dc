import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, HEX, UPPER_NUM, DIGITS, randomString as r } from '../support/sample-builder.js';

const id = 'slack-webhook-url';

export default defineDetector({
  id,
  name: 'Slack webhook URL',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Slack incoming-webhook, workflow and trigger URLs: anyone holding one can post into the channel.',
  regex:
    /(?<secret>https?:\/\/hooks\.slack\.com\/(?:services\/T[A-Z0-9]{6,12}\/B[A-Z0-9]{6,12}\/[A-Za-z0-9]{20,32}|workflows\/T[A-Z0-9]{6,12}\/A[A-Z0-9]{6,12}\/\d{6,20}\/[A-Za-z0-9]{20,32}|triggers\/T[A-Z0-9]{6,12}\/\d{6,20}\/[a-f0-9]{32}))(?![A-Za-z0-9])/u,
  keywords: ['hooks.slack.com'],
  publicPrefix: /^https?:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\//u,
  entropy: 3.5,
  references: ['https://api.slack.com/messaging/webhooks', 'https://slack.com/help/articles/360041352714'],
  samples: () => ({
    positive: [
      `https://hooks.slack.com/services/T${r(`${id}1`, UPPER_NUM, 8)}/B${r(`${id}2`, UPPER_NUM, 10)}/${r(`${id}3`, ALPHA_NUM, 24)}`,
      `https://hooks.slack.com/workflows/T${r(`${id}4`, UPPER_NUM, 10)}/A${r(`${id}5`, UPPER_NUM, 10)}/${r(`${id}6`, DIGITS, 18)}/${r(`${id}7`, ALPHA_NUM, 24)}`,
      `https://hooks.slack.com/triggers/T${r(`${id}8`, UPPER_NUM, 9)}/${r(`${id}9`, DIGITS, 13)}/${r(`${id}10`, HEX, 32)}`,
    ],
    negative: [
      'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX',
      'https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/your-webhook-token',
      'https://hooks.slack.com/services/<team>/<channel>/<token>',
      'https://hooks.slack.com/',
    ],
  }),
});
