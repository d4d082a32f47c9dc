import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'xai-api-key',
  name: 'xAI API key',
  description: 'xAI API keys (xai- + 80 characters): call and bill Grok models on the account.',
  shapes: [['xai-', [ABC.alnum, 80]]],
  sampleKey: 'XAI_API_KEY',
  references: ['https://docs.x.ai/docs/overview'],
});
