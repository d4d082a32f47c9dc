import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'hasura-admin-secret',
  name: 'Hasura admin secret',
  description: 'Hasura GraphQL Engine admin secrets (16 or more random characters) under a key or header named after Hasura.',
  vendor: String.raw`hasura`,
  keywords: ['hasura'],
  shapes: [[[ABC.alnum, 32, 64]]],
  key: String.raw`admin[_.-]?secret`,
  sampleKey: 'HASURA_GRAPHQL_ADMIN_SECRET',
  references: ['https://hasura.io/docs/latest/auth/authentication/admin-secret-access/'],
});
