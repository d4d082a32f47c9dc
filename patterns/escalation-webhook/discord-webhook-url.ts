import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { BASE64URL, DIGITS, randomString as r } from '../support/sample-builder.js';

const id = 'discord-webhook-url';

export default defineDetector({
  id,
  name: 'Discord webhook URL',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Discord webhook URLs (discord.com / discordapp.com /api/webhooks/<id>/<token>): the token lets anyone post into the channel.',
  regex:
    /(?<secret>https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\/\d{17,20}\/(?<token>[A-Za-z0-9_-]{60,90}))(?![A-Za-z0-9_-])/u,
  keywords: ['discord.com/api', 'discordapp.com/api'],
  publicPrefix: /^https?:\/\/(?:(?:ptb|canary)\.)?discord(?:app)?\.com\/api(?:\/v\d{1,2})?\/webhooks\//u,
  validate: (_secret, { groups }) => shannonEntropy(groups.token ?? '') >= 4,
  references: ['https://discord.com/developers/docs/resources/webhook#execute-webhook'],
  samples: () => ({
    positive: [
      `https://discord.com/api/webhooks/1${r(`${id}1`, DIGITS, 18)}/${r(`${id}2`, BASE64URL, 68)}`,
      `https://discordapp.com/api/webhooks/8${r(`${id}3`, DIGITS, 17)}/${r(`${id}4`, BASE64URL, 68)}`,
      `https://ptb.discord.com/api/v10/webhooks/1${r(`${id}5`, DIGITS, 18)}/${r(`${id}6`, BASE64URL, 68)}`,
    ],
    negative: [
      'https://discord.com/api/webhooks/123456789012345678/XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'https://discord.com/api/webhooks/{webhook.id}/{webhook.token}',
      'https://discord.com/api/webhooks/<id>/<token>',
      `https://discord.com/api/webhooks/1${r(`${id}7`, DIGITS, 18)}`,
    ],
  }),
});
