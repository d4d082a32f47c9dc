import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'posthog-personal-api-key',
  name: 'PostHog personal API key',
  description: 'PostHog personal API keys (phx_ + about 43 characters): read the project\'s analytics data (project keys, phc_, are public by design).',
  shapes: [['phx_', [ABC.alnum, 40, 50]]],
  sampleKey: 'POSTHOG_PERSONAL_API_KEY',
  references: ['https://posthog.com/docs/api#private-endpoint-authentication'],
});
