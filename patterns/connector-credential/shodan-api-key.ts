import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'shodan-api-key',
  name: 'Shodan API key',
  description: 'Shodan API keys (32 characters) under a key or section named after Shodan.',
  vendor: String.raw`shodan`,
  keywords: ['shodan'],
  shapes: [[[ABC.alnum, 32]]],
  sampleKey: 'SHODAN_API_KEY',
  references: ['https://developer.shodan.io/api/requirements'],
});
