import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'vultr-api-key',
  name: 'Vultr API key',
  description: 'Vultr API keys (36 upper-case letters and digits) under a key or section named after Vultr.',
  vendor: String.raw`vultr`,
  keywords: ['vultr'],
  shapes: [[[ABC.upperAlnum, 36]]],
  sampleKey: 'VULTR_API_KEY',
  references: ['https://www.vultr.com/api/#section/Authentication'],
});
