import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'todoist-api-token',
  name: 'Todoist API token',
  description: 'Todoist API tokens (40 hex digits) under a key or section named after Todoist.',
  vendor: String.raw`todoist`,
  keywords: ['todoist'],
  shapes: [[[ABC.hex, 40]]],
  sampleKey: 'TODOIST_API_TOKEN',
  references: ['https://developer.todoist.com/rest/v2/#authorization'],
});
