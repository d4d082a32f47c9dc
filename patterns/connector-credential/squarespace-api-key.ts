import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'squarespace-api-key',
  name: 'Squarespace API key',
  description: 'Squarespace API keys (a UUID) under a key or section named after Squarespace.',
  vendor: String.raw`squarespace`,
  keywords: ['squarespace'],
  shapes: [[[ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]]],
  sampleKey: 'SQUARESPACE_API_KEY',
  references: ['https://developers.squarespace.com/commerce-apis/authentication-and-permissions'],
});
