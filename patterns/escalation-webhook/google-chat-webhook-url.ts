import { defineDetector } from '../../src/engine/define-detector.js';
import { shannonEntropy } from '../../src/engine/entropy.js';
import { ALPHA_NUM, BASE64URL, randomString as r } from '../support/sample-builder.js';

const id = 'google-chat-webhook-url';

export default defineDetector({
  id,
  name: 'Google Chat webhook URL',
  category: 'escalation-webhook',
  severity: 'error',
  description: 'Google Chat incoming-webhook URLs (chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=…): the token lets anyone post into the space.',
  regex:
    /(?<secret>https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,40}\/messages\?(?:[A-Za-z_]{1,20}=[^&\s"'<>]{0,200}&(?:amp;)?){0,6}token=(?<token>[A-Za-z0-9_-]{20,100}(?:%3D|=){0,2}))(?![A-Za-z0-9_%=-])/u,
  keywords: ['chat.googleapis.com/v1/spaces'],
  publicPrefix: /^https:\/\/chat\.googleapis\.com\/v1\/spaces\//u,
  validate: (_secret, { groups }) => shannonEntropy(groups.token ?? '') >= 4,
  references: ['https://developers.google.com/workspace/chat/quickstart/webhooks'],
  samples: () => ({
    positive: [
      `https://chat.googleapis.com/v1/spaces/AAAA${r(`${id}1`, ALPHA_NUM, 7)}/messages?key=AIzaSy${r(`${id}2`, BASE64URL, 33)}&token=${r(`${id}3`, BASE64URL, 43)}%3D`,
      `https://chat.googleapis.com/v1/spaces/AAQA${r(`${id}4`, ALPHA_NUM, 7)}/messages?key=AIzaSy${r(`${id}5`, BASE64URL, 33)}&token=${r(`${id}6`, BASE64URL, 43)}&threadKey=deploys`,
    ],
    negative: [
      'https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN',
      'https://chat.googleapis.com/v1/spaces/AAAAAAAAAAA/messages?key=<key>&token=<token>',
      `https://chat.googleapis.com/v1/spaces/AAAA${r(`${id}7`, ALPHA_NUM, 7)}/messages`,
    ],
  }),
});
