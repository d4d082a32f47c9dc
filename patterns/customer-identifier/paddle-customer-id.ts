import { defineDetector } from '../../src/engine/define-detector.js';
import { randomString as r } from '../support/sample-builder.js';

const id = 'paddle-customer-id';

/** Lower-case Crockford base32, as Paddle's ULID-based ids use it. */
const ULID = '0123456789abcdefghjkmnpqrstvwxyz';

export default defineDetector({
  id,
  name: 'Paddle customer id',
  category: 'customer-identifier',
  severity: 'error',
  description: 'Paddle Billing customer ids (ctm_ + 26-character ULID): they name a paying customer.',
  regex: /\b(?<secret>ctm_[0-9a-hjkmnp-tv-z]{26})\b/u,
  keywords: ['ctm_'],
  entropy: 3,
  // ULIDs issued since 2021 start with 01; hand-typed ids rarely do.
  validate: (secret) => secret.startsWith('ctm_01') && /[a-z]/u.test(secret.slice(6)),
  references: ['https://developer.paddle.com/api-reference/about/paddle-ids'],
  samples: () => ({
    positive: [`ctm_01h${r(`${id}1`, ULID, 23)}`, `ctm_01j${r(`${id}2`, ULID, 23)}`],
    negative: ['ctm_01234567890123456789012345', 'ctm_xxxxxxxxxxxxxxxxxxxxxxxxxx', 'ctm_<customer_id>', `ctm_99${r(`${id}3`, ULID, 24)}`],
  }),
});
