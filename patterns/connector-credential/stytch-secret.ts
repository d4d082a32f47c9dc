import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'stytch-secret',
  name: 'Stytch project secret',
  description: 'Stytch live project secrets (secret-live- + 36 characters): manage the project\'s users and sessions.',
  shapes: [['secret-live-', [ABC.base64url, 36]]],
  sampleKey: 'STYTCH_SECRET',
  references: ['https://stytch.com/docs/api/authentication'],
});
