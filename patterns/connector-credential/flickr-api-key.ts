import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'flickr-api-key',
  name: 'Flickr API key',
  description: 'Flickr API keys (32 hex digits) under a key or section named after Flickr.',
  vendor: String.raw`flickr`,
  keywords: ['flickr'],
  shapes: [[[ABC.hex, 32]]],
  sampleKey: 'FLICKR_API_KEY',
  references: ['https://www.flickr.com/services/api/misc.api_keys.html'],
});
