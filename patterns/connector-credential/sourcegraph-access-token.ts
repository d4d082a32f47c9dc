import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'sourcegraph-access-token',
  name: 'Sourcegraph access token',
  description: 'Sourcegraph access tokens (sgp_ + instance id + 40 hex digits, or the older sgp_ + 40): read the instance\'s code as the user.',
  shapes: [['sgp_', [ABC.hex, 16], '_', [ABC.hex, 40]], ['sgp_local_', [ABC.hex, 40]], ['sgp_', [ABC.hex, 40]]],
  sampleKey: 'SRC_ACCESS_TOKEN',
  references: ['https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token'],
});
