import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, BASE64, HEX, randomString as r } from '../support/sample-builder.js';
import type { RegistryLookup } from '../../src/engine/types.js';
import { decodeBase64 } from '../../src/engine/validators.js';
import { hasSequentialRun } from './support/placeholders.js';
import { placeholderPassword } from './support/secret-value.js';

const id = 'npmrc-auth-token';

const uuid = (seed: string): string =>
  `${r(`${seed}a`, HEX, 8)}-${r(`${seed}b`, HEX, 4)}-${r(`${seed}c`, HEX, 4)}-${r(`${seed}d`, HEX, 4)}-${r(`${seed}e`, HEX, 12)}`;

/**
 * `_auth` is base64 of `user:password` and `_password` base64 of a password:
 * when the value decodes so, the password decides (`username:password` is a
 * placeholder); a value that decodes to no text is judged as a token.
 */
function encodedPasswordReal(key: string, secret: string, registry: RegistryLookup | undefined): boolean {
  if (key === 'authToken') return true;
  const decoded = decodeBase64(secret)?.toString('latin1') ?? '';
  if (!/^[\x21-\x7e]+$/u.test(decoded)) return true;
  const password = key === 'auth' ? decoded.slice(decoded.indexOf(':') + 1) : decoded;
  if (key === 'auth' && !decoded.includes(':')) return true;
  return !placeholderPassword(password, registry) && registry?.match(password) === undefined;
}

/**
 * Registry credentials in .npmrc / .yarnrc lines (`//host/:_authToken=`,
 * `:_auth=`, `:_password=`, and the legacy top-level `_auth=`) with a literal
 * value. Prefixed tokens (npm_, GitHub, GitLab) are left to their own
 * detectors.
 */
export default defineDetector({
  id,
  name: 'npm registry credential',
  category: 'connector-credential',
  severity: 'error',
  description:
    'Literal registry credentials in .npmrc lines (//registry/:_authToken=, :_auth=, :_password=, top-level _auth=), such as legacy UUID tokens and base64 user:password pairs with a real password.',
  regex:
    /(?:(?<=:)|(?<![\w.-]))_(?<key>authToken|auth|password)[ \t]{0,2}=[ \t]{0,2}\\?["']?(?<secret>(?!npm_|gh[opsu]_|github_pat_|glpat-)[\w.~+/=-]{16,512})(?![\w.~+/=-])/u,
  keywords: ['_auth', '_password'],
  // `_auth` is inside basic_auth and _authenticate: a hit counts where the setting is assigned.
  keywordContext: /_(?:authToken|auth|password)[ \t]{0,2}=/iu,
  entropy: 3,
  validate: (secret, { groups, registry }) => !hasSequentialRun(secret) && encodedPasswordReal(groups.key ?? '', secret, registry),
  references: ['https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration'],
  samples: () => ({
    positive: [
      `//registry.npmjs.org/:_authToken=${uuid(`${id}1`)}`,
      `//npm.pkg.internal.northbridge.io/repository/npm-private/:_auth=${r(`${id}2`, BASE64, 40)}`,
      `//artifacts.northbridge.io/api/npm/npm/:_password=${r(`${id}3`, BASE64, 24)}`,
      `_auth=${Buffer.from(`ci-publisher:${r(`${id}4`, ALPHA_NUM, 20)}`).toString('base64')}`,
    ],
    negative: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      '//registry.npmjs.org/:_authToken=$NPM_TOKEN',
      '//registry.npmjs.org/:_authToken=<your-token>',
      '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000',
      '"resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz"',
      `//npm.northbridge.io/:_auth=${Buffer.from('username:password').toString('base64')}`,
      `const basic_auth = "${r(`${id}5`, BASE64, 32)}";`,
    ],
  }),
});
