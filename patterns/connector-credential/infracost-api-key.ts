import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'infracost-api-key',
  name: 'Infracost API key',
  description: 'Infracost API keys (ico- + 32 characters): price Terraform plans against the organisation\'s account.',
  shapes: [['ico-', [ABC.alnum, 32]]],
  sampleKey: 'INFRACOST_API_KEY',
  references: ['https://www.infracost.io/docs/integrations/environment_variables/'],
});
