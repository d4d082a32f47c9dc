import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'figma-access-token',
  name: 'Figma personal access token',
  description: 'Figma personal access tokens (figd_ + about 40 characters): read the user\'s files and comments.',
  shapes: [['figd_', [ABC.base64url, 38, 43]]],
  sampleKey: 'FIGMA_ACCESS_TOKEN',
  references: ['https://www.figma.com/developers/api#access-tokens'],
});
