import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'coinbase-api-secret',
  name: 'Coinbase API secret',
  description: 'Coinbase API key secrets (64 characters) under a key or section named after Coinbase.',
  vendor: String.raw`coinbase`,
  keywords: ['coinbase'],
  shapes: [[[ABC.base64url, 64]]],
  sampleKey: 'COINBASE_API_SECRET',
  references: ['https://docs.cdp.coinbase.com/get-started/docs/cdp-api-keys'],
});
