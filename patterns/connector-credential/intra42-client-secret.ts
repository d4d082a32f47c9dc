import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'intra42-client-secret',
  name: '42 Intra client secret',
  description: '42 Intra OAuth application secrets (s-s4t2ud- or s-s4t2af- + 64 hex digits): act as the registered application.',
  shapes: [['s-s4t2ud-', [ABC.hex, 64]], ['s-s4t2af-', [ABC.hex, 64]]],
  sampleKey: 'INTRA_CLIENT_SECRET',
  references: ['https://api.intra.42.fr/apidoc/guides/getting_started'],
});
