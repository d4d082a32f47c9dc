import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { BASE64URL, LOWER_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'onepassword-service-account-token';

/** A service-account token: ops_ + base64 of the JSON sign-in record (unpadded). */
const token = (seed: string): string =>
  `ops_${Buffer.from(
    JSON.stringify({
      signInAddress: 'my.1password.com',
      userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: r(`${seed}a`, BASE64URL, 22) },
      email: `${r(`${seed}b`, LOWER_NUM, 12)}@1passwordserviceaccounts.com`,
      srpX: r(`${seed}c`, '0123456789abcdef', 64),
      muk: { alg: 'A256GCM', ext: true, k: r(`${seed}d`, BASE64URL, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
      secretKey: `A3-${r(`${seed}e`, 'ABCDEFGHJKLMNPQRSTVWXYZ23456789', 6)}-${r(`${seed}f`, 'ABCDEFGHJKLMNPQRSTVWXYZ23456789', 11)}`,
      deviceUuid: r(`${seed}g`, LOWER_NUM, 26),
    }),
  )
    .toString('base64')
    .replace(/=/gu, '')}`;

export default defineDetector({
  id,
  name: '1Password service account token',
  category: 'connector-credential',
  severity: 'error',
  description: '1Password service account tokens (ops_ + base64 of a JSON sign-in record, checked by decoding): they read every vault the service account is granted.',
  regex: /(?<![\w-])(?<secret>ops_eyJ[A-Za-z0-9+/_-]{250,4000}={0,3})(?![\w+/=-])/u,
  keywords: ['ops_eyj'],
  validate: (secret) => {
    const json = decodeBase64(secret.slice(4))?.toString('utf8') ?? '';
    return json.startsWith('{"') && (json.includes('"secretKey"') || json.includes('"srpX"'));
  },
  references: ['https://developer.1password.com/docs/service-accounts/', 'https://developer.1password.com/docs/service-accounts/use-with-1password-cli/'],
  samples: () => ({
    positive: [token(`${id}1`), { key: 'OP_SERVICE_ACCOUNT_TOKEN', value: token(`${id}2`) }],
    negative: [
      { key: 'OP_SERVICE_ACCOUNT_TOKEN', value: '<your-service-account-token>' },
      'ops_eyJ...',
      // Base64 JSON that is no sign-in record.
      `ops_${Buffer.from(JSON.stringify({ note: r(`${id}3`, BASE64URL, 240) })).toString('base64')}`,
    ],
  }),
});
