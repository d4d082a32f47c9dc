import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'adobe-client-secret',
  name: 'Adobe client secret',
  description: 'Adobe Developer Console client secrets (p8e- + 32 characters): sign in to Adobe APIs as the integration.',
  shapes: [['p8e-', [ABC.alnum, 32]]],
  caseInsensitive: true,
  sampleKey: 'ADOBE_CLIENT_SECRET',
  references: ['https://developer.adobe.com/developer-console/docs/guides/authentication/'],
});
