import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'google-oauth-access-token',
  name: 'Google OAuth access token',
  description: 'Google OAuth 2.0 access tokens (ya29. + the token): call Google APIs as the user or service account until they expire.',
  shapes: [['ya29.', [ABC.base64url, 40, 800]]],
  sampleKey: 'GOOGLE_ACCESS_TOKEN',
  references: ['https://developers.google.com/identity/protocols/oauth2'],
});
