import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'finicity-credentials',
  name: 'Finicity app key or secret',
  description: 'Finicity (Mastercard Open Banking) app keys (32 hex digits) and partner secrets (20 characters) under a key or section named after Finicity.',
  vendor: String.raw`finicity`,
  keywords: ['finicity'],
  shapes: [[[ABC.hex, 32]], [[ABC.alnum, 20]]],
  sampleKey: 'FINICITY_APP_KEY',
  references: ['https://developer.mastercard.com/open-banking-us/documentation/quick-start-guide/'],
});
