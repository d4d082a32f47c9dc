import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'asana-access-token',
  name: 'Asana access token',
  description: 'Asana personal access tokens (1/ or 2/ + user id + : + 32 hex digits) and client secrets (32 characters) under a key or section named after Asana.',
  vendor: String.raw`asana`,
  keywords: ['asana'],
  shapes: [[[ABC.digits, 1], '/', [ABC.digits, 13, 19], ':', [ABC.hex, 32]], [[ABC.alnum, 32]]],
  sampleKey: 'ASANA_ACCESS_TOKEN',
  references: ['https://developers.asana.com/docs/personal-access-token'],
});
