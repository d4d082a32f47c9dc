import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'easypost-api-key',
  name: 'EasyPost API key',
  description: 'EasyPost production and test API keys (EZAK or EZTK + 54 characters): buy postage and read shipments.',
  shapes: [['EZAK', [ABC.alnum, 54]], ['EZTK', [ABC.alnum, 54]]],
  sampleKey: 'EASYPOST_API_KEY',
  references: ['https://docs.easypost.com/docs/authentication'],
});
