import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'postmark-server-token',
  name: 'Postmark server or account token',
  description: 'Postmark server and account API tokens (a UUID) under a key, header or section named after Postmark.',
  vendor: String.raw`postmark`,
  keywords: ['postmark'],
  shapes: [[[ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]]],
  sampleKey: 'POSTMARK_SERVER_TOKEN',
  references: ['https://postmarkapp.com/developer/api/overview#authentication'],
});
