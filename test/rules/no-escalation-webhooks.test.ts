import { catalog } from '../../patterns/index.js';
import { runLanguages, runTs } from '../rule-tester.js';
import { invalidCase, positivesOf, snippet, withLineAbove, pluginRule } from './support.js';

const rule = pluginRule('no-escalation-webhooks');

const category = 'escalation-webhook';
const positives = positivesOf(category);
const [first] = positives;
const allDetectors = catalog.filter((d) => d.category === category).map((d) => d.id);

runTs('no-escalation-webhooks', rule, {
  valid: [
    'export const endpoint = process.env.SERVICE_URL;',
    'export const contact = { email: "ops@example.invalid", tenant_id: "tenant-demo" };',
    ...(first
      ? [
          { ...snippet(first, 'ts-string'), options: [{ skipDetectors: allDetectors }] },
          withLineAbove(snippet(first, 'ts-line'), '// boundary-guard-allow escalation-webhook -- documented fixture'),
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
        invalidCase(withLineAbove(snippet(first, 'ts-line'), '// boundary-guard-allow escalation-webhook'), category, true),
      ]
    : [],
});

runLanguages('no-escalation-webhooks (JSON, Markdown)', rule, {
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

// Hand-placed cases: positions and suggestions worked out from the text, not from the engine.
const slack = positives.find((p) => p.detector === 'slack-webhook-url' && p.value.includes('/services/'))?.value ?? '';
const [, , , , team = '', channel = '', token = ''] = slack.split('/');
const fixtureHook = `https://hooks.slack.com/services/TFIXTURE1/${channel}/${token}`;
const HOOKS = `export const hooks = {\n  oncall: '${slack}',\n};\n`;
const TEMPLATE = `const body = \`POST ${slack} now\`;\n`;

runTs('no-escalation-webhooks (placed by hand)', rule, {
  valid: [
    "export const hook = 'https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX';",
    "export const hook = 'https://hooks.example.invalid/services/T000/B000/XXXX';",
    { code: `export const hook = '${fixtureHook}';`, options: [{ syntheticMarkers: ['TFIXTURE1'] }] },
    { code: `export const hook = '${fixtureHook}';`, settings: { 'boundary-guard': { syntheticMarkers: ['tfixture1'] } } },
    { code: HOOKS, options: [{ skipDetectors: ['slack-webhook-url'] }] },
  ],
  invalid: [
    {
      code: HOOKS,
      errors: [
        {
          messageId: 'forbiddenValue',
          line: 2,
          column: 12,
          endLine: 2,
          endColumn: 12 + slack.length,
          suggestions: [
            {
              messageId: 'replaceWithSynthetic',
              data: { replacement: 'https://hooks.example.invalid/services/T000/B000/XXXX' },
              output: "export const hooks = {\n  oncall: 'https://hooks.example.invalid/services/T000/B000/XXXX',\n};\n",
            },
          ],
        },
      ],
    },
    {
      code: TEMPLATE,
      errors: [
        {
          messageId: 'forbiddenValue',
          line: 1,
          column: 20,
          endColumn: 20 + slack.length,
          suggestions: [
            {
              messageId: 'replaceWithSynthetic',
              data: { replacement: 'https://hooks.example.invalid/services/T000/B000/XXXX' },
              output: 'const body = `POST https://hooks.example.invalid/services/T000/B000/XXXX now`;\n',
            },
          ],
        },
      ],
    },
    {
      // A marker for another value leaves this one reported.
      code: `export const hook = '${fixtureHook.replace('TFIXTURE1', team)}';`,
      options: [{ syntheticMarkers: ['TFIXTURE1'] }],
      errors: [
        {
          messageId: 'forbiddenValue',
          line: 1,
          column: 22,
          suggestions: [
            {
              messageId: 'replaceWithSynthetic',
              data: { replacement: 'https://hooks.example.invalid/services/T000/B000/XXXX' },
              output: "export const hook = 'https://hooks.example.invalid/services/T000/B000/XXXX';",
            },
          ],
        },
      ],
    },
  ],
});

runLanguages('no-escalation-webhooks (JSON, Markdown, placed by hand)', rule, {
  valid: [
    { code: `{ "hook": "${fixtureHook}" }\n`, filename: 'config/hooks.json', language: 'json/json', options: [{ syntheticMarkers: ['TFIXTURE1'] }] },
    { code: `<!-- boundary-guard-allow slack-webhook-url -- revoked, kept for the incident review -->\nOld hook: ${slack}\n`, filename: 'docs/hooks.md', language: 'markdown/gfm' },
  ],
  invalid: [
    {
      code: `{ "hook": "${slack}" }\n`,
      filename: 'config/hooks.json',
      language: 'json/json',
      errors: [
        {
          messageId: 'forbiddenValue',
          line: 1,
          column: 12,
          endLine: 1,
          endColumn: 12 + slack.length,
          suggestions: [
            {
              messageId: 'replaceWithSynthetic',
              data: { replacement: 'https://hooks.example.invalid/services/T000/B000/XXXX' },
              output: '{ "hook": "https://hooks.example.invalid/services/T000/B000/XXXX" }\n',
            },
          ],
        },
      ],
    },
    {
      code: `# Runbook\n\nOld hook: ${slack}\n`,
      filename: 'docs/hooks.md',
      language: 'markdown/gfm',
      errors: [{ messageId: 'forbiddenValue', line: 3, column: 11, endLine: 3, endColumn: 11 + slack.length, suggestions: [] }],
    },
  ],
});
