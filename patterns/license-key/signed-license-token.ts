import { defineDetector } from '../../src/engine/define-detector.js';
import { parseJwt } from '../../src/engine/validators.js';
import { BASE64URL, LOWER_NUM, UPPER_NUM, base64UrlJson, randomString as r } from '../support/sample-builder.js';

const id = 'signed-license-token';

/** Claims that by themselves say the token is a licence. */
const LICENCE_CLAIMS = /^(?:licen[cs]e[_-]?(?:id|key|type|tier)?|licensee|entitlements?|seats|max[_-]?seats|edition)$/iu;
/** Claims that say so only in pairs (`tier` + `features`). */
const PLAN_CLAIMS = /^(?:tier|plan|features|product|sku|max[_-]?(?:users|nodes|hosts|tenants)|quota)$/iu;
/** Documentation tokens carry example subjects and issuers. */
const SYNTHETIC_PAYLOAD = /example|sample|dummy|placeholder|tenant-demo|your[_-]|lorem|acme|(?<![a-z])(?:test|demo|foo)(?![a-z])/iu;

/** True when a JWT payload is a licence: licence claims and an expiry. */
export function isLicencePayload(payload: Record<string, unknown>): boolean {
  if (typeof payload.exp !== 'number') return false;
  const keys = Object.keys(payload);
  const strong = keys.some((k) => LICENCE_CLAIMS.test(k));
  const weak = keys.filter((k) => PLAN_CLAIMS.test(k)).length;
  return strong || weak >= 2;
}

const jwt = (header: unknown, payload: unknown, signature: string): string => `${base64UrlJson(header)}.${base64UrlJson(payload)}.${signature}`;

/** JWT-shaped licence tokens: a signed payload with licence claims and an expiry. */
export default defineDetector({
  id,
  name: 'Signed licence token',
  category: 'license-key',
  severity: 'error',
  description: 'Signed licence tokens: JWTs whose payload carries licence claims (license, entitlements, seats, edition, tier/plan) and an expiry.',
  regex: /(?<![A-Za-z0-9_-])(?<secret>eyJ[A-Za-z0-9_-]{10,1500}\.eyJ[A-Za-z0-9_-]{10,6000}\.[A-Za-z0-9_-]{20,1400})(?![A-Za-z0-9_-])/u,
  keywords: ['eyj'],
  // Signatures are random and long enough to trip the registry's word list; the decoded payload is checked instead.
  skipSynthetic: true,
  validate: (secret) => {
    const parsed = parseJwt(secret);
    if (!parsed || String(parsed.header.alg).toLowerCase() === 'none') return false;
    if (!isLicencePayload(parsed.payload)) return false;
    return !SYNTHETIC_PAYLOAD.test(JSON.stringify(parsed.payload));
  },
  references: ['https://www.rfc-editor.org/rfc/rfc7519'],
  samples: () => ({
    positive: [
      jwt(
        { alg: 'RS256', typ: 'JWT', kid: r(`${id}1`, LOWER_NUM, 16) },
        { iss: 'licensing.cavra.io', sub: `cus_${r(`${id}2`, LOWER_NUM, 14)}`, license: { edition: 'enterprise', seats: 250 }, iat: 1767225600, exp: 1798761600 },
        r(`${id}3`, BASE64URL, 342),
      ),
      jwt(
        { alg: 'HS256', typ: 'JWT' },
        { lid: r(`${id}4`, UPPER_NUM, 20), entitlements: ['sso', 'audit-export', 'policy-packs'], exp: 1793491200 },
        r(`${id}5`, BASE64URL, 43),
      ),
      jwt(
        { alg: 'EdDSA', typ: 'JWT' },
        { sub: r(`${id}6`, LOWER_NUM, 12), tier: 'business', plan: 'annual', max_users: 500, exp: 1830297600 },
        r(`${id}7`, BASE64URL, 86),
      ),
    ],
    negative: [
      // jwt.io's documented example: no licence claims.
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      // A licence without an expiry is a claim set, not a signed licence token.
      jwt({ alg: 'HS256' }, { license: 'enterprise', seats: 10 }, r(`${id}8`, BASE64URL, 43)),
      jwt({ alg: 'RS256' }, { sub: 'tenant-demo', license: 'enterprise', exp: 1798761600 }, r(`${id}9`, BASE64URL, 342)),
      jwt({ alg: 'none' }, { license: 'enterprise', exp: 1798761600 }, r(`${id}10`, BASE64URL, 24)),
      jwt({ alg: 'RS256' }, { sub: r(`${id}11`, LOWER_NUM, 12), scope: 'read write', exp: 1798761600 }, r(`${id}12`, BASE64URL, 342)),
      'eyJhbGciOiJSUzI1NiJ9.eyJsaWNlbnNlIjoi...',
    ],
  }),
});
