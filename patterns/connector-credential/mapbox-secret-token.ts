import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'mapbox-secret-token',
  name: 'Mapbox secret access token',
  description: 'Mapbox secret access tokens (sk.eyJ + the token): change the account\'s styles, tilesets and tokens (public pk. tokens are meant for browsers).',
  shapes: [['sk.eyJ', [ABC.base64url, 50, 300], '.', [ABC.base64url, 22]]],
  sampleKey: 'MAPBOX_SECRET_TOKEN',
  references: ['https://docs.mapbox.com/accounts/guides/tokens/'],
});
