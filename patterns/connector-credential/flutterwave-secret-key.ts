import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'flutterwave-secret-key',
  name: 'Flutterwave secret key',
  description: 'Flutterwave live secret keys (FLWSECK- + 32 hex digits + -X): move the account\'s money.',
  shapes: [['FLWSECK-', [ABC.hex, 32], '-X']],
  sampleKey: 'FLW_SECRET_KEY',
  references: ['https://developer.flutterwave.com/docs/authentication'],
});
