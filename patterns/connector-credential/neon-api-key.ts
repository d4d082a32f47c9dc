import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'neon-api-key',
  name: 'Neon API key',
  description: 'Neon API keys (napi_ + 64 characters): create, change and delete the account\'s Postgres projects.',
  shapes: [['napi_', [ABC.lowerAlnum, 64]]],
  sampleKey: 'NEON_API_KEY',
  references: ['https://neon.com/docs/manage/api-keys'],
});
