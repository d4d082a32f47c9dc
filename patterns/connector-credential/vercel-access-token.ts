import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'vercel-access-token',
  name: 'Vercel access token',
  description: 'Vercel access tokens (24 characters) under a key or section named after Vercel.',
  vendor: String.raw`vercel`,
  keywords: ['vercel'],
  shapes: [[[ABC.alnum, 24]]],
  sampleKey: 'VERCEL_TOKEN',
  references: ['https://vercel.com/docs/rest-api#creating-an-access-token'],
});
