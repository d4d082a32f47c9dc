import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'mongodb-atlas-private-key',
  name: 'MongoDB Atlas API private key',
  description: 'MongoDB Atlas programmatic API private keys (a UUID) under a key or section named after Atlas or MongoDB.',
  vendor: String.raw`mongodb[_.-]?atlas|atlas(?=[_.-](?:private|api))`,
  keywords: ['mongodb_atlas', 'mongodb-atlas', 'mongodbatlas', 'atlas_private', 'atlas-private', 'atlas_api', 'atlas-api'],
  shapes: [[[ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]]],
  key: String.raw`private[_.-]?(?:api[_.-]?)?key`,
  sampleKey: 'MONGODB_ATLAS_PRIVATE_KEY',
  references: ['https://www.mongodb.com/docs/atlas/configure-api-access/'],
});
