import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, UPPER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'github-fine-grained-token';

export default defineDetector({
  id,
  name: 'GitHub fine-grained personal access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'GitHub fine-grained personal access tokens (github_pat_ + 22 + _ + 59 characters), scoped to repositories and organisations.',
  regex: /\b(?<secret>github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b/u,
  keywords: ['github_pat_'],
  publicPrefix: /^github_pat_/u,
  entropy: 4,
  validate: (secret) => !hasSequentialRun(secret.slice(11)),
  references: [
    'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens#fine-grained-personal-access-tokens',
    'https://github.blog/security/application-security/introducing-fine-grained-personal-access-tokens-for-github/',
  ],
  samples: () => ({
    positive: [
      `github_pat_11${r(`${id}1`, UPPER_NUM, 20)}_${r(`${id}2`, ALPHA_NUM, 59)}`,
      `github_pat_11${r(`${id}3`, UPPER_NUM, 20)}_${r(`${id}4`, ALPHA_NUM, 59)}`,
    ],
    negative: [
      `github_pat_${'x'.repeat(22)}_${'x'.repeat(59)}`,
      'github_pat_<your-fine-grained-token>',
      // One character short in the second part.
      `github_pat_11${r(`${id}5`, UPPER_NUM, 20)}_${r(`${id}6`, ALPHA_NUM, 58)}`,
      'github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}',
      `github_pat_11ABCDEFGHIJKLMNOPQRST_${r(`${id}7`, ALPHA_NUM, 59)}`,
    ],
  }),
});
