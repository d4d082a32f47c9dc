import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'scalingo-api-token',
  name: 'Scalingo API token',
  description: 'Scalingo API tokens (tk-us- + 48 characters): deploy and configure the account\'s applications.',
  shapes: [['tk-us-', [ABC.base64url, 48]]],
  sampleKey: 'SCALINGO_API_TOKEN',
  references: ['https://developers.scalingo.com/#authentication'],
});
