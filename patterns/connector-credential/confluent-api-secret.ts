import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'confluent-api-secret',
  name: 'Confluent Cloud API secret',
  description: 'Confluent Cloud API secrets (64 characters) under a key or section named after Confluent or Kafka\'s SASL password.',
  vendor: String.raw`confluent`,
  keywords: ['confluent'],
  shapes: [[[ABC.base64, 64]]],
  end: String.raw`[\w+/=-]`,
  sampleKey: 'CONFLUENT_CLOUD_API_SECRET',
  references: ['https://docs.confluent.io/cloud/current/security/authenticate/workload-identities/service-accounts/api-keys/overview.html'],
});
