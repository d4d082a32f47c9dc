import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'rapidapi-key',
  name: 'RapidAPI key',
  description: 'RapidAPI application keys (50 characters) under a key, header or section named after RapidAPI.',
  vendor: String.raw`rapid[_.-]?api`,
  keywords: ['rapidapi', 'rapid_api', 'rapid-api', 'rapid.api'],
  shapes: [[[ABC.base64url, 50]]],
  key: String.raw`(?:api[_.-]?)?key|token|secret`,
  sampleKey: 'RAPIDAPI_KEY',
  references: ['https://docs.rapidapi.com/docs/keys-and-key-rotation'],
});
