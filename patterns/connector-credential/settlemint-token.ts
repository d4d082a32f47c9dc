import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'settlemint-token',
  name: 'SettleMint access token',
  description: 'SettleMint personal, application and service access tokens (sm_pat_, sm_aat_, sm_sat_ + 16 characters).',
  shapes: [['sm_pat_', [ABC.alnum, 16]], ['sm_aat_', [ABC.alnum, 16]], ['sm_sat_', [ABC.alnum, 16]]],
  sampleKey: 'SETTLEMINT_ACCESS_TOKEN',
  references: ['https://console.settlemint.com/documentation/platform-components/security-and-authentication/personal-access-tokens'],
});
