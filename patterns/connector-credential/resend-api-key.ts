import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'resend-api-key',
  name: 'Resend API key',
  description: 'Resend API keys (re_ + 8 characters + _ + 24): send email from the account\'s domains.',
  shapes: [['re_', [ABC.alnum, 8], '_', [ABC.alnum, 24]]],
  sampleKey: 'RESEND_API_KEY',
  references: ['https://resend.com/docs/dashboard/api-keys/introduction'],
});
