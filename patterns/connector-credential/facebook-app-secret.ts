import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { vendorKeyedValue } from './support/vendor-context.js';

const id = 'facebook-app-secret';

export default defineDetector({
  id,
  name: 'Facebook / Meta app secret',
  category: 'connector-credential',
  severity: 'error',
  description: 'Meta app secrets (32 hex digits) under a Facebook/Meta/Instagram app or client secret key or in a facebook section: they mint app access tokens and sign API calls as the app.',
  regex: vendorKeyedValue({
    vendor: String.raw`facebook|fb(?=[_.-]|app|client|secret)|meta(?=[_.-])|instagram|whatsapp`,
    key: String.raw`(?:app[_.-]?|client[_.-]?|api[_.-]?)?secret`,
    value: String.raw`[a-f0-9]{32}`,
  }),
  keywords: ['facebook', 'fb', 'meta_', 'meta-', 'meta.', 'instagram', 'whatsapp'],
  keywordContext: /facebook|fb(?:[_.-]|app|client|secret)|meta[_.-]|instagram|whatsapp/iu,
  multiline: true,
  reach: 'match',
  entropy: 3,
  validate: (secret) => /^[a-f0-9]{32}$/u.test(secret) && /[a-f]/u.test(secret) && /\d/u.test(secret) && !hasSequentialRun(secret, 5),
  references: ['https://developers.facebook.com/docs/facebook-login/security/#appsecret', 'https://developers.facebook.com/docs/graph-api/securing-requests/'],
  samples: () => ({
    positive: [
      { key: 'FACEBOOK_APP_SECRET', value: r(`${id}1`, HEX, 32) },
      { key: 'fbAppSecret', value: r(`${id}2`, HEX, 32) },
      `facebook:\n  app_id: "1234"\n  app_secret: ${r(`${id}3`, HEX, 32)}`,
    ],
    negative: [
      { key: 'FACEBOOK_APP_SECRET', value: '<app-secret>' },
      { key: 'FACEBOOK_APP_SECRET', value: '0'.repeat(32) },
      { key: 'FACEBOOK_APP_ID', value: r(`${id}4`, HEX, 32) },
      { key: 'client_secret', value: r(`${id}5`, HEX, 32) },
    ],
  }),
});
