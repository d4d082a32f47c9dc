import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'twitter-bearer-token',
  name: 'X (Twitter) app bearer token',
  description: 'X (Twitter) app-only bearer tokens (22 A + the token, URL-encoded): read the API as the app.',
  shapes: [['AAAAAAAAAAAAAAAAAAAAA', [ABC.alnumPercent, 80, 120]]],
  repeats: true,
  sampleKey: 'TWITTER_BEARER_TOKEN',
  references: ['https://developer.x.com/en/docs/authentication/oauth-2-0/bearer-tokens'],
});
