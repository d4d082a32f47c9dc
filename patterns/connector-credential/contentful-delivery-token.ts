import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'contentful-delivery-token',
  name: 'Contentful delivery or preview token',
  description: 'Contentful Content Delivery and Preview API tokens (43 characters) under a key or section named after Contentful.',
  vendor: String.raw`contentful`,
  keywords: ['contentful'],
  shapes: [[[ABC.base64url, 43]]],
  sampleKey: 'CONTENTFUL_ACCESS_TOKEN',
  references: ['https://www.contentful.com/developers/docs/references/authentication/'],
});
