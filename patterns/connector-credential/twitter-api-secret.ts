import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'twitter-api-secret',
  name: 'X (Twitter) API secret',
  description: 'X (Twitter) API key secrets and access token secrets (45 or 50 characters) under a key or section named after Twitter.',
  vendor: String.raw`twitter`,
  keywords: ['twitter'],
  shapes: [[[ABC.alnum, 50]], [[ABC.alnum, 45]]],
  key: String.raw`(?:api|consumer|access[_.-]?token|app)[_.-]?secret(?:[_.-]?key)?|secret`,
  sampleKey: 'TWITTER_API_SECRET',
  references: ['https://developer.x.com/en/docs/authentication/oauth-1-0a/api-key-and-secret'],
});
