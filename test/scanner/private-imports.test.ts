// Imports of private paths and packages through every form, scanned by the BUILT binary in real trees:
// path aliases (built-in roots and the project's tsconfig/jsconfig/package.json aliases), Python and Go
// imports, files inside a private tree, and Markdown prose that names an import.
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import privatePathImport from '../../patterns/enterprise-source/private-path-import.js';
import { resolveCatalogSettings } from '../../patterns/support/settings.js';
import { createEngine } from '../../src/engine/index.js';
import { jsoncToJson } from '../../src/scanner/jsonc.js';
import { observeReportedFindings, type ReportedFinding } from '../../src/eslint/scan-file.js';
import { lintConfig } from '../eslint/lint-config.js';
import { CONTEXTS, embed } from '../support/embed.js';
import { boundaryGuard, cleanup, ensureBuilt, tempDir, writeTree } from './support.js';

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

interface JsonReport {
  findings: { path: string; line: number; ruleId: string }[];
  warnings: { code: string; path?: string; message: string }[];
}

const IMPORT_RULES = new Set(['private-path-import', 'private-package-import', 'saas-backend-path-import']);

/** Scans `files` in a fresh directory; returns `path:line ruleId` of every private-import finding, the warnings and the exit status. */
function scan(files: Readonly<Record<string, string>>, args: readonly string[] = []): { found: string[]; warnings: JsonReport['warnings']; status: number | null; stderr: string } {
  const dir = tempDir('bg-imports-');
  writeTree(dir, files);
  const run = boundaryGuard(dir, ['scan', '.', '--format', 'json', ...args]);
  if (run.status === 2) return { found: [], warnings: [], status: run.status, stderr: run.stderr };
  const report = JSON.parse(run.stdout) as JsonReport;
  const found = report.findings.filter((f) => IMPORT_RULES.has(f.ruleId)).map((f) => `${f.path}:${f.line} ${f.ruleId}`);
  return { found: found.sort(), warnings: report.warnings, status: run.status, stderr: run.stderr };
}

/** `path:line rule` for each line of `text` (1-based line numbers). */
const lines = (path: string, numbers: readonly number[], rule = 'private-path-import'): string[] => numbers.map((n) => `${path}:${n} ${rule}`);

const TS_IMPORTS = [
  "import { Billing } from '@/ee/billing';", // 1
  "import { meter } from '~/ee/billing/meter';", // 2
  "import { SsoButton } from '@/modules/ee/sso/components/sso-button';", // 3
  "import { Seats } from '@acme/ee';", // 4
  "import { Plans } from '@acme/ee/billing/plans';", // 5
  "import Page from '@/app/(ee)/settings/page';", // 6
  "const license = require('@/ee/license');", // 7
  "const audit = await import('~/modules/enterprise/audit-log');", // 8
  "import { verify } from '#enterprise/license';", // 9
  "import { Limits } from '@ee/seats/limits';", // 10: only through the tsconfig alias
  "import { Roles } from '@web/features/ee/roles';", // 11: a private folder under the project's own alias
  "import { helper } from '@/modules/survey/lib/ee-helpers';", // 12: negative
  "import { free } from '@/lib/community/free';", // 13: negative
  "import { local } from '../src/ee/local';", // 14: negative (a folder of the project's own)
  "import { Badge } from '~/components/eex/badge';", // 15: negative
].join('\n');

const TSCONFIG = `{
  // Path aliases of the web app.
  "compilerOptions": {
    "baseUrl": ".",
    /* The enterprise edition's code. */
    "paths": {
      "@ee/*": ["./ee/*"],
      "@web/*": ["./apps/web/*"],
      "@/*": ["./src/*"], // trailing comma next
    },
  },
}
`;

