import { defineDetector } from '../../src/engine/define-detector.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { BASE64URL, randomString as r } from '../support/sample-builder.js';
import { variedBody } from './support/armor.js';

const id = 'jwk-private-key';

/** How far from its private member a JWK's `kty` may stand (the members of one key object). */
const REACH = 4096;

const jwk = (members: Record<string, string>): string => JSON.stringify(members);

/**
 * Private JSON Web Keys: a key object with `kty` and the private member `d`
 * (RSA private exponent, EC and OKP private key), or `k` of a symmetric
 * (`oct`) key. Public JWKs (JWKS endpoints) carry neither and pass.
 */
export default defineDetector({
  id,
  name: 'Private JSON Web Key',
  category: 'signing-material',
  severity: 'error',
  description: 'Private JSON Web Keys: objects with "kty" and a private member "d" (RSA, EC, OKP) or "k" (oct), as JSON or object literals.',
  regex: /(?<![\w$-])\\?["']?(?<member>[dk])\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["'](?<secret>[A-Za-z0-9_-]{22,2800})(?![A-Za-z0-9_=-])/u,
  keywords: ['kty'],
  multiline: true,
  reach: REACH,
  // Random key bodies trip the registry's word list; documented keys are exact entries and still apply.
  skipSynthetic: true,
  validate: (secret, { groups, text, offset }) => {
    if (text === undefined || offset === undefined) return false;
    const around = text.slice(Math.max(0, offset - REACH), Math.min(text.length, offset + REACH));
    const kty = /\\?["']?kty\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["'](?<kty>RSA|EC|OKP|oct)\\?["']/u.exec(around)?.groups?.kty;
    if (kty === undefined || (groups.member === 'k') !== (kty === 'oct')) return false;
    const bytes = decodeBase64(secret);
    return bytes !== undefined && bytes.length >= 16 && variedBody([secret]);
  },
  references: ['https://www.rfc-editor.org/rfc/rfc7517', 'https://www.rfc-editor.org/rfc/rfc7518#section-6'],
  samples: () => ({
    positive: [
      jwk({ kty: 'EC', crv: 'P-256', x: r(`${id}1`, BASE64URL, 43), y: r(`${id}2`, BASE64URL, 43), d: r(`${id}3`, BASE64URL, 43), kid: 'ledger-signing-1' }),
      jwk({ kty: 'OKP', crv: 'Ed25519', d: r(`${id}4`, BASE64URL, 43), x: r(`${id}5`, BASE64URL, 43) }),
      jwk({ kty: 'oct', k: r(`${id}6`, BASE64URL, 43), alg: 'HS256' }),
      jwk({ kty: 'RSA', n: r(`${id}7`, BASE64URL, 342), e: 'AQAB', d: r(`${id}8`, BASE64URL, 342), p: r(`${id}9`, BASE64URL, 171) }),
    ],
    negative: [
      // Public keys, as a JWKS endpoint publishes them.
      jwk({ kty: 'EC', crv: 'P-256', x: r(`${id}10`, BASE64URL, 43), y: r(`${id}11`, BASE64URL, 43), kid: 'ledger-signing-1' }),
      jwk({ kty: 'RSA', n: r(`${id}12`, BASE64URL, 342), e: 'AQAB', use: 'sig' }),
      jwk({ kty: 'EC', crv: 'P-256', d: '<base64url private key>' }),
      jwk({ kty: 'EC', crv: 'P-256', d: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' }),
    ],
  }),
});
