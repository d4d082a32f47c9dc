import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'vonage-api-secret',
  name: 'Vonage (Nexmo) API secret',
  description: 'Vonage (Nexmo) API secrets (16 characters) under a key or section named after Vonage or Nexmo.',
  vendor: String.raw`vonage|nexmo`,
  keywords: ['vonage', 'nexmo'],
  shapes: [[[ABC.alnum, 16]]],
  key: String.raw`(?:api|app)?[_.-]?secret`,
  sampleKey: 'VONAGE_API_SECRET',
  references: ['https://developer.vonage.com/en/getting-started/concepts/authentication'],
});
