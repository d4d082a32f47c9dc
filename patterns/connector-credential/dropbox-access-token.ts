import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'dropbox-access-token',
  name: 'Dropbox short-lived access token',
  description: 'Dropbox short-lived access tokens (sl. or sl.u. + the token): read and write the user\'s files.',
  shapes: [['sl.u.', [ABC.base64url, 130, 1400]], ['sl.', [ABC.base64url, 130, 1400]]],
  sampleKey: 'DROPBOX_ACCESS_TOKEN',
  references: ['https://developers.dropbox.com/oauth-guide'],
});
