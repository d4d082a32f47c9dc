import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'stability-api-key',
  name: 'Stability AI API key',
  description: 'Stability AI API keys (sk- + 48 characters) under a key named after Stability AI.',
  vendor: String.raw`stability(?=[_. -]?(?:ai|api|key|token))(?:[_.-]?ai)?`,
  keywords: ['stability'],
  shapes: [['sk-', [ABC.alnum, 48]]],
  sampleKey: 'STABILITY_API_KEY',
  references: ['https://platform.stability.ai/docs/getting-started/authentication'],
});
