import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'supabase-token';

export default defineDetector({
  id,
  name: 'Supabase access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Supabase personal access tokens (sbp_ + 40 hex characters), which reach the Management API of every project of the account.',
  regex: /(?<![\w.-])(?<secret>sbp_[0-9a-f]{40})(?![\w.-])/u,
  keywords: ['sbp_'],
  publicPrefix: /^sbp_/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(4)),
  references: ['https://supabase.com/docs/reference/api/introduction', 'https://supabase.com/dashboard/account/tokens'],
  samples: () => ({
    positive: [
      `sbp_${r(`${id}1`, HEX, 40)}`,
      { key: 'SUPABASE_ACCESS_TOKEN', value: `sbp_${r(`${id}2`, HEX, 40)}` },
    ],
    negative: [
      `sbp_${'0'.repeat(40)}`,
      'sbp_<access-token>',
      `sbp_${r(`${id}3`, HEX, 20)}`,
      'sbp_0102...1920',
      `xsbp_${r(`${id}4`, HEX, 40)}`,
    ],
  }),
});
