import { defineDetector } from '../../src/engine/define-detector.js';
import type { RegistryKind } from '../../src/engine/synthetic.js';
import type { RegistryLookup } from '../../src/engine/types.js';
import { decodeBase64, parseJwt } from '../../src/engine/validators.js';
import { isLicencePayload } from '../license-key/signed-license-token.js';
import { BASE64URL, LOWER_NUM, base64UrlJson, randomString as r } from '../support/sample-builder.js';

const id = 'jwt-token';

/**
 * Signature sizes in bytes by algorithm (RFC 7518 §3, RFC 8037): HMAC and
 * ECDSA signatures have one size; RSA ones are as long as the modulus.
 */
const SIGNATURE_BYTES: Readonly<Record<string, readonly [number, number]>> = {
  HS256: [32, 32],
  HS384: [48, 48],
  HS512: [64, 64],
  ES256: [64, 64],
  ES256K: [64, 64],
  ES384: [96, 96],
  ES512: [132, 132],
  EdDSA: [64, 114],
  Ed25519: [64, 64],
  Ed448: [114, 114],
  ...Object.fromEntries(['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'].map((alg) => [alg, [128, 1024] as const])),
};

/** Claims that name who or what a token is for: an example there makes the token an example. */
const IDENTITY_CLAIMS = ['sub', 'name', 'email', 'iss', 'aud', 'preferred_username', 'username', 'given_name', 'family_name', 'nickname', 'upn', 'unique_name', 'tenant', 'client_id', 'azp'];

/** The registry kinds that mark a claim value as an example (whole-value documented tokens are exact entries). */
const EXAMPLE_KINDS: ReadonlySet<RegistryKind> = new Set<RegistryKind>([
  'reserved-host',
  'stand-in-host',
  'documentation-ip',
  'placeholder',
  'example-marker',
  'fictional-name',
  'low-variety',
]);

const ISSUER_CLAIMS: ReadonlySet<string> = new Set(['iss', 'aud', 'azp', 'client_id', 'tenant']);
const ISSUER_EXAMPLE_KINDS: ReadonlySet<RegistryKind> = new Set<RegistryKind>(['reserved-host', 'stand-in-host', 'documentation-ip', 'example-marker']);

/** Claim values a registry entry marks as examples (`sub: "1234567890"`, `name: "John Doe"`, `iss: "https://server.example.com"`). */
function examplePayload(payload: Record<string, unknown>, registry: RegistryLookup | undefined): boolean {
  if (!registry) return false;
  for (const claim of IDENTITY_CLAIMS) {
    const values: unknown[] = Array.isArray(payload[claim]) ? (payload[claim] as unknown[]).slice(0, 8) : [payload[claim]];
    // An issuer or audience is a service's name (`supabase`, `app`): only hosts and markers make it an example.
    const kinds = ISSUER_CLAIMS.has(claim) ? ISSUER_EXAMPLE_KINDS : EXAMPLE_KINDS;
    for (const value of values) {
      if (typeof value === 'string' && value.length > 0 && value.length <= 256 && registry.match(value, kinds) !== undefined) return true;
    }
  }
  return false;
}

/** A signature of random bytes: the size its algorithm gives, and varied. */
function signatureValid(alg: string, signature: string): boolean {
  const size = SIGNATURE_BYTES[alg];
  const bytes = decodeBase64(signature);
  if (!size || !bytes || bytes.length < size[0] || bytes.length > size[1]) return false;
  const distinct = new Set(signature).size;
  return distinct >= Math.min(24, Math.floor(signature.length / 2));
}

/**
 * Supabase's anon key is a JWT meant for browsers (row-level security guards
 * the data): publishable, not a credential. Its service-role key is one.
 */
const isPublishable = (payload: Record<string, unknown>): boolean => payload.iss === 'supabase' && payload.role === 'anon';

const jwt = (header: unknown, payload: unknown, signature: string): string => `${base64UrlJson(header)}.${base64UrlJson(payload)}.${signature}`;

/**
 * Signed JSON Web Tokens in source and config: the header names a real
 * algorithm, the signature has the size that algorithm gives, and the
 * payload is no documentation example. Bearer tokens, API keys issued as
 * JWTs (service-role keys, CI tokens) and session tokens all open something
 * until they expire, and many never do. Licence tokens are left to
 * signed-license-token.
 */
