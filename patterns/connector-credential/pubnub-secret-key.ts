import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'pubnub-secret-key',
  name: 'PubNub secret or publish key',
  description: 'PubNub secret keys (sec-c- + the key) and publish keys (pub-c- + a UUID): grant access and publish on the keyset.',
  shapes: [['sec-c-', [ABC.alnum, 40, 60]], ['pub-c-', [ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]]],
  sampleKey: 'PUBNUB_SECRET_KEY',
  references: ['https://www.pubnub.com/docs/general/setup/account-setup'],
});
