import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'freemius-secret-key',
  name: 'Freemius secret key',
  description: 'Freemius secret keys (sk_ + 29 characters) under a key or section named after Freemius, or a secret_key entry of its SDK settings.',
  vendor: String.raw`freemius`,
  keywords: ['freemius'],
  shapes: [['sk_', [ABC.base64url, 29]]],
  sampleKey: 'FREEMIUS_SECRET_KEY',
  references: ['https://freemius.com/help/documentation/wordpress-sdk/integrating-freemius-sdk/'],
});
