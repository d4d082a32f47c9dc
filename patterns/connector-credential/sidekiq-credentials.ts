import { defineDetector } from '../../src/engine/define-detector.js';
import { HEX, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';
import { ASSIGN } from './support/vendor-context.js';

const id = 'sidekiq-credentials';

const HOST = String.raw`(?:gems|enterprise)\.contribsys\.com`;

export default defineDetector({
  id,
  name: 'Sidekiq Pro / Enterprise credentials',
  category: 'connector-credential',
  severity: 'error',
  description: 'Contribsys gem-server credentials for Sidekiq Pro and Enterprise (8 hex : 8 hex) in BUNDLE_GEMS__CONTRIBSYS__COM / BUNDLE_ENTERPRISE__CONTRIBSYS__COM, bundle config or a gems.contribsys.com URL: they are the paid licence.',
  regex: new RegExp(
    String.raw`(?:(?<![a-z0-9])bundle_(?:enterprise|gems)__contribsys__com[\w.-]{0,20}?${ASSIGN}|(?<![\w.-])${HOST}[ \t]{1,4}\\?["']?|https?://(?=[a-f0-9]{8}:[a-f0-9]{8}@${HOST}))(?<secret>[a-f0-9]{8}:[a-f0-9]{8})(?![\w:-])`,
    'iu',
  ),
  keywords: ['contribsys'],
  keywordContext: /contribsys/iu,
  multiline: true,
  reach: 256,
  entropy: 2.9,
  validate: (secret) => !hasSequentialRun(secret.replace(':', ''), 5) && !/^([a-f0-9]{8}):\1$/iu.test(secret),
  references: ['https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Pro', 'https://github.com/sidekiq/sidekiq/wiki/Sidekiq-Enterprise'],
  samples: () => ({
    positive: [
      `BUNDLE_GEMS__CONTRIBSYS__COM=${r(`${id}1`, HEX, 8)}:${r(`${id}2`, HEX, 8)}`,
      { key: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM', value: `${r(`${id}3`, HEX, 8)}:${r(`${id}4`, HEX, 8)}` },
      `bundle config --local gems.contribsys.com ${r(`${id}5`, HEX, 8)}:${r(`${id}6`, HEX, 8)}`,
      `source "https://${r(`${id}7`, HEX, 8)}:${r(`${id}8`, HEX, 8)}@enterprise.contribsys.com/"`,
    ],
    negative: [
      'BUNDLE_GEMS__CONTRIBSYS__COM=cafebabe:deadbeef',
      'bundle config --local gems.contribsys.com user:pass',
      { key: 'BUNDLE_ENTERPRISE__CONTRIBSYS__COM', value: '${SIDEKIQ_CREDENTIALS}' },
      'source "https://gems.contribsys.com/"',
      `${r(`${id}9`, HEX, 8)}:${r(`${id}10`, HEX, 8)}`,
    ],
  }),
});
