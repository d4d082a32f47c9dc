import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, DIGITS, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'notion-token';

export default defineDetector({
  id,
  name: 'Notion integration token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Notion integration and API tokens (ntn_ + 11 digits + 35 letters and digits), which read and write the shared workspace pages.',
  regex: /(?<![\w.-])(?<secret>ntn_\d{11}[A-Za-z0-9]{35})(?![\w.-])/u,
  keywords: ['ntn_'],
  publicPrefix: /^ntn_/u,
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(15)),
  references: ['https://developers.notion.com/docs/authorization'],
  samples: () => ({
    positive: [
      `ntn_${r(`${id}1`, DIGITS, 11)}${r(`${id}2`, ALPHA_NUM, 35)}`,
      { key: 'NOTION_TOKEN', value: `ntn_${r(`${id}3`, DIGITS, 11)}${r(`${id}4`, ALPHA_NUM, 35)}` },
    ],
    negative: [
      `ntn_${r(`${id}5`, DIGITS, 11)}${'x'.repeat(35)}`,
      'ntn_<integration-token>',
      `ntn_${r(`${id}6`, DIGITS, 11)}${r(`${id}7`, ALPHA_NUM, 20)}`,
      `ntn_${r(`${id}8`, ALPHA_NUM, 46)}`.replace(/^ntn_\d/u, 'ntn_a'),
    ],
  }),
});
