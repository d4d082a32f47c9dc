import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'langsmith-api-key',
  name: 'LangSmith API key',
  description: 'LangSmith personal access tokens and service keys (lsv2_pt_ or lsv2_sk_ + 32 hex + _ + 10 hex): read the organisation\'s traces and datasets.',
  shapes: [['lsv2_pt_', [ABC.hex, 32], '_', [ABC.hex, 10]], ['lsv2_sk_', [ABC.hex, 32], '_', [ABC.hex, 10]]],
  sampleKey: 'LANGSMITH_API_KEY',
  references: ['https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key'],
});
