import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'buildkite-token';

export default defineDetector({
  id,
  name: 'Buildkite API access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Buildkite API access tokens (bkua_ + an optional short id and dot + 40 hex characters).',
  regex: /(?<![\w.-])(?<secret>bkua_(?:[A-Za-z0-9]{2,16}\.)?[0-9a-f]{40})(?![\w.-])/u,
  keywords: ['bkua_'],
  publicPrefix: /^bkua_/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(-40)),
  references: ['https://buildkite.com/docs/platform/security/tokens', 'https://buildkite.com/docs/apis/managing-api-tokens'],
  samples: () => ({
    positive: [
      `bkua_${r(`${id}1`, HEX, 40)}`,
      { key: 'BUILDKITE_API_TOKEN', value: `bkua_MTA.${r(`${id}2`, HEX, 40)}` },
    ],
    negative: [
      `bkua_${'0'.repeat(40)}`,
      'bkua_<api-token>',
      `bkua_${r(`${id}3`, HEX, 24)}`,
      `bkua_${r(`${id}4`, HEX, 40).toUpperCase()}`,
    ],
  }),
});
