import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { mixesCaseAndDigits, vendorKeyedValue } from './support/vendor-context.js';

const id = 'cloudflare-api-token';

export default defineDetector({
  id,
  name: 'Cloudflare API token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Cloudflare API tokens (40 letters, digits, - and _) under a CLOUDFLARE_API_TOKEN, CF_API_TOKEN, cloudflare apiToken key or in a cloudflare section: they change DNS, zones and Workers.',
  regex: vendorKeyedValue({ vendor: String.raw`cloudflare|cf(?=[_.-]|api)`, key: String.raw`(?:api[_.-]?)?(?:token|key)`, value: String.raw`[A-Za-z0-9_-]{40}` }),
  keywords: ['cloudflare', 'cf_', 'cf-', 'cf.', 'cfapi'],
  keywordContext: /cloudflare|cf(?:[_.-]|api)[\w.-]{0,30}?(?:token|key)/iu,
  multiline: true,
  reach: 'match',
  entropy: 4,
  validate: (secret) => mixesCaseAndDigits(secret) && !hasSequentialRun(secret),
  references: ['https://developers.cloudflare.com/fundamentals/api/get-started/create-token/', 'https://developers.cloudflare.com/api/'],
  samples: () => ({
    positive: [
      { key: 'CLOUDFLARE_API_TOKEN', value: `${r(`${id}1`, ALPHA_NUM, 4)}${r(`${id}2`, BASE64URL, 36)}` },
      { key: 'cfApiToken', value: `${r(`${id}3`, ALPHA_NUM, 4)}${r(`${id}4`, BASE64URL, 36)}` },
      `cloudflare:\n  zone: example.org\n  api_token: ${r(`${id}5`, ALPHA_NUM, 40)}`,
      `provider "cloudflare" {\n  api_token = "${r(`${id}6`, ALPHA_NUM, 40)}"\n}`,
    ],
    negative: [
      // The token Cloudflare's API reference shows in its examples.
      { key: 'CLOUDFLARE_API_TOKEN', value: 'Sn3lZJTBX6kkg7OdcBUAxOO963GEIyGQqnFTOFYY' },
      { key: 'CLOUDFLARE_API_TOKEN', value: '<API_TOKEN>' },
      { key: 'CLOUDFLARE_API_TOKEN', value: 'your_cloudflare_api_token_here_000000000' },
      // 40 characters under an unrelated key.
      { key: 'deploy_token', value: r(`${id}7`, ALPHA_NUM, 40) },
      // A zone id is 32 hex digits, and public.
      { key: 'CLOUDFLARE_ZONE_ID', value: r(`${id}8`, '0123456789abcdef', 32) },
      { key: 'CLOUDFLARE_API_TOKEN', value: r(`${id}9`, ALPHA_NUM, 39) },
    ],
  }),
});
