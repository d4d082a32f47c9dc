import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'razorpay-key-secret',
  name: 'Razorpay key secret',
  description: 'Razorpay API key secrets (24 characters) under a key or section named after Razorpay.',
  vendor: String.raw`razorpay`,
  keywords: ['razorpay'],
  shapes: [[[ABC.alnum, 24]]],
  key: String.raw`(?:key|api|client)?[_.-]?secret`,
  sampleKey: 'RAZORPAY_KEY_SECRET',
  references: ['https://razorpay.com/docs/api/authentication/'],
});
