import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'etsy-api-key',
  name: 'Etsy API key',
  description: 'Etsy Open API keystrings (24 characters) under a key or section named after Etsy.',
  vendor: String.raw`etsy`,
  keywords: ['etsy'],
  shapes: [[[ABC.lowerAlnum, 24]]],
  sampleKey: 'ETSY_API_KEY',
  references: ['https://developers.etsy.com/documentation/essentials/authentication'],
});
