import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'render-api-key',
  name: 'Render API key',
  description: 'Render API keys (rnd_ + 32 characters): deploy and configure the account\'s services.',
  shapes: [['rnd_', [ABC.alnum, 32]]],
  sampleKey: 'RENDER_API_KEY',
  references: ['https://render.com/docs/api#1-create-an-api-key'],
});
