import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'cerebras-api-key',
  name: 'Cerebras API key',
  description: 'Cerebras inference API keys (csk- + 48 characters): call and bill models on the account.',
  shapes: [['csk-', [ABC.lowerAlnum, 48]]],
  sampleKey: 'CEREBRAS_API_KEY',
  references: ['https://inference-docs.cerebras.ai/quickstart'],
});
