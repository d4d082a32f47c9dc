import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'bittrex-api-credentials',
  name: 'Bittrex API key or secret',
  description: 'Bittrex API keys and secrets (32 characters) under a key or section named after Bittrex.',
  vendor: String.raw`bittrex`,
  keywords: ['bittrex'],
  shapes: [[[ABC.alnum, 32]]],
  sampleKey: 'BITTREX_API_SECRET',
  references: ['https://bittrex.github.io/api/v3#topic-Authentication'],
});
