import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'sanity-api-token',
  name: 'Sanity API token',
  description: 'Sanity project API tokens (sk + 78 to 80 characters) under a key named after Sanity.',
  vendor: String.raw`sanity(?=[_. -]?(?:api|auth|token|project|studio|write|read))`,
  keywords: ['sanity'],
  shapes: [['sk', [ABC.alnum, 78, 80]]],
  sampleKey: 'SANITY_API_TOKEN',
  references: ['https://www.sanity.io/docs/http-auth'],
});
