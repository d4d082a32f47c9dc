import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'plaid-secret',
  name: 'Plaid secret',
  description: 'Plaid API secrets (30 characters) under a key or section named after Plaid.',
  vendor: String.raw`plaid`,
  keywords: ['plaid'],
  shapes: [[[ABC.lowerAlnum, 30]]],
  key: String.raw`(?:client|api|sandbox|development|production|dev|prod)?[_.-]?secret(?:[_.-]?key)?`,
  sampleKey: 'PLAID_SECRET',
  references: ['https://plaid.com/docs/api/#api-access'],
});
