import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'kraken-api-secret',
  name: 'Kraken API secret',
  description: 'Kraken API private keys (80 to 90 base64 characters) under a key or section named after Kraken.',
  vendor: String.raw`kraken`,
  keywords: ['kraken'],
  shapes: [[[ABC.base64, 80, 90]]],
  end: String.raw`[\w+/=-]`,
  sampleKey: 'KRAKEN_API_SECRET',
  references: ['https://docs.kraken.com/api/docs/guides/spot-rest-auth'],
});
