import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'twitter-access-token',
  name: 'X (Twitter) access token',
  description: 'X (Twitter) OAuth 1.0a access tokens (user id + - + 20 to 40 characters) under a key or section named after Twitter.',
  vendor: String.raw`twitter`,
  keywords: ['twitter'],
  shapes: [[[ABC.digits, 15, 25], '-', [ABC.alnum, 20, 40]]],
  key: String.raw`access[_.-]?token|oauth[_.-]?token|token`,
  sampleKey: 'TWITTER_ACCESS_TOKEN',
  references: ['https://developer.x.com/en/docs/authentication/oauth-1-0a/obtaining-user-access-tokens'],
});
