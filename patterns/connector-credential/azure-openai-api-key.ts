import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'azure-openai-api-key',
  name: 'Azure OpenAI API key',
  description: 'Azure OpenAI and Azure AI services keys (32 hex digits, or 84 characters) under a key or section named after Azure OpenAI.',
  vendor: String.raw`azure[_.-]?open[_.-]?ai|aoai`,
  keywords: ['azure_openai', 'azure-openai', 'azureopenai', 'azure_open_ai', 'aoai'],
  shapes: [[[ABC.hex, 32]], [[ABC.alnum, 84]]],
  sampleKey: 'AZURE_OPENAI_API_KEY',
  references: ['https://learn.microsoft.com/en-us/azure/ai-services/openai/reference#authentication'],
});
