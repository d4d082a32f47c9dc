import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'openshift-user-token',
  name: 'OpenShift user token',
  description: 'OpenShift OAuth user tokens (sha256~ + 43 characters): act on the cluster as the user.',
  shapes: [['sha256~', [ABC.base64url, 43]]],
  sampleKey: 'OPENSHIFT_TOKEN',
  references: ['https://docs.openshift.com/container-platform/4.14/authentication/managing-oauth-access-tokens.html'],
});
