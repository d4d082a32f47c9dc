import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'mistral-api-key',
  name: 'Mistral AI API key',
  description: 'Mistral AI API keys (32 characters) under a key or section named after Mistral.',
  vendor: String.raw`mistral`,
  keywords: ['mistral'],
  shapes: [[[ABC.alnum, 32]]],
  sampleKey: 'MISTRAL_API_KEY',
  references: ['https://docs.mistral.ai/getting-started/quickstart/'],
});
