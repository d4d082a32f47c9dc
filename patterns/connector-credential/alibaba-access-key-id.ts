import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'alibaba-access-key-id',
  name: 'Alibaba Cloud AccessKey ID',
  description: 'Alibaba Cloud AccessKey IDs (LTAI + 12 to 20 characters): half of the account\'s API credential, the other half stands near it.',
  shapes: [['LTAI', [ABC.alnum, 12, 20]]],
  sampleKey: 'ALIBABA_CLOUD_ACCESS_KEY_ID',
  references: ['https://www.alibabacloud.com/help/en/ram/user-guide/create-an-accesskey-pair'],
});
