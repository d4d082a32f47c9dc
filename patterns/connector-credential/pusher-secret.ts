import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'pusher-secret',
  name: 'Pusher Channels app secret',
  description: 'Pusher Channels app secrets (20 hex digits) under a key or section named after Pusher.',
  vendor: String.raw`pusher`,
  keywords: ['pusher'],
  shapes: [[[ABC.hex, 20]]],
  key: String.raw`(?:app|api)?[_.-]?secret`,
  sampleKey: 'PUSHER_APP_SECRET',
  references: ['https://pusher.com/docs/channels/server_api/http-api/#authentication'],
});
