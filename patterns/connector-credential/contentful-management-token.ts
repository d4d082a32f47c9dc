import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'contentful-management-token',
  name: 'Contentful personal access token',
  description: 'Contentful content management tokens (CFPAT- + 43 characters): edit and publish the space\'s content.',
  shapes: [['CFPAT-', [ABC.base64url, 43]]],
  sampleKey: 'CONTENTFUL_MANAGEMENT_TOKEN',
  references: ['https://www.contentful.com/developers/docs/references/authentication/#the-content-management-api'],
});
