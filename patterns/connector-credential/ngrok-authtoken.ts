import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'ngrok-authtoken',
  name: 'ngrok authtoken or API key',
  description: 'ngrok agent authtokens and API keys (27 + _ + 21 characters, or 43+) under a key or section named after ngrok.',
  vendor: String.raw`ngrok`,
  keywords: ['ngrok'],
  shapes: [[[ABC.alnum, 27], '_', [ABC.alnum, 21]]],
  key: String.raw`auth[_.-]?token|(?:api[_.-]?)?key|token`,
  sampleKey: 'NGROK_AUTHTOKEN',
  references: ['https://ngrok.com/docs/agent/#authtokens'],
});
