import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'pinecone-api-key',
  name: 'Pinecone API key',
  description: 'Pinecone API keys (pcsk_ + key id + _ + secret): read and write the project\'s vector indexes.',
  shapes: [['pcsk_', [ABC.alnum, 4, 10], '_', [ABC.alnum, 40, 80]]],
  sampleKey: 'PINECONE_API_KEY',
  references: ['https://docs.pinecone.io/guides/projects/manage-api-keys'],
});
