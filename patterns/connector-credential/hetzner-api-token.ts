import { ABC, keyedToken } from './support/vendor-token.js';

export default keyedToken({
  id: 'hetzner-api-token',
  name: 'Hetzner Cloud API token',
  description: 'Hetzner Cloud API tokens (64 characters) under a key or section named after Hetzner or hcloud.',
  vendor: String.raw`hetzner|hcloud`,
  keywords: ['hetzner', 'hcloud'],
  shapes: [[[ABC.alnum, 64]]],
  sampleKey: 'HCLOUD_TOKEN',
  references: ['https://docs.hetzner.cloud/#authentication'],
});
