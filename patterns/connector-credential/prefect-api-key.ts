import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'prefect-api-key',
  name: 'Prefect Cloud API key',
  description: 'Prefect Cloud API keys (pnu_ + 36 characters): run and change the workspace\'s flows.',
  shapes: [['pnu_', [ABC.alnum, 36]]],
  sampleKey: 'PREFECT_API_KEY',
  references: ['https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys'],
});
