import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'messagebird-api-key',
  name: 'MessageBird (Bird) API key',
  description: 'MessageBird access keys (25 characters) under a key or section named after MessageBird.',
  vendor: String.raw`message[_.-]?bird`,
  keywords: ['messagebird', 'message_bird', 'message-bird', 'message.bird'],
  shapes: [[[ABC.alnum, 25]]],
  sampleKey: 'MESSAGEBIRD_API_KEY',
  references: ['https://developers.messagebird.com/api/#authentication'],
});
