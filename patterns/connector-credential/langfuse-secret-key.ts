import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'langfuse-secret-key',
  name: 'Langfuse secret key',
  description: 'Langfuse project secret keys (sk-lf- + a UUID): read and write the project\'s traces.',
  shapes: [['sk-lf-', [ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]]],
  sampleKey: 'LANGFUSE_SECRET_KEY',
  references: ['https://langfuse.com/faq/all/where-are-langfuse-api-keys'],
});
