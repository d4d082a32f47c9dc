import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'postman-api-key';

export default defineDetector({
  id,
  name: 'Postman API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Postman API keys (PMAK- + 24 + - + 34 hex digits): read and change the owner\'s workspaces and collections.',
  regex: /\b(?<secret>PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b/u,
  keywords: ['pmak-'],
  publicPrefix: /^PMAK-/u,
  entropy: 3.2,
  validate: (secret) => !hasSequentialRun(secret.slice(5), 5),
  references: ['https://learning.postman.com/docs/developer/postman-api/authentication/'],
  samples: () => ({
    positive: [
      `PMAK-${r(`${id}1`, HEX, 24)}-${r(`${id}2`, HEX, 34)}`,
      { key: 'POSTMAN_API_KEY', value: `PMAK-${r(`${id}3`, HEX, 24)}-${r(`${id}4`, HEX, 34)}` },
    ],
    negative: [
      'PMAK-<your-api-key>',
      `PMAK-${'0'.repeat(24)}-${'0'.repeat(34)}`,
      `PMAK-${r(`${id}5`, HEX, 24)}`,
    ],
  }),
});
