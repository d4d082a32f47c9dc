import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'plaid-access-token',
  name: 'Plaid access token',
  description: 'Plaid production and development access tokens (access-production- or access-development- + a UUID): read a person\'s bank accounts and transactions.',
  shapes: [['access-production-', [ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]], ['access-development-', [ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]]],
  sampleKey: 'PLAID_ACCESS_TOKEN',
  references: ['https://plaid.com/docs/api/tokens/'],
});
