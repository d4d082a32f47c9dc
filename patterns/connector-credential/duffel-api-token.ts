import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'duffel-api-token',
  name: 'Duffel access token',
  description: 'Duffel live access tokens (duffel_live_ + 43 characters): book and pay for travel as the account.',
  shapes: [['duffel_live_', [ABC.base64url, 43]]],
  sampleKey: 'DUFFEL_ACCESS_TOKEN',
  references: ['https://duffel.com/docs/api/overview/making-requests/authentication'],
});
