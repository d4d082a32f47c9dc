import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { ALPHA_NUM, DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'grafana-cloud-token';

/** glc_ tokens are base64 of a small JSON object naming the org (`o`), token name (`n`) and key (`k`). */
function payloadValid(secret: string): boolean {
  try {
    const value: unknown = JSON.parse(decodeBase64(secret.slice(4))?.toString('utf8') ?? '');
    return typeof value === 'object' && value !== null && typeof (value as Record<string, unknown>).k === 'string';
  } catch {
    return false;
  }
}

const token = (seed: string): string => {
  const json = JSON.stringify({
    o: r(`${seed}o`, DIGITS, 6),
    n: `stack-${r(`${seed}s`, DIGITS, 6)}-hm-read-${r(`${seed}n`, LOWER_NUM, 6)}`,
    k: r(`${seed}k`, ALPHA_NUM, 24),
    m: { r: 'prod-eu-west-2' },
  });
  return `glc_${Buffer.from(json).toString('base64')}`;
};

export default defineDetector({
  id,
  name: 'Grafana Cloud token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Grafana Cloud access policy and API tokens (glc_ + base64 JSON with a key), checked by decoding offline.',
  regex: /\b(?<secret>glc_[A-Za-z0-9+/]{32,400}={0,2})(?![A-Za-z0-9+/=])/u,
  keywords: ['glc_'],
  publicPrefix: /^glc_/u,
  entropy: 4,
  validate: payloadValid,
  references: ['https://grafana.com/docs/grafana-cloud/security-and-account-management/authentication-and-permissions/access-policies/'],
  samples: () => ({
    positive: [token(`${id}1`), { key: 'GRAFANA_CLOUD_TOKEN', value: token(`${id}2`) }],
    negative: [
      'glc_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'glc_<your-access-policy-token>',
      // Base64 that is not the token JSON.
      `glc_${Buffer.from(`not a token ${r(`${id}3`, ALPHA_NUM, 40)}`).toString('base64')}`,
    ],
  }),
});
