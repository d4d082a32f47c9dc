import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'flyio-access-token',
  name: 'Fly.io access token',
  description: 'Fly.io access tokens (fo1_ + 43 characters, and FlyV1 fm1/fm2 macaroon tokens): deploy and control the organisation\'s apps.',
  shapes: [['fo1_', [ABC.base64url, 43]], ['fm2_', [ABC.base64, 100, 2000]], ['fm1r_', [ABC.base64, 100, 2000]], ['fm1a_', [ABC.base64, 100, 2000]]],
  end: String.raw`[\w+/-]`,
  sampleKey: 'FLY_API_TOKEN',
  references: ['https://fly.io/docs/security/tokens/'],
});
