import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'beamer-api-key',
  name: 'Beamer API key',
  description: 'Beamer API keys (b_ + 44 characters) under a key or section named after Beamer.',
  vendor: String.raw`beamer`,
  keywords: ['beamer'],
  shapes: [['b_', [ABC.base64url, 44]]],
  sampleKey: 'BEAMER_API_KEY',
  references: ['https://www.getbeamer.com/api'],
});
