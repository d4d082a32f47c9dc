import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'artifactory-token',
  name: 'JFrog Artifactory API key or reference token',
  description: 'JFrog Artifactory API keys (AKCp + 69 characters) and reference tokens (cmVmdGtu + 56): pull and push the registry\'s artifacts.',
  shapes: [['AKCp', [ABC.alnum, 69]], ['cmVmdGtu', [ABC.alnum, 56]]],
  sampleKey: 'ARTIFACTORY_API_KEY',
  references: ['https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens'],
});
