import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'planetscale-token';

export default defineDetector({
  id,
  name: 'PlanetScale token',
  category: 'connector-credential',
  severity: 'error',
  description: 'PlanetScale service tokens, database passwords and OAuth tokens (pscale_tkn_, pscale_pw_, pscale_oauth_ + 32–64 characters).',
  regex: /(?<![\w.-])(?<secret>pscale_(?:tkn|pw|oauth)_[\w.=-]{32,64})(?![\w.=-])/u,
  keywords: ['pscale_tkn_', 'pscale_pw_', 'pscale_oauth_'],
  publicPrefix: /^pscale_(?:tkn|pw|oauth)_/u,
  entropy: 3.8,
  validate: (secret) => !hasSequentialRun(secret.slice(secret.indexOf('_', 7) + 1)),
  references: ['https://planetscale.com/docs/concepts/service-tokens', 'https://planetscale.com/docs/concepts/connection-strings'],
  samples: () => ({
    positive: [
      `pscale_tkn_${r(`${id}1`, ALPHA_NUM, 43)}`,
      { key: 'DATABASE_PASSWORD', value: `pscale_pw_${r(`${id}2`, ALPHA_NUM, 43)}` },
      `pscale_oauth_${r(`${id}3`, ALPHA_NUM, 43)}`,
    ],
    negative: [
      `pscale_pw_${'x'.repeat(43)}`,
      'pscale_tkn_<service-token>',
      `pscale_tkn_${r(`${id}4`, ALPHA_NUM, 20)}`,
      `pscale_key_${r(`${id}5`, ALPHA_NUM, 43)}`,
    ],
  }),
});
