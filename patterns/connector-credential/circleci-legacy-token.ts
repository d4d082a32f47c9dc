import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'circleci-legacy-token',
  name: 'CircleCI API token (40 hex)',
  description: 'CircleCI personal and project API tokens of the 40-hex form under a key or section named after CircleCI.',
  vendor: String.raw`circle[_.-]?ci|circle(?=[_.-]token)`,
  keywords: ['circleci', 'circle_ci', 'circle-ci', 'circle_token', 'circle-token'],
  shapes: [[[ABC.hex, 40]]],
  sampleKey: 'CIRCLECI_TOKEN',
  references: ['https://circleci.com/docs/managing-api-tokens/'],
});
