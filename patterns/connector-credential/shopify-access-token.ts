import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'shopify-access-token';

export default defineDetector({
  id,
  name: 'Shopify access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Shopify Admin API access tokens and app secrets (shpat_, shpca_, shppa_, shpss_ + 32 hex digits).',
  regex: /\b(?<secret>shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})\b/u,
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  publicPrefix: /^shp(?:at|ca|pa|ss)_/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(6), 5),
  references: ['https://shopify.dev/docs/apps/build/authentication-authorization/access-tokens'],
  samples: () => ({
    positive: [
      `shpat_${r(`${id}1`, HEX, 32)}`,
      { key: 'SHOPIFY_API_SECRET', value: `shpss_${r(`${id}2`, HEX, 32)}` },
    ],
    negative: [
      'shpat_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'shpat_<access-token>',
      `shpat_${r(`${id}3`, HEX, 20)}`,
      'shpat_00000000000000000000000000000000',
    ],
  }),
});
