import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'kucoin-api-credentials',
  name: 'KuCoin API key or secret',
  description: 'KuCoin API keys (24 hex digits) and secrets (a UUID) under a key or section named after KuCoin.',
  vendor: String.raw`kucoin`,
  keywords: ['kucoin'],
  shapes: [[[ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]], [[ABC.hex, 24]]],
  sampleKey: 'KUCOIN_API_SECRET',
  references: ['https://www.kucoin.com/docs-new/authentication'],
});
