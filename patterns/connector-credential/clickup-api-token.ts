import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'clickup-api-token',
  name: 'ClickUp personal API token',
  description: 'ClickUp personal API tokens (pk_ + user id + _ + 32 characters): read and change the user\'s workspaces.',
  shapes: [['pk_', [ABC.digits, 6, 10], '_', [ABC.upperAlnum, 32]]],
  sampleKey: 'CLICKUP_API_TOKEN',
  references: ['https://clickup.com/api/developer-portal/authentication/'],
});
