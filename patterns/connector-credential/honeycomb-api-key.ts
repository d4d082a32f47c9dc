import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'honeycomb-api-key',
  name: 'Honeycomb API key',
  description: 'Honeycomb configuration and ingest keys (22 or 32 characters, or hcaik_/hcxik_ ingest keys) under a key, header or section named after Honeycomb.',
  vendor: String.raw`honeycomb`,
  keywords: ['honeycomb'],
  shapes: [['hcaik_', [ABC.lowerAlnum, 58]], ['hcxik_', [ABC.lowerAlnum, 58]], [[ABC.alnum, 32]], [[ABC.alnum, 22]]],
  sampleKey: 'HONEYCOMB_API_KEY',
  references: ['https://docs.honeycomb.io/configure/environments/manage-api-keys/'],
});
