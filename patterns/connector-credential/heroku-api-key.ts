import { defineDetector } from '../../src/engine/define-detector.js';
import { BASE64URL, HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'heroku-api-key';

export default defineDetector({
  id,
  name: 'Heroku API key',
  category: 'connector-credential',
  severity: 'error',
  description: 'Heroku platform API keys in the current format (HRKU- + 60 characters), and legacy UUID keys under a HEROKU_API_KEY key.',
  regex: /(?:(?<![\w-])(?=HRKU-)|(?<![a-z0-9])heroku[\w.-]{0,20}?(?:api[_.-]?)?(?:key|token)\\?["'`]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?["'`]?)(?<secret>HRKU-[\w-]{60}|[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12})(?![\w-])/iu,
  keywords: ['hrku-', 'heroku'],
  publicPrefix: /^HRKU-/u,
  entropy: 3.3,
  validate: (secret) => !hasSequentialRun(secret.replace(/-/gu, ''), 5),
  references: ['https://devcenter.heroku.com/articles/authentication'],
  samples: () => ({
    positive: [
      `HRKU-AA${r(`${id}1`, BASE64URL, 58)}`,
      { key: 'HEROKU_API_KEY', value: `${r(`${id}2`, HEX, 8)}-${r(`${id}3`, HEX, 4)}-${r(`${id}4`, HEX, 4)}-${r(`${id}5`, HEX, 4)}-${r(`${id}6`, HEX, 12)}` },
    ],
    negative: [
      'HRKU-<your-api-key>',
      { key: 'HEROKU_API_KEY', value: '00000000-0000-0000-0000-000000000000' },
      { key: 'request_id', value: `${r(`${id}7`, HEX, 8)}-${r(`${id}8`, HEX, 4)}-${r(`${id}9`, HEX, 4)}-${r(`${id}10`, HEX, 4)}-${r(`${id}11`, HEX, 12)}` },
    ],
  }),
});
