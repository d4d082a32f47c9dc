import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'okta-api-token',
  name: 'Okta API token',
  description: 'Okta API tokens (00 + 40 characters) under a key or section named after Okta.',
  vendor: String.raw`okta`,
  keywords: ['okta'],
  shapes: [['00', [ABC.base64url, 40]]],
  sampleKey: 'OKTA_API_TOKEN',
  references: ['https://developer.okta.com/docs/guides/create-an-api-token/main/'],
});
