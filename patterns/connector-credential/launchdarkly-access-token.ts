import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'launchdarkly-access-token',
  name: 'LaunchDarkly API or SDK key',
  description: 'LaunchDarkly API access tokens (api- + UUID) and server-side SDK keys (sdk- + UUID) near a LaunchDarkly name.',
  shapes: [['api-', [ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]], ['sdk-', [ABC.hex, 8], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 4], '-', [ABC.hex, 12]]],
  context: [{ pattern: /launch[_.-]?darkly|(?<![a-z0-9])ld[_.-]?(?:sdk|api|access)/iu, within: 400 }],
  sampleKey: 'LAUNCHDARKLY_SDK_KEY',
  references: ['https://launchdarkly.com/docs/home/account/api', 'https://launchdarkly.com/docs/sdk/concepts/client-side-server-side#keys'],
});
