import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'databricks-token';

export default defineDetector({
  id,
  name: 'Databricks personal access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Databricks personal access tokens (dapi + 32 hex digits, optionally -N): act as the user on the workspace.',
  regex: /\b(?<secret>dapi[a-f0-9]{32}(?:-\d)?)\b/u,
  keywords: ['dapi'],
  publicPrefix: /^dapi/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(4), 5),
  references: ['https://docs.databricks.com/en/dev-tools/auth/pat.html'],
  samples: () => ({
    positive: [
      `dapi${r(`${id}1`, HEX, 32)}`,
      { key: 'DATABRICKS_TOKEN', value: `dapi${r(`${id}2`, HEX, 32)}-2` },
    ],
    negative: [
      `dapi${'0'.repeat(32)}`,
      'dapi<your-token>',
      `dapi${r(`${id}3`, HEX, 20)}`,
    ],
  }),
});
