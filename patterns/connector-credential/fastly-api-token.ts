import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'fastly-api-token',
  name: 'Fastly API token',
  description: 'Fastly API tokens (32 characters) under a key or section named after Fastly.',
  vendor: String.raw`fastly`,
  keywords: ['fastly'],
  shapes: [[[ABC.base64url, 32]]],
  sampleKey: 'FASTLY_API_TOKEN',
  references: ['https://docs.fastly.com/en/guides/using-api-tokens'],
});
