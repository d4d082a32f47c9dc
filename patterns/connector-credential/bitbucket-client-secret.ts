import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'bitbucket-client-secret',
  name: 'Bitbucket OAuth consumer secret',
  description: 'Bitbucket OAuth consumer secrets (32 characters) under a key or section named after Bitbucket.',
  vendor: String.raw`bitbucket`,
  keywords: ['bitbucket'],
  shapes: [[[ABC.alnum, 32]]],
  key: String.raw`(?:client|consumer|oauth|app)[_.-]?secret|secret`,
  sampleKey: 'BITBUCKET_CLIENT_SECRET',
  references: ['https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/'],
});
