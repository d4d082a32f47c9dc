import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'mollie-api-key',
  name: 'Mollie API key',
  description: 'Mollie live API keys (live_ + 30 characters) and organisation tokens (access_ + 40) under a key or section named after Mollie.',
  vendor: String.raw`mollie`,
  keywords: ['mollie'],
  shapes: [['live_', [ABC.alnum, 30]], ['access_', [ABC.alnum, 40]]],
  sampleKey: 'MOLLIE_API_KEY',
  references: ['https://docs.mollie.com/reference/authentication'],
});
