import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'groq-api-key';

export default defineDetector({
  id,
  name: 'Groq API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Groq API keys (gsk_ + 52 letters and digits): usage is billed to the owner.',
  regex: /(?<![\w.-])(?<secret>gsk_[A-Za-z0-9]{52})(?![\w.-])/u,
  keywords: ['gsk_'],
  publicPrefix: /^gsk_/u,
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(4)),
  references: ['https://console.groq.com/docs/quickstart'],
  samples: () => ({
    positive: [
      `gsk_${r(`${id}1`, ALPHA_NUM, 52)}`,
      { key: 'GROQ_API_KEY', value: `gsk_${r(`${id}2`, ALPHA_NUM, 52)}` },
    ],
    negative: [
      `gsk_${'x'.repeat(52)}`,
      'gsk_<your-api-key>',
      `gsk_${r(`${id}3`, ALPHA_NUM, 24)}`,
      `gsk_${r(`${id}4`, ALPHA_NUM, 60)}`,
    ],
  }),
});
