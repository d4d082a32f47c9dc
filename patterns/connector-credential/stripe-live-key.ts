import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'stripe-live-key';

export default defineDetector({
  id,
  name: 'Stripe live key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Stripe live-mode secret (sk_live_) and restricted (rk_live_) API keys; test-mode keys are not findings.',
  // The body class has no `[`, `{` or `\`: SDK regexes such as /sk_live_[0-9a-zA-Z]{24}/ never match.
  regex: /\b(?<secret>[rs]k_live_[A-Za-z0-9]{20,247})\b/u,
  keywords: ['sk_live_', 'rk_live_'],
  publicPrefix: /^[rs]k_live_/u,
  entropy: 3.5,
  // The bodies of Stripe's documented sample keys are in the registry, which the engine applies to every value.
  validate: (secret) => !hasSequentialRun(secret.slice(8)),
  references: ['https://docs.stripe.com/keys', 'https://docs.stripe.com/keys#limit-access'],
  samples: () => ({
    positive: [
      `sk_live_${r(`${id}1`, ALPHA_NUM, 24)}`,
      `sk_live_51${r(`${id}2`, ALPHA_NUM, 97)}`,
      `rk_live_51${r(`${id}3`, ALPHA_NUM, 97)}`,
    ],
    negative: [
      `sk_test_${r(`${id}4`, ALPHA_NUM, 24)}`,
      'sk_live_4eC39HqLyjWDarjtT1zdp7dc',
      'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
      'sk_live_...',
      '/sk_live_[0-9a-zA-Z]{24}/',
      'rk_live_<restricted-key>',
    ],
  }),
});
