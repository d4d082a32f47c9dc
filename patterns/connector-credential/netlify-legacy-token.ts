import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'netlify-legacy-token',
  name: 'Netlify access token (older form)',
  description: 'Netlify access tokens of the older 40 to 46 character form under a key or section named after Netlify.',
  vendor: String.raw`netlify`,
  keywords: ['netlify'],
  shapes: [[[ABC.base64url, 40, 46]]],
  sampleKey: 'NETLIFY_AUTH_TOKEN',
  references: ['https://docs.netlify.com/api/get-started/#authentication'],
});