export default defineDetector({
  id,
  name: 'JSON Web Token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Signed JSON Web Tokens (HS/RS/ES/PS/EdDSA) whose signature has its algorithm\'s size and whose claims are not documentation examples; alg "none" tokens are not reported.',
  regex:
    /(?<![A-Za-z0-9_-])(?<!embed\/(?:dashboard|question)\/)(?<secret>eyJ[A-Za-z0-9_-]{10,1000}\.ey[A-Za-z0-9_-]{10,3000}\.[A-Za-z0-9_-]{40,1400})(?![A-Za-z0-9_-])/u,
  keywords: ['eyj'],
  // Base64 of any JSON object starts eyJ; a token has a dot after its header.
  keywordContext: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,1000}\.ey/u,
  // Signatures are random and long enough to trip the registry's word list; the claims are judged instead.
  skipSynthetic: true,
  validate: (secret, { registry }) => {
    const parsed = parseJwt(secret);
    if (!parsed) return false;
    const alg = String(parsed.header.alg);
    if (!signatureValid(alg, secret.slice(secret.lastIndexOf('.') + 1))) return false;
    if (isLicencePayload(parsed.payload) || isPublishable(parsed.payload)) return false;
    return !examplePayload(parsed.payload, registry);
  },
  references: ['https://www.rfc-editor.org/rfc/rfc7519', 'https://www.rfc-editor.org/rfc/rfc7518#section-3.1'],
  samples: () => ({
    positive: [
      jwt(
        { alg: 'HS256', typ: 'JWT' },
        { sub: `usr_${r(`${id}1`, LOWER_NUM, 12)}`, role: 'service', iat: 1767225600, exp: 1798761600 },
        r(`${id}2`, BASE64URL, 43),
      ),
      jwt(
        { alg: 'RS256', typ: 'JWT', kid: r(`${id}3`, LOWER_NUM, 16) },
        { iss: 'https://auth.northbridge-logistics.io/', sub: r(`${id}4`, LOWER_NUM, 24), aud: 'ledger-api', scope: 'ledger:write', exp: 1798761600 },
        r(`${id}5`, BASE64URL, 342),
      ),
      jwt({ alg: 'ES256' }, { iss: 'supabase', ref: r(`${id}6`, LOWER_NUM, 20), role: 'service_role', iat: 1767225600 }, r(`${id}7`, BASE64URL, 86)),
      jwt({ alg: 'EdDSA', typ: 'JWT' }, { sub: r(`${id}8`, LOWER_NUM, 10), ci: true }, r(`${id}9`, BASE64URL, 86)),
    ],
    negative: [
      // jwt.io's documented token (the registry's documented value), its "admin" variant and an RS256 twin.
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
      jwt({ alg: 'HS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', admin: true, iat: 1516239022 }, r(`${id}10`, BASE64URL, 43)),
      jwt({ alg: 'RS256', typ: 'JWT' }, { sub: '1234567890', name: 'John Doe', iat: 1516239022 }, r(`${id}11`, BASE64URL, 342)),
      // Unsigned.
      `${base64UrlJson({ alg: 'none', typ: 'JWT' })}.${base64UrlJson({ sub: r(`${id}12`, LOWER_NUM, 12), exp: 1798761600 })}.${r(`${id}13`, BASE64URL, 43)}`,
      // Example claims: a reserved host, a placeholder, a fictional person.
      jwt({ alg: 'RS256' }, { iss: 'https://server.example.com', sub: '24400320', aud: 's6BhdRkqt3', exp: 1311281970 }, r(`${id}14`, BASE64URL, 342)),
      jwt({ alg: 'HS256' }, { sub: 'your-user-id', exp: 1798761600 }, r(`${id}15`, BASE64URL, 43)),
      jwt({ alg: 'HS512' }, { sub: r(`${id}16`, LOWER_NUM, 8), email: 'jane.doe@example.org' }, r(`${id}17`, BASE64URL, 86)),
      // A hand-written signature and one of the wrong size.
      jwt({ alg: 'HS256' }, { sub: r(`${id}18`, LOWER_NUM, 12), exp: 1798761600 }, 'signature-goes-here-and-is-not-random-at-all'),
      jwt({ alg: 'RS256' }, { sub: r(`${id}19`, LOWER_NUM, 12), exp: 1798761600 }, r(`${id}20`, BASE64URL, 43)),
      // Supabase's publishable anon key.
      jwt({ alg: 'HS256', typ: 'JWT' }, { iss: 'supabase', ref: r(`${id}21`, LOWER_NUM, 20), role: 'anon', iat: 1767225600 }, r(`${id}22`, BASE64URL, 43)),
      'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ...',
    ],
  }),
});
