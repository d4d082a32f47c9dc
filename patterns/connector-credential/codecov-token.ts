import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'codecov-token',
  name: 'Codecov upload token',
  description: 'Codecov repository and global upload tokens (a UUID) under a key or section named after Codecov.',
  vendor: String.raw`codecov`,
  keywords: ['codecov'],
  shapes: [[[ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]]],
  sampleKey: 'CODECOV_TOKEN',
  references: ['https://docs.codecov.com/docs/codecov-tokens'],
});
