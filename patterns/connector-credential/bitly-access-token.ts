import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'bitly-access-token',
  name: 'Bitly access token',
  description: 'Bitly generic access tokens (40 hex digits) under a key or section named after Bitly.',
  vendor: String.raw`bitly`,
  keywords: ['bitly'],
  shapes: [[[ABC.hex, 40]]],
  sampleKey: 'BITLY_ACCESS_TOKEN',
  references: ['https://dev.bitly.com/docs/getting-started/authentication/'],
});
