import { defineDetector } from '../../src/engine/define-detector.js';
import { ALPHA_NUM, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'airtable-token';

export default defineDetector({
  id,
  name: 'Airtable personal access token',
  category: 'connector-credential',
  severity: 'error',
  description: 'Airtable personal access tokens (pat + 14-character id + . + 64 hex characters).',
  regex: /(?<![\w.-])(?<secret>pat[A-Za-z0-9]{14}\.[0-9a-f]{64})(?![\w.-])/u,
  keywords: ['pat'],
  // "pat" starts many words (path, pattern): a hit opens a window only when the id and its dot follow.
  keywordContext: /pat[a-z0-9]{14}\.[0-9a-f]/iu,
  entropy: 3.5,
  validate: (secret) => !hasSequentialRun(secret.slice(18)) && !hasSequentialRun(secret.slice(3, 17)),
  references: ['https://airtable.com/developers/web/guides/personal-access-tokens'],
  samples: () => ({
    positive: [
      `pat${r(`${id}1`, ALPHA_NUM, 14)}.${r(`${id}2`, HEX, 64)}`,
      { key: 'AIRTABLE_API_KEY', value: `pat${r(`${id}3`, ALPHA_NUM, 14)}.${r(`${id}4`, HEX, 64)}` },
    ],
    negative: [
      `pat${r(`${id}5`, ALPHA_NUM, 14)}.${'0'.repeat(64)}`,
      'pat<token-id>.<secret>',
      `pat${r(`${id}6`, ALPHA_NUM, 14)}.${r(`${id}7`, HEX, 32)}`,
      `spat${r(`${id}8`, ALPHA_NUM, 14)}.${r(`${id}9`, HEX, 64)}`,
      'pathToTheFilesDir.js',
    ],
  }),
});
