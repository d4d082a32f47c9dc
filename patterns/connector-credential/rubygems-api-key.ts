import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, UPPER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'rubygems-api-key';

export default defineDetector({
  id,
  name: 'RubyGems API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'RubyGems.org API keys (rubygems_ + 48 hex characters), which can push and yank gems.',
  regex: /(?<![\w.-])(?<secret>rubygems_[0-9a-f]{48})(?![\w.-])/u,
  keywords: ['rubygems_'],
  publicPrefix: /^rubygems_/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(9)),
  references: ['https://guides.rubygems.org/api-key-scopes/'],
  samples: () => ({
    positive: [
      `rubygems_${r(`${id}1`, HEX, 48)}`,
      { key: 'GEM_HOST_API_KEY', value: `rubygems_${r(`${id}2`, HEX, 48)}` },
    ],
    negative: [
      `rubygems_${'0'.repeat(48)}`,
      'rubygems_<api-key>',
      `rubygems_${r(`${id}3`, HEX, 32)}`,
      `rubygems_${r(`${id}4`, UPPER_NUM, 48)}`,
    ],
  }),
});
