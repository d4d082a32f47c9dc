import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'mailchimp-api-key',
  name: 'Mailchimp API key',
  description: 'Mailchimp Marketing API keys (32 hex digits + -us + data-centre number): read and mail the account\'s audiences.',
  shapes: [[[ABC.hex, 32], '-us', [ABC.digits, 1, 2]]],
  keywords: ['-us'],
  keywordContext: /-us[0-9]{1,2}(?![\w-])/iu,
  sampleKey: 'MAILCHIMP_API_KEY',
  references: ['https://mailchimp.com/developer/marketing/guides/quick-start/#generate-your-api-key'],
});
