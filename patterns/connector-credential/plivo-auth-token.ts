import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'plivo-auth-token',
  name: 'Plivo auth token',
  description: 'Plivo auth tokens (40 characters) under a key or section named after Plivo.',
  vendor: String.raw`plivo`,
  keywords: ['plivo'],
  shapes: [[[ABC.alnum, 40]]],
  sampleKey: 'PLIVO_AUTH_TOKEN',
  references: ['https://www.plivo.com/docs/messaging/api/overview/authentication'],
});
