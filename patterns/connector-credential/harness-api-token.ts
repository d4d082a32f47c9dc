import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'harness-api-token',
  name: 'Harness API token',
  description: 'Harness personal and service account tokens (pat. or sat. + account id + token id + secret).',
  shapes: [['pat.', [ABC.base64url, 22], '.', [ABC.alnum, 24], '.', [ABC.alnum, 20]], ['sat.', [ABC.base64url, 22], '.', [ABC.alnum, 24], '.', [ABC.alnum, 20]]],
  sampleKey: 'HARNESS_API_KEY',
  references: ['https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/'],
});
