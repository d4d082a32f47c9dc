import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'finnhub-api-key',
  name: 'Finnhub API key',
  description: 'Finnhub API keys (20 characters) under a key or section named after Finnhub.',
  vendor: String.raw`finnhub`,
  keywords: ['finnhub'],
  shapes: [[[ABC.lowerAlnum, 20]]],
  sampleKey: 'FINNHUB_API_KEY',
  references: ['https://finnhub.io/docs/api/authentication'],
});
