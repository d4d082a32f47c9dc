import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from '../connector-credential/support/placeholders.js';

const id = 'stripe-webhook-secret';

export default defineDetector({
  id,
  name: 'Webhook signing secret (whsec_)',
  category: 'signing-material',
  severity: 'error',
  description: 'Stripe webhook endpoint signing secrets (whsec_ + 32 characters, or 64 hex from the Stripe CLI) and Svix/Standard Webhooks secrets (whsec_ + base64): whoever holds one forges events the endpoint trusts.',
  regex: /(?<![\w-])(?<secret>whsec_[A-Za-z0-9+/]{24,88}={0,2})(?![\w+/=-])/u,
  keywords: ['whsec_'],
  entropy: 3.6,
  validate: (secret) => /\d/u.test(secret.slice(6)) && /[a-z]/iu.test(secret.slice(6)) && !hasSequentialRun(secret.slice(6)),
  references: ['https://docs.stripe.com/webhooks#verify-official-libraries', 'https://docs.svix.com/receiving/verifying-payloads/how'],
  samples: () => ({
    positive: [
      `whsec_${r(`${id}1`, ALPHA_NUM, 32)}`,
      { key: 'STRIPE_WEBHOOK_SECRET', value: `whsec_${r(`${id}2`, HEX, 64)}` },
      { key: 'SVIX_SECRET', value: `whsec_${r(`${id}3`, BASE64, 32)}` },
    ],
    negative: ['whsec_...', { key: 'STRIPE_WEBHOOK_SECRET', value: 'whsec_<your-signing-secret>' }, `whsec_${'x'.repeat(32)}`, `whsec_${r(`${id}4`, ALPHA_NUM, 12)}`],
  }),
});
