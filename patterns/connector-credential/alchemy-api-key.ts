import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'alchemy-api-key',
  name: 'Alchemy API key',
  description: 'Alchemy API keys (32 characters) under a key or section named after Alchemy.',
  vendor: String.raw`alchemy`,
  keywords: ['alchemy'],
  shapes: [[[ABC.base64url, 32]]],
  sampleKey: 'ALCHEMY_API_KEY',
  references: ['https://docs.alchemy.com/docs/alchemy-quickstart-guide'],
});
