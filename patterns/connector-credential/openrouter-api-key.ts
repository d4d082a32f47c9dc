import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'openrouter-api-key',
  name: 'OpenRouter API key',
  description: 'OpenRouter API keys (sk-or-v1- + 64 hex digits): call and bill models on the account.',
  shapes: [['sk-or-v1-', [ABC.hex, 64]]],
  sampleKey: 'OPENROUTER_API_KEY',
  references: ['https://openrouter.ai/docs/api-reference/authentication'],
});
