import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'yandex-api-key',
  name: 'Yandex Cloud API key',
  description: 'Yandex Cloud API keys of service accounts (AQVN + 35 to 38 characters).',
  shapes: [['AQVN', [ABC.base64url, 35, 38]]],
  sampleKey: 'YC_API_KEY',
  references: ['https://yandex.cloud/en/docs/iam/concepts/authorization/api-key'],
});
