import { defineDetector } from '../../src/engine/define-detector.js';
import { base64UrlJson, BASE64URL, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { parseJwt } from '../../src/engine/validators.js';
import { vendorKeyedValue } from './support/vendor-context.js';

const id = 'onepassword-connect-token';

/** A Connect server access token: an ES256 JWT, built at run time. */
const token = (seed: string): string =>
  [
    base64UrlJson({ alg: 'ES256', kid: r(`${seed}a`, LOWER_NUM, 26), typ: 'JWT' }),
    base64UrlJson({ '1password.com/auuid': r(`${seed}b`, LOWER_NUM, 26).toUpperCase(), '1password.com/fts': ['vaultaccess'], aud: ['com.1password.connect'], iat: 1700000000, iss: 'com.1password.b5', jti: r(`${seed}c`, LOWER_NUM, 26), sub: r(`${seed}d`, LOWER_NUM, 26).toUpperCase() }),
    r(`${seed}e`, BASE64URL, 86),
  ].join('.');

export default defineDetector({
  id,
  name: '1Password Connect token',
  category: 'connector-credential',
  severity: 'error',
  description: '1Password Connect server access tokens (a signed JWT) under an OP_CONNECT_TOKEN, onepassword connect token key or in a 1Password Connect section: they read the vaults the Connect server serves.',
  regex: vendorKeyedValue({
    vendor: String.raw`op[_.-]?connect|(?:one|1)[_.-]?password[_.-]?connect|connect(?=[_.-]?token)`,
    key: String.raw`(?:access[_.-]?)?token`,
    value: String.raw`eyJ[\w-]{10,1000}\.ey[\w-]{10,4000}\.[\w-]{20,1000}`,
    end: String.raw`[\w.-]`,
  }),
  keywords: ['connect'],
  keywordContext: /connect[\w.-]{0,30}?token|connect\\?["'`]?[ \t]{0,4}[:=]/iu,
  multiline: true,
  reach: 'match',
  validate: (secret) => parseJwt(secret)?.header['alg'] !== 'none' && parseJwt(secret) !== undefined,
  references: ['https://developer.1password.com/docs/connect/manage-connect/', 'https://developer.1password.com/docs/connect/connect-server-configuration/'],
  samples: () => ({
    positive: [{ key: 'OP_CONNECT_TOKEN', value: token(`${id}1`) }, `onepassword_connect:\n  host: http://op-connect:8080\n  token: ${token(`${id}2`)}`],
    negative: [
      { key: 'OP_CONNECT_TOKEN', value: '<your-connect-token>' },
      { key: 'OP_CONNECT_TOKEN', value: 'eyJhbGciOi...' },
      // A token without a Connect key beside it is left to the JWT detector.
      { key: 'id_token_hint', value: token(`${id}3`) },
    ],
  }),
});
