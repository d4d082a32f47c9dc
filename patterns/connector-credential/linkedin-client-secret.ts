import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'linkedin-client-secret',
  name: 'LinkedIn client secret',
  description: 'LinkedIn OAuth client secrets (16 characters, or WPL_AP1. secrets) under a key or section named after LinkedIn.',
  vendor: String.raw`linked[_.-]?in`,
  keywords: ['linkedin', 'linked_in', 'linked-in', 'linked.in'],
  shapes: [[[ABC.alnum, 16]], ['WPL_AP1.', [ABC.alnum, 16], '.', [ABC.base64, 16, 24]]],
  key: String.raw`(?:client|app|api)?[_.-]?secret`,
  end: String.raw`[\w+/=-]`,
  sampleKey: 'LINKEDIN_CLIENT_SECRET',
  references: ['https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow'],
});
