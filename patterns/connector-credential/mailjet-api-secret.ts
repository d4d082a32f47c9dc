import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'mailjet-api-secret',
  name: 'Mailjet API secret',
  description: 'Mailjet API secret keys (32 hex digits) under a key or section named after Mailjet.',
  vendor: String.raw`mailjet|mj(?=[_.-]apikey)`,
  keywords: ['mailjet', 'mj_apikey', 'mj-apikey'],
  shapes: [[[ABC.hex, 32]]],
  key: String.raw`(?:api[_.-]?)?(?:secret|private)(?:[_.-]?key)?|apikey[_.-]?private`,
  sampleKey: 'MAILJET_API_SECRET',
  references: ['https://dev.mailjet.com/email/guides/#authentication'],
});
