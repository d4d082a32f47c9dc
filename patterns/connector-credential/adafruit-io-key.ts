import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'adafruit-io-key',
  name: 'Adafruit IO key',
  description: 'Adafruit IO keys (aio_ + 28 characters): read and write the account\'s feeds and devices.',
  shapes: [['aio_', [ABC.alnum, 28]]],
  sampleKey: 'ADAFRUIT_IO_KEY',
  references: ['https://io.adafruit.com/api/docs/#authentication'],
});
