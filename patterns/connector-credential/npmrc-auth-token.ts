import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'npmrc-auth-token';

const uuid = (seed: string): string =>
  `${r(`${seed}a`, HEX, 8)}-${r(`${seed}b`, HEX, 4)}-${r(`${seed}c`, HEX, 4)}-${r(`${seed}d`, HEX, 4)}-${r(`${seed}e`, HEX, 12)}`;

/**
 * Registry credentials in .npmrc / .yarnrc lines (`//host/:_authToken=`,
 * `:_auth=`, `:_password=`) with a literal value. Prefixed tokens (npm_,
 * GitHub, GitLab) are left to their own detectors.
 */
export default defineDetector({
  id,
  name: 'npm registry credential',
  category: 'connector-credential',
  severity: 'error',
  description: 'Literal registry credentials in .npmrc lines (//registry/:_authToken=, :_auth=, :_password=), such as legacy UUID tokens and base64 passwords.',
  regex:
    /:_(?:authToken|auth|password)[ \t]{0,2}=[ \t]{0,2}\\?["']?(?<secret>(?!npm_|gh[opsu]_|github_pat_|glpat-)[\w.~+/=-]{16,512})(?![\w.~+/=-])/u,
  keywords: [':_auth', ':_password'],
  entropy: 3,
  validate: (secret) => !hasSequentialRun(secret),
  references: ['https://docs.npmjs.com/cli/configuring-npm/npmrc#auth-related-configuration'],
  samples: () => ({
    positive: [
      `//registry.npmjs.org/:_authToken=${uuid(`${id}1`)}`,
      `//npm.pkg.internal.northbridge.io/repository/npm-private/:_auth=${r(`${id}2`, BASE64, 40)}`,
      `//artifacts.northbridge.io/api/npm/npm/:_password=${r(`${id}3`, BASE64, 24)}`,
    ],
    negative: [
      '//registry.npmjs.org/:_authToken=${NPM_TOKEN}',
      '//registry.npmjs.org/:_authToken=$NPM_TOKEN',
      '//registry.npmjs.org/:_authToken=<your-token>',
      '//registry.npmjs.org/:_authToken=00000000-0000-0000-0000-000000000000',
      '"resolved": "https://registry.npmjs.org/left-pad/-/left-pad-1.3.0.tgz"',
    ],
  }),
});
