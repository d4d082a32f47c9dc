import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'lob-api-key',
  name: 'Lob API key',
  description: 'Lob live secret API keys (live_ + 35 hex digits) under a key or section named after Lob.',
  vendor: String.raw`lob`,
  keywords: ['lob'],
  shapes: [['live_', [ABC.hex, 35]]],
  sampleKey: 'LOB_API_KEY',
  references: ['https://docs.lob.com/#tag/Authentication'],
});
