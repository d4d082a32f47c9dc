import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'sparkpost-api-key',
  name: 'SparkPost API key',
  description: 'SparkPost API keys (40 hex digits) under a key or section named after SparkPost.',
  vendor: String.raw`spark[_.-]?post`,
  keywords: ['sparkpost', 'spark_post', 'spark-post'],
  shapes: [[[ABC.hex, 40]]],
  sampleKey: 'SPARKPOST_API_KEY',
  references: ['https://developers.sparkpost.com/api/#header-authorization'],
});
