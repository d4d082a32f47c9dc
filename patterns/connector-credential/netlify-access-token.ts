import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'netlify-access-token',
  name: 'Netlify personal access token',
  description: 'Netlify personal access tokens (nfp_ + 36 to 40 characters): deploy and configure the account\'s sites.',
  shapes: [['nfp_', [ABC.alnum, 36, 40]]],
  sampleKey: 'NETLIFY_AUTH_TOKEN',
  references: ['https://docs.netlify.com/api/get-started/#authentication'],
});
