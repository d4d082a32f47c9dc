import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'gocardless-access-token',
  name: 'GoCardless access token',
  description: 'GoCardless live access tokens (live_ + 40 characters) under a key or section named after GoCardless.',
  vendor: String.raw`go[_.-]?cardless`,
  keywords: ['gocardless', 'go_cardless', 'go-cardless'],
  shapes: [['live_', [ABC.base64url, 40]]],
  sampleKey: 'GOCARDLESS_ACCESS_TOKEN',
  references: ['https://developer.gocardless.com/getting-started/api/making-your-first-request/'],
});
