import { defineDetector } from '../../src/engine/define-detector.js';
import { UPPER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'dynatrace-token';

export default defineDetector({
  id,
  name: 'Dynatrace token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Dynatrace API, PaaS and platform tokens (dt0c01. + 24-character public part + . + 64-character secret part).',
  regex: /(?<![\w.-])(?<secret>dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})(?![\w.-])/u,
  keywords: ['dt0c01.'],
  publicPrefix: /^dt0c01\./u,
  entropy: 3.8,
  validate: (secret) => !hasSequentialRun(secret.slice(32)),
  references: ['https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens'],
  samples: () => ({
    positive: [
      `dt0c01.${r(`${id}1`, UPPER_NUM, 24)}.${r(`${id}2`, UPPER_NUM, 64)}`,
      { key: 'DT_API_TOKEN', value: `dt0c01.${r(`${id}3`, UPPER_NUM, 24)}.${r(`${id}4`, UPPER_NUM, 64)}` },
    ],
    negative: [
      `dt0c01.${r(`${id}5`, UPPER_NUM, 24)}.${'X'.repeat(64)}`,
      'dt0c01.<public>.<secret>',
      `dt0c01.${r(`${id}6`, UPPER_NUM, 24)}`,
      `dt0c01.${r(`${id}7`, UPPER_NUM, 24)}.${r(`${id}8`, UPPER_NUM, 40)}`,
    ],
  }),
});
