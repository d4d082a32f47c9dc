import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'linear-api-key';

export default defineDetector({
  id,
  name: 'Linear API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Linear personal API keys (lin_api_ + 40 characters): read and write the workspace as the user.',
  regex: /\b(?<secret>lin_api_[A-Za-z0-9]{40})\b/u,
  keywords: ['lin_api_'],
  publicPrefix: /^lin_api_/u,
  entropy: 3.8,
  validate: (secret) => !hasSequentialRun(secret.slice(8)),
  references: ['https://linear.app/developers/graphql#personal-api-keys'],
  samples: () => ({
    positive: [
      `lin_api_${r(`${id}1`, ALPHA_NUM, 40)}`,
      { key: 'LINEAR_API_KEY', value: `lin_api_${r(`${id}2`, ALPHA_NUM, 40)}` },
    ],
    negative: [
      `lin_api_${'x'.repeat(40)}`,
      'lin_api_<your-key>',
      `lin_api_${r(`${id}3`, ALPHA_NUM, 30)}`,
    ],
  }),
});
