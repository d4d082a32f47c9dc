import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'anthropic-api-key';

export default defineDetector({
  id,
  name: 'Anthropic API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Anthropic API and admin keys (sk-ant-api03- / sk-ant-admin01- + 93 characters + AA): usage is billed to the owner.',
  regex: /(?<![\w-])(?<secret>sk-ant-(?:api|admin)\d{2}-[\w-]{93}AA)(?![\w-])/u,
  keywords: ['sk-ant-'],
  publicPrefix: /^sk-ant-(?:api|admin)\d{2}-/u,
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(14)),
  references: ['https://docs.anthropic.com/en/api/getting-started#authentication'],
  samples: () => ({
    positive: [
      `sk-ant-api03-${r(`${id}1`, BASE64URL, 93)}AA`,
      { key: 'ANTHROPIC_API_KEY', value: `sk-ant-api03-${r(`${id}2`, BASE64URL, 93)}AA` },
    ],
    negative: [
      'sk-ant-api03-...',
      `sk-ant-api03-${'x'.repeat(93)}AA`,
      `sk-ant-api03-${r(`${id}3`, BASE64URL, 40)}`,
      'sk-ant-<your-key>',
    ],
  }),
});
