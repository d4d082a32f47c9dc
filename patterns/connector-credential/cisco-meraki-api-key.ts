import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'cisco-meraki-api-key',
  name: 'Cisco Meraki API key',
  description: 'Cisco Meraki Dashboard API keys (40 hex digits) under a key or section named after Meraki.',
  vendor: String.raw`meraki`,
  keywords: ['meraki'],
  shapes: [[[ABC.hex, 40]]],
  sampleKey: 'MERAKI_DASHBOARD_API_KEY',
  references: ['https://developer.cisco.com/meraki/api-v1/authorization/'],
});
