import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'digitalocean-token';

export default defineDetector({
  id,
  name: 'DigitalOcean token',
  category: 'connector-credential',
  severity: 'error',
  description: 'DigitalOcean personal access, OAuth and refresh tokens (dop_v1_, doo_v1_, dor_v1_ + 64 hex digits).',
  regex: /\b(?<secret>do[opr]_v1_[a-f0-9]{64})\b/u,
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  publicPrefix: /^do[opr]_v1_/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(7), 5),
  references: ['https://docs.digitalocean.com/reference/api/create-personal-access-token/'],
  samples: () => ({
    positive: [
      `dop_v1_${r(`${id}1`, HEX, 64)}`,
      { key: 'DIGITALOCEAN_TOKEN', value: `dop_v1_${r(`${id}2`, HEX, 64)}` },
    ],
    negative: [
      `dop_v1_${'0'.repeat(64)}`,
      'dop_v1_<token>',
      `dop_v1_${r(`${id}3`, HEX, 40)}`,
    ],
  }),
});
