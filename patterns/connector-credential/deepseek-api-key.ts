import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'deepseek-api-key',
  name: 'DeepSeek API key',
  description: 'DeepSeek API keys (sk- + 32 hex digits) under a key or section named after DeepSeek.',
  vendor: String.raw`deep[_.-]?seek`,
  keywords: ['deepseek', 'deep_seek', 'deep-seek'],
  shapes: [['sk-', [ABC.hex, 32]]],
  sampleKey: 'DEEPSEEK_API_KEY',
  references: ['https://api-docs.deepseek.com/'],
});
