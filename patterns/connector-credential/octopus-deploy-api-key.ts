import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'octopus-deploy-api-key',
  name: 'Octopus Deploy API key',
  description: 'Octopus Deploy API keys (API- + 26 upper-case letters and digits): deploy and configure the instance.',
  shapes: [['API-', [ABC.upperAlnum, 26]]],
  validate: (secret) => /\d/u.test(secret.slice(4)) && /[A-Z]/u.test(secret.slice(4)),
  sampleKey: 'OCTOPUS_API_KEY',
  references: ['https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key'],
});
