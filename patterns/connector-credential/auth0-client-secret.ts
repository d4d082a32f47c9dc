import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'auth0-client-secret',
  name: 'Auth0 client secret',
  description: 'Auth0 application client secrets (64 characters) under a key or section named after Auth0.',
  vendor: String.raw`auth0`,
  keywords: ['auth0'],
  shapes: [[[ABC.base64url, 64]]],
  key: String.raw`(?:client|app|api)?[_.-]?secret`,
  sampleKey: 'AUTH0_CLIENT_SECRET',
  references: ['https://auth0.com/docs/get-started/applications/application-credentials'],
});
