import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'google-oauth-client-secret';

export default defineDetector({
  id,
  name: 'Google OAuth client secret',
  category: 'connector-credential',
  severity: 'error',
  description: 'Google OAuth 2.0 client secrets (GOCSPX- + 28 characters), which let anyone act as the OAuth client.',
  regex: /(?<![\w-])(?<secret>GOCSPX-[\w-]{28})(?![\w-])/u,
  keywords: ['gocspx-'],
  publicPrefix: /^GOCSPX-/u,
  entropy: 3.6,
  validate: (secret) => !hasSequentialRun(secret.slice(7)),
  references: ['https://developers.google.com/identity/protocols/oauth2', 'https://support.google.com/cloud/answer/15549257'],
  samples: () => ({
    positive: [
      `GOCSPX-${r(`${id}1`, BASE64URL, 28)}`,
      { key: 'GOOGLE_CLIENT_SECRET', value: `GOCSPX-${r(`${id}2`, BASE64URL, 28)}` },
    ],
    negative: [
      `GOCSPX-${'x'.repeat(28)}`,
      'GOCSPX-<client-secret>',
      `GOCSPX-${r(`${id}3`, BASE64URL, 16)}`,
      `GOCSPX-${r(`${id}4`, BASE64URL, 40)}`,
    ],
  }),
});
