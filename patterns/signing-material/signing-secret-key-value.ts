import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64, HEX, randomString as r } from '../support/sample-builder.js';

const id = 'signing-secret-key-value';

/** Values people put under signing-key names that are not secrets, or say so. */
const NOT_A_SECRET = /secret|passw(?:or)?d|p[a@]ssw[o0]rd|changeme|insecure|development|localhost|signing|jwt[_-]?key|^django-insecure-/iu;

/**
 * JWT, HMAC, session and cookie signing secrets under their usual key names:
 * anyone holding one can forge tokens and sessions.
 */
export default defineDetector({
  id,
  name: 'Signing secret',
  category: 'signing-material',
  severity: 'error',
  description: 'High-entropy values under signing-secret names (jwt_secret, JWT_SIGNING_KEY, hmac_secret, signing_secret, SECRET_KEY_BASE, session_secret, NEXTAUTH_SECRET, SECRET_KEY): they forge tokens and sessions.',
  regex:
    // A key that is a segment of a path (a translation key in a lock file) is no field.
    /(?<!\/)(?<key>(?:jwt|jws|hmac)[_.-]?(?:signing[_.-]?)?(?:secret|key)|(?<!oauth[_.-]?)token[_.-]?(?:signing[_.-]?(?:secret|key)|secret)|signing[_.-]?(?:secret|key)|secret[_.-]?key[_.-]?base|(?:session|cookie)[_.-]?(?:signing[_.-]?)?secret|(?<!o)auth[_.-]?secret|(?<![a-z0-9_-])secret[_.-]key|(?:jwt|session|cookie|hmac)["']?[ \t]{0,4}:[ \t]{0,4}\{[ \t]{0,4}["']?(?:signing[_.-]?)?(?:secret|key))(?:[_.-]?(?:b64|base64|hex|value))?["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}(?:\[\]byte\(|Buffer\.from\(|bytes\()?(?:["'`]|b["'])?(?<secret>[a-z0-9+/_!@#$%^&*~][a-z0-9+/=_.~!@#$%^&*-]{15,511})/iu,
  keywords: [
    ...['jwt', 'jws', 'hmac'].flatMap((w) => ['', '_', '-', '.'].flatMap((sep) => [`${w}${sep}secret`, `${w}${sep}key`, `${w}${sep}signing`])),
    ...['', '_', '-', '.'].flatMap((sep) => [`token${sep}secret`, `token${sep}signing`, `signing${sep}secret`, `signing${sep}key`, `session${sep}secret`, `session${sep}signing`, `cookie${sep}secret`, `cookie${sep}signing`, `auth${sep}secret`]),
    'secret_key',
    'secret-key',
    'secret.key',
    'secretkeybase',
    // Inline objects: {"jwt": {"secret": …}}.
    ...['jwt', 'session', 'cookie', 'hmac'].flatMap((w) => [`${w}"`, `${w}'`]),
  ],
  entropy: 3.5,
  allow: [NOT_A_SECRET],
  validate: (secret) =>
    /[0-9]/u.test(secret) &&
    /[A-Za-z]/u.test(secret) &&
    // A URL query that runs on (`abc&oauth_callback=…`) or a dotted identifier (`config.jwt.secret2`) is not a secret.
    !/&[a-z_]{2,30}=/iu.test(secret) &&
    !/^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+$/iu.test(secret),
  samples: () => ({
    positive: [
      { key: 'jwt_secret', value: r(`${id}1`, ALPHA_NUM, 48) },
      { key: 'JWT_SIGNING_KEY', value: r(`${id}2`, BASE64, 64) },
      { key: 'secret_key_base', value: r(`${id}3`, HEX, 128) },
      { key: 'hmacSecret', value: r(`${id}4`, HEX, 64) },
      { key: 'SECRET_KEY', value: `${r(`${id}5`, ALPHA_NUM, 20)}!$&${r(`${id}6`, ALPHA_NUM, 24)}` },
    ],
    negative: [
      { key: 'jwt_secret', value: 'your-256-bit-secret' },
      { key: 'JWT_SECRET', value: '${JWT_SECRET}' },
      { key: 'session_secret', value: 'keyboard cat' },
      { key: 'SECRET_KEY', value: `django-insecure-${r(`${id}7`, ALPHA_NUM, 40)}` },
      { key: 'AWS_SECRET_KEY', value: r(`${id}8`, ALPHA_NUM, 40) },
      { key: 'jwt_secret', value: 'process.env.JWT_SECRET' },
      `workspace/integrations/webhooks/signing_secret: ${r(`${id}9`, HEX, 32)}`,
    ],
  }),
});
