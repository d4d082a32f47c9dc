import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'doppler-token';

export default defineDetector({
  id,
  name: 'Doppler token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Doppler personal, service, service-account, CLI, SCIM and audit tokens (dp.pt., dp.st., dp.sa., dp.ct., … + 40–44 characters).',
  regex: /(?<![\w.-])(?<secret>dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,44})(?![\w.-])/u,
  keywords: ['dp.pt.', 'dp.st.', 'dp.sa.', 'dp.ct.', 'dp.scim.', 'dp.audit.'],
  publicPrefix: /^dp\.(?:pt|st|sa|ct|scim|audit)\./u,
  entropy: 3.8,
  validate: (secret) => !hasSequentialRun(secret.slice(6)),
  references: ['https://docs.doppler.com/reference/auth-token-formats'],
  samples: () => ({
    positive: [
      `dp.st.${r(`${id}1`, ALPHA_NUM, 43)}`,
      { key: 'DOPPLER_TOKEN', value: `dp.pt.${r(`${id}2`, ALPHA_NUM, 43)}` },
    ],
    negative: [
      `dp.st.${'x'.repeat(43)}`,
      'dp.st.<service-token>',
      `dp.st.${r(`${id}3`, ALPHA_NUM, 20)}`,
    ],
  }),
});
