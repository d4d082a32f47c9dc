import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'npm-token';

export default defineDetector({
  id,
  name: 'npm access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'npm access tokens (npm_ + 36 characters, classic and granular): publish and read packages as the owner.',
  regex: /\b(?<secret>npm_[A-Za-z0-9]{36})\b/u,
  keywords: ['npm_'],
  publicPrefix: /^npm_/u,
  entropy: 3.8,
  validate: (secret) => !hasSequentialRun(secret.slice(4)),
  references: ['https://docs.npmjs.com/about-access-tokens', 'https://github.blog/security/announcing-npms-new-access-token-format/'],
  samples: () => ({
    positive: [
      `npm_${r(`${id}1`, ALPHA_NUM, 36)}`,
      `//registry.npmjs.org/:_authToken=npm_${r(`${id}2`, ALPHA_NUM, 36)}`,
      { key: 'NPM_TOKEN', value: `npm_${r(`${id}3`, ALPHA_NUM, 36)}` },
    ],
    negative: [
      'npm_YOUR_TOKEN_HERE',
      'npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      // npm_config_* environment variables and lifecycle names.
      'npm_config_registry',
      'process.env.npm_package_version',
    ],
  }),
});
