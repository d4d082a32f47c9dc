import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'amplitude-secret-key',
  name: 'Amplitude secret key',
  description: 'Amplitude project secret keys (32 hex digits) under a key or section named after Amplitude.',
  vendor: String.raw`amplitude`,
  keywords: ['amplitude'],
  shapes: [[[ABC.hex, 32]]],
  key: String.raw`secret[_.-]?key|secret`,
  sampleKey: 'AMPLITUDE_SECRET_KEY',
  references: ['https://amplitude.com/docs/apis/authentication'],
});
