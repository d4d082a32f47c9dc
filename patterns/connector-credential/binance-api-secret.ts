import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'binance-api-secret',
  name: 'Binance API secret',
  description: 'Binance API keys and secrets (64 characters) under a key or section named after Binance.',
  vendor: String.raw`binance`,
  keywords: ['binance'],
  shapes: [[[ABC.alnum, 64]]],
  sampleKey: 'BINANCE_API_SECRET',
  references: ['https://developers.binance.com/docs/binance-spot-api-docs/rest-api/request-security'],
});
