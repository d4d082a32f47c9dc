import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'defined-networking-api-token',
  name: 'Defined Networking API token',
  description: 'Defined Networking (Nebula) API tokens (dnkey- + two random parts): manage the overlay network\'s hosts.',
  shapes: [['dnkey-', [ABC.upperAlnum, 26], '-', [ABC.upperAlnum, 52]]],
  caseInsensitive: true,
  sampleKey: 'DN_API_KEY',
  references: ['https://docs.defined.net/guides/automating-host-creation/'],
});
