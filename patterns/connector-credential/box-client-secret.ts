import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'box-client-secret',
  name: 'Box client secret',
  description: 'Box app client secrets (32 characters) under a key named after Box.',
  vendor: String.raw`box(?=[_. -]?(?:client|app|developer|api))`,
  keywords: ['box'],
  shapes: [[[ABC.alnum, 32]]],
  key: String.raw`(?:client|app)[_.-]?secret|developer[_.-]?token`,
  sampleKey: 'BOX_CLIENT_SECRET',
  references: ['https://developer.box.com/guides/authentication/'],
});
