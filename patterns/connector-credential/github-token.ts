import { defineDetector } from '../../src/engine/define-detector.js';
import { base62, crc32, githubTokenChecksumValid } from '../../src/engine/validators.js';
import { ALPHA_NUM, randomString as r } from '../support/sample-builder.js';

const id = 'github-token';

/** A classic GitHub token body with a valid checksum, built at run time. */
function token(prefix: string, seed: string): string {
  const body = r(seed, ALPHA_NUM, 30);
  return `${prefix}_${body}${base62(crc32(body), 6)}`;
}

export default defineDetector({
  id,
  name: 'GitHub token',
  category: 'connector-credential',
  severity: 'error',
  description: 'GitHub personal access, OAuth, user-to-server, server-to-server and refresh tokens, with their CRC-32 checksum checked offline.',
  regex: /\b(?<secret>gh[pousr]_[A-Za-z0-9]{36})\b/u,
  keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'],
  publicPrefix: /^gh[pousr]_/u,
  validate: (secret) => githubTokenChecksumValid(secret),
  skipSynthetic: true,
  references: ['https://github.blog/engineering/platform-security/behind-githubs-new-authentication-token-formats/'],
  samples: () => ({
    positive: [token('ghp', `${id}1`), token('gho', `${id}2`), token('ghs', `${id}3`), token('ghr', `${id}4`)],
    negative: [
      // A well-formed body whose checksum does not match.
      `ghp_${r(`${id}5`, ALPHA_NUM, 30)}AAAAAA`,
      'ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ghp_<your-token>',
      `ghx_${r(`${id}6`, ALPHA_NUM, 36)}`,
    ],
  }),
});
