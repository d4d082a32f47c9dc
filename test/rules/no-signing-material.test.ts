import { catalog } from '../../patterns/index.js';
import { runLanguages, runTs } from '../rule-tester.js';
import { invalidCase, positivesOf, snippet, withLineAbove, pluginRule } from './support.js';

const rule = pluginRule('no-signing-material');

const category = 'signing-material';
const positives = positivesOf(category);
const [first] = positives;
const allDetectors = catalog.filter((d) => d.category === category).map((d) => d.id);

runTs('no-signing-material', rule, {
  valid: [
    'export const endpoint = process.env.SERVICE_URL;',
    'export const contact = { email: "ops@example.invalid", tenant_id: "tenant-demo" };',
    ...(first
      ? [
          { ...snippet(first, 'ts-string'), options: [{ skipDetectors: allDetectors }] },
          withLineAbove(snippet(first, 'ts-line'), '// boundary-guard-allow signing-material -- documented fixture'),
          withLineAbove(snippet(first, 'ts-line'), `// boundary-guard-allow ${first.detector} -- documented fixture`),
        ]
      : []),
  ],
  invalid: first
    ? [
        invalidCase(snippet(first, 'ts-string'), category, true),
        invalidCase(snippet(first, 'ts-template'), category, true),
        invalidCase(snippet(first, 'ts-comment'), category, false),
        invalidCase(snippet(first, 'jsx-attribute'), category, true),
        // Without a reason the directive suppresses nothing.
        invalidCase(withLineAbove(snippet(first, 'ts-line'), '// boundary-guard-allow signing-material'), category, true),
      ]
    : [],
});

runLanguages('no-signing-material (JSON, Markdown)', rule, {
  valid: [
    { code: '{ "tenant_id": "tenant-demo", "contact": "ops@example.invalid" }\n', filename: 'config/settings.json', language: 'json/json' },
    { code: '# Setup\n\nSet `tenant_id` to `tenant-demo`.\n', filename: 'docs/setup.md', language: 'markdown/gfm' },
  ],
  invalid: first
    ? [
        { ...invalidCase(snippet(first, 'json'), category, true), language: 'json/json' },
        { ...invalidCase(snippet(first, 'markdown'), category, false), language: 'markdown/gfm' },
      ]
    : [],
});
