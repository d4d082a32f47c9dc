import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'rollbar-access-token',
  name: 'Rollbar access token',
  description: 'Rollbar project and account access tokens (32 hex digits) under a key or section named after Rollbar.',
  vendor: String.raw`rollbar`,
  keywords: ['rollbar'],
  shapes: [[[ABC.hex, 32]]],
  sampleKey: 'ROLLBAR_ACCESS_TOKEN',
  references: ['https://docs.rollbar.com/docs/access-tokens'],
});
