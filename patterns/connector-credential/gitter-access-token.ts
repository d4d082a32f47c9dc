import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'gitter-access-token',
  name: 'Gitter access token',
  description: 'Gitter personal access tokens (40 hex digits) under a key or section named after Gitter.',
  vendor: String.raw`gitter`,
  keywords: ['gitter'],
  shapes: [[[ABC.hex, 40]]],
  sampleKey: 'GITTER_TOKEN',
  references: ['https://developer.gitter.im/docs/authentication'],
});
