import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'readme-api-key',
  name: 'ReadMe API key',
  description: 'ReadMe API keys (rdme_ + 70 characters): edit the project\'s documentation and read its metrics.',
  shapes: [['rdme_', [ABC.lowerAlnum, 70]]],
  sampleKey: 'README_API_KEY',
  references: ['https://docs.readme.com/main/reference/intro/authentication'],
});
