import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'freshbooks-token',
  name: 'FreshBooks token or client secret',
  description: 'FreshBooks OAuth tokens and client secrets (64 hex digits) under a key or section named after FreshBooks.',
  vendor: String.raw`freshbooks`,
  keywords: ['freshbooks'],
  shapes: [[[ABC.hex, 64]]],
  sampleKey: 'FRESHBOOKS_CLIENT_SECRET',
  references: ['https://www.freshbooks.com/api/authentication'],
});
