import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'algolia-admin-key',
  name: 'Algolia admin or write API key',
  description: 'Algolia admin and write API keys (32 hex digits) under a key or section named after Algolia (search-only keys are public by design).',
  vendor: String.raw`algolia`,
  keywords: ['algolia'],
  shapes: [[[ABC.hex, 32]]],
  key: String.raw`(?:admin|write)[_.-]?(?:api[_.-]?)?key|(?<!search[_.-]?(?:only[_.-]?)?)api[_.-]?key`,
  sampleKey: 'ALGOLIA_ADMIN_API_KEY',
  references: ['https://www.algolia.com/doc/guides/security/api-keys/'],
});
