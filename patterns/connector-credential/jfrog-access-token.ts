import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'jfrog-access-token',
  name: 'JFrog access token',
  description: 'JFrog Platform identity and API tokens (64 or 73 characters) under a key or section named after JFrog, Artifactory or Xray.',
  vendor: String.raw`jfrog|artifactory|bintray|xray`,
  keywords: ['jfrog', 'artifactory', 'bintray', 'xray'],
  shapes: [[[ABC.alnum, 73]], [[ABC.alnum, 64]]],
  sampleKey: 'JFROG_ACCESS_TOKEN',
  references: ['https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens'],
});