describe('TypeScript and JavaScript path aliases', () => {
  it('finds every alias form, and the tsconfig alias that maps into ee/', () => {
    const { found, warnings } = scan({ 'tsconfig.json': TSCONFIG, 'src/app.ts': TS_IMPORTS });
    expect(found).toEqual(lines('src/app.ts', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]).sort());
    expect(warnings).toEqual([]);
  });

  it('does not know @ee/ without a tsconfig that maps it', () => {
    const { found } = scan({ 'src/app.ts': TS_IMPORTS });
    expect(found).not.toContain('src/app.ts:10 private-path-import');
    expect(found).toContain('src/app.ts:1 private-path-import');
  });

  it('reads jsconfig.json, a relative extends and package.json imports', () => {
    const { found, warnings } = scan({
      'jsconfig.json': '{ "compilerOptions": { "paths": { "@enterprise": ["./enterprise/index.js"] } } }',
      'tsconfig.json': '{ "extends": "./tsconfig.base", "compilerOptions": { "strict": true } }',
      'tsconfig.base.json': '{ "compilerOptions": { "paths": { "@billing/*": ["./packages/ee/billing/src/*"] } } }',
      'package.json': '{ "name": "app", "imports": { "#seats/*": { "node": "./ee/seats/*.js", "default": "./ee/seats/*.mjs" }, "#utils/*": "./src/utils/*" } }',
      'src/app.js': [
        "import { Enterprise } from '@enterprise';",
        "import { invoice } from '@billing/invoice';",
        "import { limits } from '#seats/limits';",
        "import { slug } from '#utils/slug';",
        "import { x } from '@enterprise-ui/button';",
      ].join('\n'),
    });
    expect(found).toEqual(lines('src/app.js', [1, 2, 3]));
    expect(warnings).toEqual([]);
  });

  it('takes aliases from the config file too, and shows them in --print-config', () => {
    const files = {
      'boundary-guard.config.json': JSON.stringify({ pathAliases: { '$closed/*': ['./closed-source/*'] }, privatePaths: ['closed-source/'] }),
      'src/app.ts': "import { Seats } from '$closed/seats';\n",
    };
    expect(scan(files).found).toEqual(lines('src/app.ts', [1]));
    const dir = tempDir('bg-imports-');
    writeTree(dir, { ...files, 'tsconfig.json': '{ "compilerOptions": { "paths": { "@ee/*": ["./ee/*"] } } }' });
    const printed = boundaryGuard(dir, ['scan', '--print-config']);
    expect(printed.status, printed.stderr).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ config: { settings: { pathAliases: { '@ee/*': ['./ee/*'], '$closed/*': ['./closed-source/*'] } } } });
  });

  it('refuses a config whose pathAliases is not a map of path lists', () => {
    const { status, stderr } = scan({ 'boundary-guard.config.json': JSON.stringify({ pathAliases: { '@ee/*': './ee/*' } }), 'a.ts': '' });
    expect(status).toBe(2);
    expect(stderr).toContain('pathAliases');
  });

  it('scans on past a tsconfig that is not JSON, with a warning that names it', () => {
    const { found, warnings, status } = scan({ 'tsconfig.json': '{\n  "compilerOptions": {\n    "paths": { "@ee/*": ["./ee/*"] \n', 'src/app.ts': TS_IMPORTS });
    expect(status).toBe(1);
    expect(found).toContain('src/app.ts:1 private-path-import');
    expect(found).not.toContain('src/app.ts:10 private-path-import');
    expect(warnings).toEqual([expect.objectContaining({ code: 'unreadable-path-aliases', path: 'tsconfig.json' })]);
    expect(warnings[0]?.message).toMatch(/not valid JSON \(.*line 4/u);
  });

  it('warns about a comment that is not closed and a tsconfig that is a directory', () => {
    const { warnings } = scan({ 'jsconfig.json': '{ /* open', 'tsconfig.json/README.md': 'a folder named tsconfig.json\n' });
    expect(warnings.map((w) => `${w.path} ${w.message}`).sort()).toEqual([
      'jsconfig.json not valid JSON (a comment is not closed): its path aliases are not used',
      expect.stringMatching(/^tsconfig\.json cannot be read \(.*directory.*\): its path aliases are not used$/u),
    ]);
  });
});

describe('Python and Go imports', () => {
  it('finds relative, absolute and bare Python imports of a private package', () => {
    const { found } = scan({
      'app/service.py': [
        'from ee.billing import Invoice',
        'from .ee import seats',
        'from ..enterprise.license import verify_seat',
        'import enterprise.audit_log',
        'import ee.billing as billing',
        'from . import ee',
        'import ee',
        'import enterprise as ent',
        'from eelib import tools',
        'import ee_search',
        'from cavra_enterprise.policy_packs import load_pack',
      ].join('\n'),
    });
    expect(found).toEqual([...lines('app/service.py', [1, 2, 3, 4, 5, 6, 7, 8]), 'app/service.py:11 private-package-import'].sort());
  });

  it('finds a private module path in a Go import block, not only in a single import', () => {
    const { found } = scan({
      'cmd/server/main.go': [
        'package main', // 1
        '',
        'import (',
        '\t"fmt"',
        '\t"github.com/acme/platform/ee/license"', // 5
        '\tlic "github.com/acme/platform/enterprise/sso"', // 6
        '\t_ "github.com/acme/platform/ee/billing/register" // side effects', // 7
        ')',
        '',
        'import "github.com/acme/platform/ee/audit"', // 10
        '',
        'var modules = []string{',
        '\t"github.com/acme/platform/ee/license",', // 13: data, not an import
        '}',
      ].join('\n'),
    });
    expect(found).toEqual(lines('cmd/server/main.go', [5, 6, 7, 10]).sort());
  });
});

