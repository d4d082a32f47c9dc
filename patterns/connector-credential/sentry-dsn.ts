import { defineDetector } from '../../src/engine/define-detector.js';
import { DIGITS, HEX, LOWER_NUM, randomString as r } from '../support/sample-builder.js';
import { hasSequentialRun } from './support/placeholders.js';

const id = 'sentry-dsn';

export default defineDetector({
  id,
  name: 'Sentry DSN',
  category: 'connector-credential',
  severity: 'error',
  description: 'Sentry DSNs with a project key (https://<32 hex>@…/<project>): the key lets anyone send events into the project, so it stays out of the public tree.',
  regex:
    /(?<secret>https?:\/\/(?<key>[a-f0-9]{32})(?::[a-f0-9]{32})?@[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/(?:[\w.-]{1,64}\/){0,3}\d{1,20})(?![\w/])/u,
  // A DSN on a self-hosted host counts on a line that names Sentry or a DSN.
  keywords: ['sentry', 'dsn'],
  validate: (_secret, { groups }) => !hasSequentialRun(groups.key ?? '', 5),
  references: ['https://docs.sentry.io/concepts/key-terms/dsn-explainer/', 'https://docs.sentry.io/product/sentry-basics/dsn-explainer/'],
  samples: () => ({
    positive: [
      `https://${r(`${id}1`, HEX, 32)}@o${r(`${id}2`, DIGITS, 6)}.ingest.sentry.io/${r(`${id}3`, DIGITS, 7)}`,
      `https://${r(`${id}4`, HEX, 32)}@o${r(`${id}5`, DIGITS, 7)}.ingest.us.sentry.io/${r(`${id}6`, DIGITS, 16)}`,
      { key: 'SENTRY_DSN', value: `https://${r(`${id}7`, HEX, 32)}@errors.${r(`${id}8`, LOWER_NUM, 8)}.io/12` },
    ],
    negative: [
      // Sentry's documented placeholder DSN.
      'https://examplePublicKey@o0.ingest.sentry.io/0',
      'https://<key>@sentry.io/<project>',
      'https://public@sentry.example.com/1',
      `https://${r(`${id}9`, HEX, 32)}@o0.ingest.sentry.example/0`,
      'https://00000000000000000000000000000000@o0.ingest.sentry.io/0',
    ],
  }),
});
