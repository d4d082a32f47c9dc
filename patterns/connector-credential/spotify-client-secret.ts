import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'spotify-client-secret',
  name: 'Spotify client secret',
  description: 'Spotify app client secrets (32 hex digits) under a key or section named after Spotify.',
  vendor: String.raw`spotify`,
  keywords: ['spotify'],
  shapes: [[[ABC.hex, 32]]],
  key: String.raw`(?:client|app|api)?[_.-]?secret`,
  sampleKey: 'SPOTIFY_CLIENT_SECRET',
  references: ['https://developer.spotify.com/documentation/web-api/tutorials/client-credentials-flow'],
});
