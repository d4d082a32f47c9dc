import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'twitch-api-token',
  name: 'Twitch client secret or token',
  description: 'Twitch client secrets and OAuth tokens (30 characters) under a key or section named after Twitch.',
  vendor: String.raw`twitch`,
  keywords: ['twitch'],
  shapes: [[[ABC.lowerAlnum, 30]]],
  sampleKey: 'TWITCH_CLIENT_SECRET',
  references: ['https://dev.twitch.tv/docs/authentication/'],
});
