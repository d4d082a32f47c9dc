import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'jenkins-api-token',
  name: 'Jenkins API token',
  description: 'Jenkins user API tokens (11 + 32 hex digits) under a key or section named after Jenkins.',
  vendor: String.raw`jenkins`,
  keywords: ['jenkins'],
  shapes: [['11', [ABC.hex, 32]]],
  sampleKey: 'JENKINS_API_TOKEN',
  references: ['https://www.jenkins.io/doc/book/using/remote-access-api/'],
});
