import rule from '../../rules/no-private-imports.js';
import { runLanguages, runTs } from '../rule-tester.js';

const error = (source: string, kind: 'package' | 'path', entry: string, line: number, column: number) => ({
  messageId: 'privateImport' as const,
  data: { source, kind, entry },
  line,
  column,
  endColumn: column + source.length + 2,
});

runTs('no-private-imports', rule, {
  valid: [
    "import { scanText } from '@cavra/boundary-guard';",
    "import { request } from './contract/request.js';",
    "import type { Options } from '../types.js';",
    "const fs = require('node:fs');",
    "export { helper } from './private-helpers.js';",
    // A `private/` subpath of a public package is not a private tree of ours.
    "import styles from 'some-ui-kit/private/styles.css';",
    "const name = '@cavra-enterprise/billing';",
    { code: "import { bill } from '@cavra-enterprise/billing';", options: [{ allow: ['@cavra-enterprise/billing'] }] },
    { code: "import { x } from '@cavra-enterprise/tools';", options: [{ allow: ['@cavra-enterprise/*'] }] },
    "// boundary-guard-allow enterprise-source -- the migration guide shows the old import\nimport { bill } from '@cavra-enterprise/billing';",
    "import { bill } from '@cavra-enterprise/billing'; // boundary-guard-allow no-private-imports -- shown in the upgrade notes",
    'const mod = await import(`./${name}/index.js`);',
  ],
  invalid: [
    { code: "import { bill } from '@cavra-enterprise/billing';", errors: [error('@cavra-enterprise/billing', 'package', '@cavra-enterprise', 1, 22)] },
    { code: "import type { Plan } from '@cavra/saas-billing';", errors: [error('@cavra/saas-billing', 'package', '@cavra/saas', 1, 27)] },
    { code: "export * from '@cavra/enterprise';", errors: [error('@cavra/enterprise', 'package', '@cavra/enterprise', 1, 15)] },
    { code: "export { run } from '../enterprise/scheduler.js';", errors: [error('../enterprise/scheduler.js', 'path', 'enterprise/', 1, 21)] },
    { code: "const worker = require('../../ee/workers/billing');", errors: [error('../../ee/workers/billing', 'path', 'ee/', 1, 24)] },
    { code: "const path = require.resolve('cavra-saas/worker');", errors: [error('cavra-saas/worker', 'package', 'cavra-saas', 1, 30)] },
    { code: "const { handler } = await import('@cavra-internal/control-plane');", errors: [error('@cavra-internal/control-plane', 'package', '@cavra-internal', 1, 34)] },
    {
      // boundary-guard-allow saas-backend-path-import -- the RuleTester input of no-private-imports is a private path on purpose
      code: 'const { handler } = await import(`./saas-backend/handler.js`);',
      errors: [error('./saas-backend/handler.js', 'path', 'saas-backend/', 1, 34)],
    },
    { code: "import billing = require('@cavra/private/billing');", filename: 'src/legacy.cts', errors: [error('@cavra/private/billing', 'package', '@cavra/private', 1, 26)] },
    { code: "type Plan = import('@cavra-enterprise/billing').Plan;", errors: [error('@cavra-enterprise/billing', 'package', '@cavra-enterprise', 1, 20)] },
    {
      code: "import { Plan } from '@acme/licensing';\nimport { tool } from './internal/tool.js';",
      options: [{ packages: ['@acme/licensing'], paths: ['internal/'] }],
      errors: [error('@acme/licensing', 'package', '@acme/licensing', 1, 22), error('./internal/tool.js', 'path', 'internal/', 2, 22)],
    },
    {
      code: "import { Plan } from '@acme-private/plans';",
      settings: { 'boundary-guard': { privatePackages: ['@acme-private'] } },
      errors: [error('@acme-private/plans', 'package', '@acme-private', 1, 22)],
    },
    {
      code: "import Billing from '@cavra-enterprise/billing-ui';\nexport const view = <Billing plan=\"pro\" />;",
      filename: 'src/view.tsx',
      errors: [error('@cavra-enterprise/billing-ui', 'package', '@cavra-enterprise', 1, 21)],
    },
    {
      // A directive without a reason allows nothing.
      code: "// boundary-guard-allow enterprise-source\nimport { bill } from '@cavra-enterprise/billing';",
      errors: [error('@cavra-enterprise/billing', 'package', '@cavra-enterprise', 2, 22)],
    },
  ],
});

runLanguages('no-private-imports (JSON, Markdown)', rule, {
  valid: [
    { code: '{ "dependencies": { "@cavra-enterprise/billing": "1.0.0" } }\n', filename: 'package.json', language: 'json/json' },
    { code: "```ts\nimport { bill } from '@cavra-enterprise/billing';\n```\n", filename: 'docs/upgrade.md', language: 'markdown/gfm' },
  ],
  invalid: [],
});
