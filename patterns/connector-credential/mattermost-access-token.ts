import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'mattermost-access-token',
  name: 'Mattermost access token',
  description: 'Mattermost personal access and bot tokens (26 characters) under a key or section named after Mattermost.',
  vendor: String.raw`mattermost`,
  keywords: ['mattermost'],
  shapes: [[[ABC.lowerAlnum, 26]]],
  sampleKey: 'MATTERMOST_TOKEN',
  references: ['https://developers.mattermost.com/integrate/reference/personal-access-token/'],
});
