import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'mailgun-api-key',
  name: 'Mailgun API or webhook signing key',
  description: 'Mailgun private API keys (key- + 32 hex digits, or 32 hex + two 8-hex parts) under a key or section named after Mailgun.',
  vendor: String.raw`mailgun`,
  keywords: ['mailgun'],
  shapes: [['key-', [ABC.hex, 32]], [[ABC.hex, 32], '-', [ABC.hex, 8], '-', [ABC.hex, 8]]],
  sampleKey: 'MAILGUN_API_KEY',
  references: ['https://documentation.mailgun.com/docs/mailgun/api-reference/authentication/'],
});
