import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'cloudflare-origin-ca-key';

export default defineDetector({
  id,
  name: 'Cloudflare Origin CA key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Cloudflare Origin CA keys (v1.0- + 24 hex + - + 146 hex), which issue and revoke origin certificates for the account\'s zones.',
  regex: /(?<![\w.-])(?<secret>v1\.0-[a-f0-9]{24}-[a-f0-9]{146})(?![\w-])/u,
  keywords: ['v1.0-'],
  publicPrefix: /^v1\.0-/u,
  entropy: 3.5,
  validate: (secret) => !hasSequentialRun(secret.slice(5), 6),
  references: ['https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/', 'https://developers.cloudflare.com/ssl/origin-configuration/origin-ca/'],
  samples: () => ({
    positive: [
      `v1.0-${r(`${id}1`, HEX, 24)}-${r(`${id}2`, HEX, 146)}`,
      { key: 'CLOUDFLARE_ORIGIN_CA_KEY', value: `v1.0-${r(`${id}3`, HEX, 24)}-${r(`${id}4`, HEX, 146)}` },
    ],
    negative: [
      'v1.0-<origin-ca-key>',
      `v1.0-${'0'.repeat(24)}-${'0'.repeat(146)}`,
      `v1.0-${r(`${id}5`, HEX, 24)}-${r(`${id}6`, HEX, 100)}`,
      // Upper-case hex is not how the key is issued.
      `v1.0-${r(`${id}7`, HEX, 24).toUpperCase()}-${r(`${id}8`, HEX, 146).toUpperCase()}`,
    ],
  }),
});
