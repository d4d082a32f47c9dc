import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'elevenlabs-api-key',
  name: 'ElevenLabs API key',
  description: 'ElevenLabs API keys (sk_ + 48 hex digits, or 32 hex digits) under a key, header or section named after ElevenLabs (xi-api-key).',
  vendor: String.raw`eleven[_.-]?labs|xi(?=[_.-]api)`,
  keywords: ['elevenlabs', 'eleven_labs', 'eleven-labs', 'xi-api', 'xi_api'],
  shapes: [['sk_', [ABC.hex, 48]], [[ABC.hex, 32]]],
  sampleKey: 'ELEVENLABS_API_KEY',
  references: ['https://elevenlabs.io/docs/api-reference/authentication'],
});
