import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { ALPHA_NUM, DIGITS, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'grafana-api-key';

/**
 * Legacy Grafana API keys are base64 of `{"k":"<key>","n":"<name>","id":<org>}`.
 * Power BI report links start with the same `eyJrIjoi` but carry `t`/`c` fields instead.
 */
function payloadValid(secret: string): boolean {
  try {
    const value: unknown = JSON.parse(decodeBase64(secret)?.toString('utf8') ?? '');
    if (typeof value !== 'object' || value === null) return false;
    const { k, n, id: org } = value as Record<string, unknown>;
    return typeof k === 'string' && k.length >= 16 && typeof n === 'string' && typeof org === 'number';
  } catch {
    return false;
  }
}

const key = (seed: string): string =>
  Buffer.from(JSON.stringify({ k: r(`${seed}k`, ALPHA_NUM, 32), n: `ci-${r(`${seed}n`, LOWER_NUM, 6)}`, id: Number(r(`${seed}i`, DIGITS, 1)) + 1 })).toString(
    'base64',
  );

export default defineDetector({
  id,
  name: 'Grafana API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Legacy Grafana API keys (base64 JSON starting eyJrIjoi with a key, name and org id), checked by decoding offline.',
  regex: /(?<![A-Za-z0-9+/])(?<secret>eyJrIjoi[A-Za-z0-9+/]{40,200}={0,2})(?![A-Za-z0-9+/=])/u,
  keywords: ['eyjrijoi'],
  entropy: 4,
  validate: payloadValid,
  references: ['https://grafana.com/docs/grafana/latest/developers/http_api/auth/'],
  samples: () => ({
    positive: [key(`${id}1`), { key: 'GRAFANA_API_KEY', value: key(`${id}2`) }, `Authorization: Bearer ${key(`${id}3`)}`],
    negative: [
      // A Power BI report link: same prefix, other JSON.
      `https://app.powerbi.com/view?r=${Buffer.from(JSON.stringify({ k: '3f1c2b9e-7d41-4a57-9a0c-2f8e4d6b1a33', t: '72f988bf-86f1-41af-91ab-2d7cd011db47', c: 3 })).toString('base64')}`,
      'eyJrIjoiXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
      'eyJrIjoi<your-api-key>',
    ],
  }),
});
