import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64URL, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'docker-hub-token';

export default defineDetector({
  id,
  name: 'Docker Hub access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Docker Hub personal and organisation access tokens (dckr_pat_, dckr_oat_): push and pull images as the owner.',
  regex: /(?<![\w-])(?<secret>dckr_(?:pat|oat)_[\w-]{27,32})(?![\w-])/u,
  keywords: ['dckr_pat_', 'dckr_oat_'],
  publicPrefix: /^dckr_(?:pat|oat)_/u,
  entropy: 3.5,
  validate: (secret) => !hasSequentialRun(secret.slice(9)),
  references: ['https://docs.docker.com/security/for-developers/access-tokens/'],
  samples: () => ({
    positive: [
      `dckr_pat_${r(`${id}1`, BASE64URL, 27)}`,
      { key: 'DOCKERHUB_TOKEN', value: `dckr_oat_${r(`${id}2`, BASE64URL, 32)}` },
    ],
    negative: [
      'dckr_pat_xxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'dckr_pat_<token>',
      `dckr_pat_${r(`${id}3`, BASE64URL, 12)}`,
    ],
  }),
});
