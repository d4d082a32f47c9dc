import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'mandrill-api-key',
  name: 'Mandrill API key',
  description: 'Mailchimp Transactional (Mandrill) API keys (22 characters) under a key or section named after Mandrill.',
  vendor: String.raw`mandrill`,
  keywords: ['mandrill'],
  shapes: [[[ABC.base64url, 22]]],
  sampleKey: 'MANDRILL_API_KEY',
  references: ['https://mailchimp.com/developer/transactional/guides/quick-start/'],
});
