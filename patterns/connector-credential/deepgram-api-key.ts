import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'deepgram-api-key',
  name: 'Deepgram API key',
  description: 'Deepgram API keys (40 hex digits) under a key or section named after Deepgram.',
  vendor: String.raw`deepgram`,
  keywords: ['deepgram'],
  shapes: [[[ABC.hex, 40]]],
  sampleKey: 'DEEPGRAM_API_KEY',
  references: ['https://developers.deepgram.com/guides/fundamentals/authenticating'],
});
