import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'looker-client-secret',
  name: 'Looker API client secret',
  description: 'Looker API3 client secrets (24 characters) under a key or section named after Looker.',
  vendor: String.raw`looker`,
  keywords: ['looker'],
  shapes: [[[ABC.alnum, 24]]],
  key: String.raw`(?:client|api)?[_.-]?secret`,
  sampleKey: 'LOOKERSDK_CLIENT_SECRET',
  references: ['https://cloud.google.com/looker/docs/api-auth'],
});
