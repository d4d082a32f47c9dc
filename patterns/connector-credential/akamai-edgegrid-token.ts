import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'akamai-edgegrid-token',
  name: 'Akamai EdgeGrid client or access token',
  description: 'Akamai EdgeGrid client and access tokens (akab- + two 16-character parts): with the client secret, call Akamai APIs as the API client.',
  shapes: [['akab-', [ABC.lowerAlnum, 16], '-', [ABC.lowerAlnum, 16]]],
  sampleKey: 'AKAMAI_ACCESS_TOKEN',
  references: ['https://techdocs.akamai.com/developer/docs/set-up-authentication-credentials'],
});
