import { ABC, prefixedToken } from './support/vendor-token.js';

export default prefixedToken({
  id: 'tailscale-key',
  name: 'Tailscale API or auth key',
  description: 'Tailscale API, auth, OAuth client, SCIM and webhook keys (tskey-<kind>- + key id + secret): join devices to the tailnet or manage it.',
  shapes: [['tskey-auth-', [ABC.alnum, 12, 20], '-', [ABC.alnum, 24, 40]], ['tskey-api-', [ABC.alnum, 12, 20], '-', [ABC.alnum, 24, 40]], ['tskey-client-', [ABC.alnum, 12, 20], '-', [ABC.alnum, 24, 40]], ['tskey-scim-', [ABC.alnum, 12, 20], '-', [ABC.alnum, 24, 40]], ['tskey-webhook-', [ABC.alnum, 12, 20], '-', [ABC.alnum, 24, 40]]],
  sampleKey: 'TS_AUTHKEY',
  references: ['https://tailscale.com/kb/1085/auth-keys', 'https://tailscale.com/kb/1101/api'],
});
