import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'circleci-personal-token',
  name: 'CircleCI personal API token',
  description: 'CircleCI personal API tokens (CCIPAT_ + 22 characters + _ + 40 hex digits): trigger and read the user\'s pipelines.',
  shapes: [['CCIPAT_', [ABC.alnum, 22], '_', [ABC.hex, 40]]],
  sampleKey: 'CIRCLECI_TOKEN',
  references: ['https://circleci.com/docs/managing-api-tokens/'],
});