describe('where an import stands', () => {
  it('reports no path import in a file inside a private tree', () => {
    const importing = "import { meter } from '../../ee/billing/meter';\nimport { Sso } from '@/modules/ee/sso';\nimport { x } from '@cavra-enterprise/entitlements';\n";
    const { found } = scan({
      'ee/billing/invoice.ts': importing,
      'apps/web/modules/ee/sso/page.tsx': importing,
      'enterprise/license/check.py': 'from enterprise.audit import log\n',
      'src/page.tsx': importing,
    });
    // A private package is still reported there: the tree's files pull it with them.
    expect(found).toEqual(
      [...lines('src/page.tsx', [1, 2]), ...['ee/billing/invoice.ts', 'apps/web/modules/ee/sso/page.tsx', 'src/page.tsx'].map((p) => `${p}:3 private-package-import`)].sort(),
    );
  });

  it('reports imports in Markdown code, not in prose that names them', () => {
    const { found } = scan({
      'docs/boundary.md': [
        '# Boundary', // 1
        '',
        'Never import from `ee/` in the community edition, nor from `@/ee/...`.', // 3
        "Do not write `import { Billing } from '@/ee/billing'` in public code, nor `from ee.billing import X`.", // 4
        'Do not add `@cavra-enterprise/entitlements` or `import x from "@cavra-enterprise/x"` either.', // 5
        '',
        '```ts',
        "import { Billing } from '@/ee/billing';", // 8
        '```',
        '',
        '    from ee.billing import Invoice', // 11: an indented code block
      ].join('\n'),
      'docs/page.mdx': "import { Seats } from '@/ee/seats';\n\n# Seats\n\nSee `import x from '@/ee/y'` for the private edition.\n",
    });
    expect(found).toEqual([...lines('docs/boundary.md', [8, 11]), ...lines('docs/page.mdx', [1])].sort());
  });
});

describe('the ESLint plugin', () => {
  it('reads the project tsconfig aliases as the CLI does, and reports the same imports', async () => {
    const dir = tempDir('bg-imports-eslint-');
    writeTree(dir, { 'tsconfig.json': TSCONFIG, 'src/app.ts': TS_IMPORTS, 'ee/billing/invoice.ts': TS_IMPORTS });
    const cli = JSON.parse(boundaryGuard(dir, ['scan', '.', '--format', 'json']).stdout) as JsonReport;
    const reported: ReportedFinding[] = [];
    const stop = observeReportedFindings((event) => reported.push(event));
    try {
      await new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: lintConfig('all') }).lintFiles(['**/*.ts']);
    } finally {
      stop();
    }
    const fromEslint = reported.filter((r) => IMPORT_RULES.has(r.finding.ruleId)).map((r) => `${r.path}:${r.finding.line} ${r.finding.ruleId}`);
    const fromCli = cli.findings.filter((f) => IMPORT_RULES.has(f.ruleId)).map((f) => `${f.path}:${f.line} ${f.ruleId}`);
    expect(fromEslint.sort()).toEqual(fromCli.sort());
    expect(fromCli).toContain('src/app.ts:10 private-path-import');
  });
});

describe('a detector built with path aliases', () => {
  const detector = privatePathImport(resolveCatalogSettings({ pathAliases: { '@ee/*': ['./ee/*'], '@/*': ['./src/*'] } }));
  const engine = createEngine([detector]);
  const { positive, negative } = detector.samples();

  it.each(CONTEXTS)('finds its alias sample and ignores the negatives in %s', (context) => {
    expect(positive.some((s) => typeof s === 'string' && s.includes("'@ee/seats/limits'"))).toBe(true);
    for (const sample of positive) {
      const { path, text } = embed(sample, context);
      expect(engine.scanText(text, { path }).findings.map((f) => f.ruleId), JSON.stringify(sample)).toContain(detector.id);
    }
    for (const sample of negative) {
      const { path, text } = embed(sample, context);
      expect(engine.scanText(text, { path }).findings, JSON.stringify(sample)).toEqual([]);
    }
  });
});

describe('jsoncToJson', () => {
  it('drops comments and trailing commas outside strings only, keeping positions', () => {
    const text = '{\n  "a": "http://x/*y*/", // c\n  /* b\n */ "b": [1, 2,],\n  "c": "\\"//",\n}';
    const json = jsoncToJson(text);
    expect(json).toHaveLength(text.length);
    expect(JSON.parse(json)).toEqual({ a: 'http://x/*y*/', b: [1, 2], c: '"//' });
  });
});
