import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64, randomString as r } from '../support/sample-builder.js';

const id = 'nested-signing-secret-key-value';

/** Values people put under signing-key names that are not secrets, or say so. */
const NOT_A_SECRET = /secret|passw(?:or)?d|changeme|insecure|development|localhost|signing/iu;

/**
 * A secret under the `secret` / `key` child of a `jwt`, `session` or
 * `cookie` block (Spring's application.yml `jwt:\n  secret:`, pretty-printed
 * JSON), which the line-local `signing-secret-key-value` cannot see.
 */
export default defineDetector({
  id,
  name: 'Signing secret in a jwt / session block',
  category: 'signing-material',
  severity: 'error',
  description: 'High-entropy values under the secret, key or signing-key child of a jwt, session or cookie block in YAML or pretty-printed JSON (jwt:\\n  secret: …).',
  regex:
    /(?<![a-z0-9_-])(?:\\?["'])?(?:jwt|session|cookie)(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}(?:\r?\n|\\n)(?<indent>[ \t*#/]{1,16})(?:(?:\\?["'])?[a-z0-9_-]{1,40}(?:\\?["'])?[ \t]{0,4}:(?:[^\r\n\\]|\\[^n]){0,300}(?:\r?\n|\\n)\k<indent>){0,8}(?:\\?["'])?(?:signing[_-]?)?(?:secret|key)(?:[_-]?key)?(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}(?:\\?["'])?(?<secret>[a-z0-9+/_!@#$%^&*~][a-z0-9+/=_.~!@#$%^&*-]{15,511})/iu,
  keywords: ['jwt', 'session', 'cookie'],
  // The word alone is everywhere; a block opens with it as a key at a line end.
  keywordContext: /(?:jwt|session|cookie)(?:\\?["'])?[ \t]{0,4}:[ \t]{0,4}\{?[ \t]{0,4}(?:\r?\n|\\n)/iu,
  multiline: true,
  // The section key and the nested secret are at most nine short lines apart.
  reach: 'match',
  entropy: 3.5,
  allow: [NOT_A_SECRET],
  validate: (secret) => /[0-9]/u.test(secret) && /[A-Za-z]/u.test(secret) && !/^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+$/iu.test(secret),
  samples: () => ({
    positive: [
      `jwt:\n  secret: ${r(`${id}1`, ALPHA_NUM, 64)}\n  expiration: 86400000`,
      `session:\n  name: sid\n  secret: ${r(`${id}2`, BASE64, 44)}`,
      `"jwt": {\n  "signingKey": "${r(`${id}3`, ALPHA_NUM, 48)}"`,
    ],
    negative: [
      'jwt:\n  secret: ${JWT_SECRET}\n  expiration: 86400000',
      'jwt:\n  secret: my-super-secret-key-2024',
      'session:\n  key: sid\n  maxAge: 86400',
      `jwt:\n  issuer: https://auth.cavra.io\n  audience: console-${r(`${id}4`, ALPHA_NUM, 6)}`,
    ],
  }),
});
