import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'shippo-api-token',
  name: 'Shippo API token',
  description: 'Shippo live API tokens (shippo_live_ + 40 hex digits): buy labels and read shipments.',
  shapes: [['shippo_live_', [ABC.hex, 40]]],
  sampleKey: 'SHIPPO_API_TOKEN',
  references: ['https://docs.goshippo.com/docs/guides_general/authentication/'],
});
