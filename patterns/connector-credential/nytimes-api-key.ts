import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'nytimes-api-key',
  name: 'New York Times API key',
  description: 'New York Times developer API keys (32 characters) under a key or section named after the NYTimes.',
  vendor: String.raw`nytimes|ny[_.-]?times|new[_.-]?york[_.-]?times`,
  keywords: ['nytimes', 'ny_times', 'ny-times', 'newyork', 'new_york', 'new-york'],
  shapes: [[[ABC.alnum, 32]]],
  sampleKey: 'NYTIMES_API_KEY',
  references: ['https://developer.nytimes.com/get-started'],
});
