import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'infura-api-key',
  name: 'Infura API key',
  description: 'Infura API keys and secrets (32 hex digits) under a key or section named after Infura.',
  vendor: String.raw`infura`,
  keywords: ['infura'],
  shapes: [[[ABC.hex, 32]]],
  sampleKey: 'INFURA_API_KEY',
  references: ['https://docs.metamask.io/services/get-started/infura/'],
});
