import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'clojars-deploy-token',
  name: 'Clojars deploy token',
  description: 'Clojars deploy tokens (CLOJARS_ + 60 characters): publish artifacts under the account\'s groups.',
  shapes: [['CLOJARS_', [ABC.lowerAlnum, 60]]],
  caseInsensitive: true,
  sampleKey: 'CLOJARS_DEPLOY_TOKEN',
  references: ['https://github.com/clojars/clojars-web/wiki/Deploy-Tokens'],
});
