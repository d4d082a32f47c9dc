import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'braintree-access-token',
  name: 'Braintree access token',
  description: 'Braintree production access tokens (access_token$production$ + merchant id + $ + 32 hex digits): move the merchant\'s money.',
  shapes: [['access_token$production$', [ABC.lowerAlnum, 16], '$', [ABC.hex, 32]]],
  sampleKey: 'BRAINTREE_ACCESS_TOKEN',
  references: ['https://developer.paypal.com/braintree/docs/guides/authorization/overview'],
});
