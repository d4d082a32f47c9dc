import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'square-access-token';

export default defineDetector({
  id,
  name: 'Square credential',
  category: 'connector-credential',
  severity: 'error',
  description: 'Square legacy OAuth access tokens (sq0atp- + 22 characters) and application secrets (sq0csp- + 43 characters).',
  regex: /(?<![\w.-])(?<secret>sq0atp-[\w-]{22}|sq0csp-[\w-]{43})(?![\w.-])/u,
  keywords: ['sq0atp-', 'sq0csp-'],
  publicPrefix: /^sq0(?:atp|csp)-/u,
  entropy: 3.5,
  validate: (secret) => !hasSequentialRun(secret.slice(7)),
  references: ['https://developer.squareup.com/docs/build-basics/access-tokens', 'https://developer.squareup.com/docs/oauth-api/overview'],
  samples: () => ({
    positive: [
      `sq0atp-${r(`${id}1`, BASE64URL, 22)}`,
      { key: 'SQUARE_APPLICATION_SECRET', value: `sq0csp-${r(`${id}2`, BASE64URL, 43)}` },
    ],
    negative: [
      `sq0atp-${'x'.repeat(22)}`,
      'sq0csp-<application-secret>',
      `sq0atp-${r(`${id}3`, BASE64URL, 12)}`,
      `sq0csp-${r(`${id}4`, BASE64URL, 30)}`,
      // Application ids are public.
      `sq0idp-${r(`${id}5`, BASE64URL, 22)}`,
    ],
  }),
});
