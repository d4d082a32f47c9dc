import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'pipedrive-api-token',
  name: 'Pipedrive API token',
  description: 'Pipedrive API tokens (40 hex digits) under a key or section named after Pipedrive.',
  vendor: String.raw`pipedrive`,
  keywords: ['pipedrive'],
  shapes: [[[ABC.hex, 40]]],
  sampleKey: 'PIPEDRIVE_API_TOKEN',
  references: ['https://pipedrive.readme.io/docs/how-to-find-the-api-token'],
});
