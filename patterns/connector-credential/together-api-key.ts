import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'together-api-key',
  name: 'Together AI API key',
  description: 'Together AI API keys (64 hex digits, or tgp_v1_ keys) under a key named after Together AI.',
  vendor: String.raw`together(?=[_. -]?(?:ai|api|key|token))`,
  keywords: ['together'],
  shapes: [[[ABC.hex, 64]], ['tgp_v1_', [ABC.base64url, 43]]],
  sampleKey: 'TOGETHER_API_KEY',
  references: ['https://docs.together.ai/reference/authentication-1'],
});
