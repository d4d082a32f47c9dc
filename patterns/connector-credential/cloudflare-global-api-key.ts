import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { vendorKeyedValue } from './support/vendor-context.js';

const id = 'cloudflare-global-api-key';

export default defineDetector({
  id,
  name: 'Cloudflare global API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Cloudflare global API keys (37 hex digits) under a cloudflare/CF_API_KEY key, in a cloudflare section or in an X-Auth-Key header beside X-Auth-Email: the key acts with every permission of the account.',
  regex: vendorKeyedValue({
    vendor: String.raw`cloudflare|cf(?=[_.-])|x-auth(?=-key)`,
    key: String.raw`(?:global[_.-]?)?(?:api[_.-]?|auth[_.-]?)?key`,
    value: String.raw`[a-f0-9]{37}`,
    end: String.raw`[\w-]`,
  }),
  keywords: ['cloudflare', 'cf_', 'cf-', 'cf.', 'x-auth-key'],
  keywordContext: /cloudflare|x-auth-key|cf[_.-][\w.-]{0,30}?key/iu,
  multiline: true,
  reach: 'match',
  entropy: 3,
  validate: (secret) => /^[a-f0-9]{37}$/u.test(secret) && /[a-f]/u.test(secret) && /\d/u.test(secret) && !hasSequentialRun(secret, 5),
  references: ['https://developers.cloudflare.com/fundamentals/api/get-started/keys/', 'https://developers.cloudflare.com/fundamentals/api/how-to/make-api-calls/'],
  samples: () => ({
    positive: [
      { key: 'CLOUDFLARE_API_KEY', value: r(`${id}1`, HEX, 37) },
      { key: 'CF_GLOBAL_API_KEY', value: r(`${id}2`, HEX, 37) },
      `curl https://api.cloudflare.com/client/v4/zones -H "X-Auth-Email: ops@corp.example" -H "X-Auth-Key: ${r(`${id}3`, HEX, 37)}"`,
      `cloudflare:\n  email: ops@corp.example\n  api_key: ${r(`${id}4`, HEX, 37)}`,
    ],
    negative: [
      { key: 'CLOUDFLARE_API_KEY', value: '<API_KEY>' },
      { key: 'CLOUDFLARE_API_KEY', value: '0000000000000000000000000000000000000' },
      // 32 hex digits is a zone or account id, not a global key.
      { key: 'CLOUDFLARE_API_KEY', value: r(`${id}5`, HEX, 32) },
      // 37 hex digits under an unrelated key.
      { key: 'cache_key', value: r(`${id}6`, HEX, 37) },
    ],
  }),
});
