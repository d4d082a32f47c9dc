import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'maxmind-license-key',
  name: 'MaxMind licence key',
  description: 'MaxMind account licence keys (6 + 29 characters + _mmk): download GeoIP databases and query the web services on the account.',
  shapes: [[[ABC.alnum, 6], '_', [ABC.alnum, 29], '_mmk']],
  keywords: ['_mmk'],
  keywordContext: /_mmk(?![\w-])/iu,
  sampleKey: 'MAXMIND_LICENSE_KEY',
  references: ['https://support.maxmind.com/hc/en-us/articles/4407111582235-Generate-a-License-Key'],
});
