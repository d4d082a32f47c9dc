import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { mixesCaseAndDigits, vendorKeyContext } from './support/vendor-context.js';

const id = 'square-access-token';

const context = vendorKeyContext({ vendor: 'square', key: String.raw`(?:(?:access|api|personal)[_.-]?)?token` });

export default defineDetector({
  id,
  name: 'Square credential',
  category: 'connector-credential',
  severity: 'error',
  description: 'Square access tokens (EAAA + 60 characters, under a Square token key or in a square section), legacy OAuth access tokens (sq0atp- + 22 characters) and application secrets (sq0csp- + 43 characters).',
  // EAAA alone also starts Meta tokens: the current format needs Square's name beside it.
  regex: new RegExp(String.raw`(?:(?<![\w.-])(?=sq0atp-|sq0csp-)|${context})(?<secret>sq0atp-[\w-]{22}|sq0csp-[\w-]{43}|EAAA[\w-]{60})(?![\w.-])`, 'iu'),
  keywords: ['sq0atp-', 'sq0csp-', 'square'],
  multiline: true,
  reach: 'match',
  publicPrefix: /^sq0(?:atp|csp)-/u,
  entropy: 3.5,
  validate: (secret) =>
    secret.startsWith('EAAA') ? mixesCaseAndDigits(secret.slice(4)) && !hasSequentialRun(secret.slice(4)) : /^sq0(?:atp|csp)-/u.test(secret) && !hasSequentialRun(secret.slice(7)),
  references: ['https://developer.squareup.com/docs/build-basics/access-tokens', 'https://developer.squareup.com/docs/oauth-api/overview'],
  samples: () => ({
    positive: [
      `sq0atp-${r(`${id}1`, BASE64URL, 22)}`,
      { key: 'SQUARE_APPLICATION_SECRET', value: `sq0csp-${r(`${id}2`, BASE64URL, 43)}` },
      { key: 'SQUARE_ACCESS_TOKEN', value: `EAAA${r(`${id}6`, BASE64URL, 60)}` },
      `square:\n  environment: production\n  access_token: EAAA${r(`${id}7`, BASE64URL, 60)}`,
    ],
    negative: [
      `sq0atp-${'x'.repeat(22)}`,
      'sq0csp-<application-secret>',
      `sq0atp-${r(`${id}3`, BASE64URL, 12)}`,
      `sq0csp-${r(`${id}4`, BASE64URL, 30)}`,
      // Application ids are public.
      `sq0idp-${r(`${id}5`, BASE64URL, 22)}`,
      { key: 'SQUARE_ACCESS_TOKEN', value: '{{SQUARE_ACCESS_TOKEN}}' },
      // EAAA without Square beside it (Meta tokens start the same way).
      { key: 'access_token', value: `EAAA${r(`${id}8`, BASE64URL, 60)}` },
      { key: 'SQUARE_ACCESS_TOKEN', value: `EAAA${r(`${id}9`, BASE64URL, 30)}` },
    ],
  }),
});
