import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'typeform-api-token',
  name: 'Typeform personal access token',
  description: 'Typeform personal access tokens (tfp_ + 59 characters): read forms and their responses.',
  shapes: [['tfp_', [ABC.base64url, 59]]],
  caseInsensitive: true,
  sampleKey: 'TYPEFORM_TOKEN',
  references: ['https://www.typeform.com/developers/get-started/personal-access-token/'],
});
