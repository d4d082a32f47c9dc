import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'sendbird-api-token',
  name: 'Sendbird API token',
  description: 'Sendbird master and secondary API tokens (40 hex digits) under a key or section named after Sendbird.',
  vendor: String.raw`sendbird`,
  keywords: ['sendbird'],
  shapes: [[[ABC.hex, 40]]],
  sampleKey: 'SENDBIRD_API_TOKEN',
  references: ['https://sendbird.com/docs/chat/platform-api/v3/prepare-to-use-api#2-authentication'],
});
