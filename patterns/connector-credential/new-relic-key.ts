import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, HEX, UPPER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'new-relic-key';

export default defineDetector({
  id,
  name: 'New Relic key',
  category: 'connector-credential',
  severity: 'error',
  description: 'New Relic user (NRAK-), admin (NRAA-), Insights insert/query (NRII-, NRIQ-), browser (NRJS-) and ingest licence (…NRAL) keys and mobile tokens (…-NRMA).',
  regex:
    /(?<![\w-])(?<secret>NRAK-[A-Z0-9]{27}|NRAA-[A-Za-z0-9]{27}|NRI[IQ]-[\w-]{32}|NRJS-[a-f0-9]{19}|[a-f0-9]{36}NRAL|AA[a-f0-9]{40}-NRMA)(?![\w-])/u,
  keywords: ['nrak-', 'nraa-', 'nrii-', 'nriq-', 'nrjs-', 'nral', '-nrma'],
  publicPrefix: /^(?:NRAK|NRAA|NRII|NRIQ|NRJS)-/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret),
  references: ['https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/'],
  samples: () => ({
    positive: [
      `NRAK-${r(`${id}1`, UPPER_NUM, 27)}`,
      { key: 'NEW_RELIC_LICENSE_KEY', value: `${r(`${id}2`, HEX, 36)}NRAL` },
      `NRII-${r(`${id}3`, `${ALPHA_NUM}-_`, 32)}`,
      `NRJS-${r(`${id}4`, HEX, 19)}`,
    ],
    negative: [
      'NRAK-XXXXXXXXXXXXXXXXXXXXXXXXXXX',
      { key: 'NEW_RELIC_LICENSE_KEY', value: '<your-license-key>' },
      'NRAK-<your-user-key>',
      // One character short.
      `NRAK-${r(`${id}5`, UPPER_NUM, 26)}`,
      { key: 'NEW_RELIC_LICENSE_KEY', value: `${'0'.repeat(36)}NRAL` },
    ],
  }),
});
