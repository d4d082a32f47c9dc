import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'frameio-api-token',
  name: 'Frame.io developer token',
  description: 'Frame.io developer tokens (fio-u- + 64 characters): read and upload the account\'s media.',
  shapes: [['fio-u-', [ABC.base64url, 64]]],
  sampleKey: 'FRAMEIO_TOKEN',
  references: ['https://developer.frame.io/docs/getting-started/authentication'],
});
