import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'privateai-api-key',
  name: 'Private AI API key',
  description: 'Private AI API keys (32 characters) under a key or section named after Private AI.',
  vendor: String.raw`private[_.-]?ai`,
  keywords: ['privateai', 'private_ai', 'private-ai', 'private.ai'],
  shapes: [[[ABC.alnum, 32]]],
  sampleKey: 'PRIVATEAI_API_KEY',
  references: ['https://docs.private-ai.com/'],
});
