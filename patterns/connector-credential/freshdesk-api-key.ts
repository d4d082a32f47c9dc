import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'freshdesk-api-key',
  name: 'Freshdesk API key',
  description: 'Freshdesk API keys (20 characters) under a key or section named after Freshdesk.',
  vendor: String.raw`freshdesk`,
  keywords: ['freshdesk'],
  shapes: [[[ABC.alnum, 20]]],
  sampleKey: 'FRESHDESK_API_KEY',
  references: ['https://developers.freshdesk.com/api/#authentication'],
});
