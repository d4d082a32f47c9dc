import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'authress-access-key',
  name: 'Authress service client access key',
  description: 'Authress service client access keys (account . key id . acc_ client id . secret): act as the service client on the account.',
  shapes: [['sc_', [ABC.lowerAlnum, 5, 30], '.', [ABC.lowerAlnum, 4, 6], '.acc_', [ABC.lowerAlnum, 10, 32], '.', [ABC.base64url, 30, 120]], ['ext_', [ABC.lowerAlnum, 5, 30], '.', [ABC.lowerAlnum, 4, 6], '.acc_', [ABC.lowerAlnum, 10, 32], '.', [ABC.base64url, 30, 120]], ['scauth_', [ABC.lowerAlnum, 5, 30], '.', [ABC.lowerAlnum, 4, 6], '.acc_', [ABC.lowerAlnum, 10, 32], '.', [ABC.base64url, 30, 120]], ['authress_', [ABC.lowerAlnum, 5, 30], '.', [ABC.lowerAlnum, 4, 6], '.acc_', [ABC.lowerAlnum, 10, 32], '.', [ABC.base64url, 30, 120]]],
  keywords: ['.acc_'],
  keywordContext: /\.acc_[a-z0-9]{8}/iu,
  caseInsensitive: true,
  sampleKey: 'AUTHRESS_KEY',
  references: ['https://authress.io/knowledge-base/docs/authorization/service-clients/secrets-scanning'],
});
