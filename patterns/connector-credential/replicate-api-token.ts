import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'replicate-api-token',
  name: 'Replicate API token',
  description: 'Replicate API tokens (r8_ + 37 characters): run and bill models on the account.',
  shapes: [['r8_', [ABC.alnum, 37]]],
  sampleKey: 'REPLICATE_API_TOKEN',
  references: ['https://replicate.com/docs/topics/security/api-tokens'],
});
