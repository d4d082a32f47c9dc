import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'intercom-access-token',
  name: 'Intercom access token',
  description: 'Intercom access tokens (about 60 base64 characters) under a key or section named after Intercom.',
  vendor: String.raw`intercom`,
  keywords: ['intercom'],
  shapes: [[[ABC.base64, 58, 60], '=']],
  end: String.raw`[\w+/=-]`,
  sampleKey: 'INTERCOM_ACCESS_TOKEN',
  references: ['https://developers.intercom.com/docs/build-an-integration/learn-more/authentication'],
});
