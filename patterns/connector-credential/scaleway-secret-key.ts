import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'scaleway-secret-key',
  name: 'Scaleway secret key',
  description: 'Scaleway API secret keys (a UUID) under a key or section named after Scaleway (SCW_SECRET_KEY).',
  vendor: String.raw`scaleway|scw(?=[_.-])`,
  keywords: ['scaleway', 'scw_', 'scw-', 'scw.'],
  shapes: [[[ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]]],
  key: String.raw`secret[_.-]?key|secret`,
  sampleKey: 'SCW_SECRET_KEY',
  references: ['https://www.scaleway.com/en/docs/identity-and-access-management/iam/how-to/create-api-keys/'],
});
