import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'cohere-api-key',
  name: 'Cohere API key',
  description: 'Cohere API keys (40 characters) under a key or section named after Cohere (CO_API_KEY).',
  vendor: String.raw`cohere|co(?=[_.-]api)`,
  keywords: ['cohere', 'co_api', 'co-api', 'co.api'],
  shapes: [[[ABC.alnum, 40]]],
  sampleKey: 'COHERE_API_KEY',
  references: ['https://docs.cohere.com/docs/rate-limits'],
});
