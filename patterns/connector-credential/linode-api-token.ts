import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'linode-api-token',
  name: 'Linode (Akamai) API token',
  description: 'Linode personal access tokens (64 hex digits) under a key or section named after Linode.',
  vendor: String.raw`linode`,
  keywords: ['linode'],
  shapes: [[[ABC.hex, 64]]],
  sampleKey: 'LINODE_TOKEN',
  references: ['https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens'],
});
