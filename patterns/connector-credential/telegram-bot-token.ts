import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64URL, DIGITS, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'telegram-bot-token';

export default defineDetector({
  id,
  name: 'Telegram bot token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Telegram Bot API tokens (bot id + :AA + 33 characters): control the bot and read its chats.',
  regex: /(?:(?<=\/bot)|(?<![\w:-]))(?<secret>\d{8,10}:AA[\w-]{33})(?![\w-])/u,
  keywords: [':aa'],
  entropy: 3.5,
  validate: (secret) => !hasSequentialRun(secret.slice(secret.indexOf(':') + 3)),
  references: ['https://core.telegram.org/bots/api#authorizing-your-bot'],
  samples: () => ({
    positive: [
      `${r(`${id}1`, '123456789', 1)}${r(`${id}2`, DIGITS, 9)}:AA${r(`${id}3`, BASE64URL, 33)}`,
      `https://api.telegram.org/bot${r(`${id}4`, '123456789', 1)}${r(`${id}5`, DIGITS, 9)}:AA${r(`${id}6`, BASE64URL, 33)}/sendMessage`,
    ],
    negative: [
      '123456789:AAxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '<bot-id>:<token>',
      `${r(`${id}7`, DIGITS, 10)}:AA${r(`${id}8`, BASE64URL, 20)}`,
    ],
  }),
});
