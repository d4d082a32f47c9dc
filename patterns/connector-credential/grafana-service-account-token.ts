import { defineDetector } from '../../src/engine/define-detector.js';
import { crc32 } from '../../src/engine/validators.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'grafana-service-account-token';

/** Grafana's checksum: CRC-32 of `glsa_<secret>`, its four bytes little-endian, in hex. */
function checksum(payload: string): string {
  const crc = crc32(payload);
  return [crc, crc >>> 8, crc >>> 16, crc >>> 24].map((b) => (b & 0xff).toString(16).padStart(2, '0')).join('');
}

const token = (seed: string): string => {
  const payload = `glsa_${r(seed, ALPHA_NUM, 32)}`;
  return `${payload}_${checksum(payload)}`;
};

export default defineDetector({
  id,
  name: 'Grafana service account token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Grafana service account tokens (glsa_ + 32 characters + _ + CRC-32 checksum, checked offline).',
  regex: /\b(?<secret>glsa_[A-Za-z0-9]{32}_[a-f0-9]{8})\b/u,
  keywords: ['glsa_'],
  validate: (secret) => checksum(secret.slice(0, 37)) === secret.slice(38),
  skipSynthetic: true,
  references: ['https://grafana.com/docs/grafana/latest/administration/service-accounts/', 'https://grafana.com/docs/grafana/latest/setup-grafana/configure-security/secretscan/'],
  samples: () => ({
    positive: [token(`${id}1`), token(`${id}2`), { key: 'GRAFANA_TOKEN', value: token(`${id}3`) }],
    negative: [
      // A well-formed token whose checksum does not match.
      `glsa_${r(`${id}4`, ALPHA_NUM, 32)}_deadbeef`,
      'glsa_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx',
      'glsa_<service-account-token>',
    ],
  }),
});
