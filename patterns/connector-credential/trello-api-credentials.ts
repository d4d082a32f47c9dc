import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'trello-api-credentials',
  name: 'Trello API key or token',
  description: 'Trello API keys (32 hex digits), tokens (64 hex digits, or ATTA + 64 hex + 8) and secrets under a key or section named after Trello.',
  vendor: String.raw`trello`,
  keywords: ['trello'],
  shapes: [['ATTA', [ABC.alnum, 64, 72]], [[ABC.hex, 64]], [[ABC.hex, 32]]],
  sampleKey: 'TRELLO_TOKEN',
  references: ['https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/'],
});
