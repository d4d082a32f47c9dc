/**
 * ESLint with `boundary-guard/all` and the scanner's engine report the same
 * findings — detector, line, column, end, fingerprint — for every JS, TS,
 * JSON and Markdown file of the labelled corpus and of the ESLint fixture set,
 * contract payloads (TS literals, JSON, Markdown fences) included: their
 * identity, free-text and structure findings carry the same field path and
 * message in both. Those files are linted as a project of their own (under an
 * empty temporary directory), away from this repository's config.
 *
 * And in a temporary project with a boundary-guard.config.json (excludes,
 * levels, suppressions, internal domains, registry entries, hash key) and a
 * baseline, the built CLI spawned as a user runs it and real ESLint report
 * the same findings, fingerprints and directive problems.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { ALLOW_DIRECTIVE as ALLOW } from '../../src/engine/directives.js';
import { PAYLOAD_DETECTORS } from '../../src/engine/payloads.js';
import { observeReportedFindings, type ReportedFinding } from '../../src/eslint/scan-file.js';
import plugin from '../../src/eslint/index.js';
import { BOUNDARY_CATEGORY_IDS } from '../../src/contract/categories.js';
import { scanText } from '../../src/index.js';
import { FIXTURE_ROOT, loadLintFixtures, type LintFixture } from './fixtures.js';
import { isLintable, lintConfig } from './lint-config.js';
import { boundaryGuard, cleanup, ensureBuilt, SECRETS, tempDir, writeTree } from '../scanner/support.js';

interface FileSet {
  readonly name: string;
  readonly root: string;
  readonly files: readonly LintFixture[];
}

const corpusModule = fileURLToPath(new URL('../corpus/expand.ts', import.meta.url));

/** The labelled corpus (another suite owns it), when it is there. */
async function corpusSet(): Promise<FileSet | undefined> {
  if (!existsSync(corpusModule)) return undefined;
  const corpus = (await import(corpusModule)) as { CORPUS_ROOT: string; loadCorpus(): LintFixture[] };
  return { name: 'corpus', root: corpus.CORPUS_ROOT, files: corpus.loadCorpus().filter((f) => isLintable(f.path)) };
}

const sets: FileSet[] = [
  { name: 'fixtures', root: FIXTURE_ROOT, files: loadLintFixtures().filter((f) => isLintable(f.path)) },
  ...[await corpusSet()].filter((set): set is FileSet => set !== undefined),
];

/** Rule id → category, for the category rules. */
const categoryOf = new Map(
  Object.entries(plugin.rules)
    .filter(([name, rule]) => name !== 'no-private-imports' && (BOUNDARY_CATEGORY_IDS as readonly string[]).includes(rule.meta.docs?.category ?? ''))
    .map(([name, rule]) => [`boundary-guard/${name}`, rule.meta.docs?.category]),
);

/** Each detector's category (the warning rule reports every category's). */
const detectorCategory = new Map<string, string>([...catalog, ...PAYLOAD_DETECTORS].map((d) => [d.id, d.category]));

const position = (f: { line: number; column: number; endLine?: number | undefined; endColumn?: number | undefined }): string =>
  `${f.line}:${f.column}-${f.endLine ?? '?'}:${f.endColumn ?? '?'}`;

const reported: ReportedFinding[] = [];
let stop: () => void = () => undefined;
beforeAll(() => {
  stop = observeReportedFindings((event) => reported.push(event));
});
afterAll(() => stop());

/** An empty directory to lint the file sets under: no config above it applies. */
const projectRoot = mkdtempSync(join(tmpdir(), 'bg-eslint-consistency-'));
afterAll(() => rmSync(projectRoot, { recursive: true, force: true }));

describe.each(sets)('$name', ({ files }) => {
  const root = projectRoot;
  const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: lintConfig('all') });

  it('has files to compare', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [f.path, f] as const))('%s', async (path, file) => {
    reported.length = 0;
    const [result] = await eslint.lintText(file.text, { filePath: join(root, path) });
    const messages = result?.messages ?? [];
    expect(messages.filter((m) => m.fatal === true).map((m) => m.message)).toEqual([]);

    const engine = scanText(file.text, { path }).findings;
    // The level too: an error-level finding is its category rule's error, a warning-level one no-warning-level-values's warning.
    const fromEngine = engine.map((f) => `${f.category} ${f.ruleId} ${position(f)} ${f.severity}`).sort();
    const fromEslint = messages
      .filter((m) => m.ruleId !== null && (categoryOf.has(m.ruleId) || m.ruleId === 'boundary-guard/no-warning-level-values'))
      .map((m) => {
        const detector = /\(([a-z0-9-]+)\) must stay out of a public tree/u.exec(m.message)?.[1] ?? '?';
        const category = categoryOf.get(m.ruleId ?? '') ?? detectorCategory.get(detector) ?? '?';
        return `${category} ${detector} ${position(m)} ${m.severity === 2 ? 'error' : 'warning'}`;
      })
      .sort();
    expect(fromEslint).toEqual(fromEngine);

    // Fingerprints: the plugin reported exactly the engine's findings, under the same path.
    const fingerprints = (list: readonly { ruleId: string; line: number; column: number; fingerprint: string }[]): string[] =>
      list.map((f) => `${f.ruleId} ${f.line}:${f.column} ${f.fingerprint}`).sort();
    expect(reported.every((event) => event.path === path)).toBe(true);
    expect(fingerprints(reported.map((event) => event.finding))).toEqual(fingerprints(engine));
  });
});

describe('contract payloads', () => {
  const payloadFiles = loadLintFixtures().filter((f) => f.path.includes('contract') && isLintable(f.path));
  const eslint = new ESLint({ cwd: projectRoot, overrideConfigFile: true, overrideConfig: lintConfig('all') });

  it('the fixture set holds payloads in TS literals, JSON and Markdown fences, with every payload finding', () => {
    expect(payloadFiles.map((f) => f.path.split('.').at(-1)).sort()).toEqual(['json', 'md', 'md', 'ts', 'ts']);
    const ids = new Set(payloadFiles.flatMap((f) => scanText(f.text, { path: f.path }).findings.map((x) => x.ruleId)));
    expect([...ids].sort()).toEqual(['contract-free-text-name', 'contract-identity-field', 'contract-payload-structure']);
  });

  it.each(payloadFiles.map((f) => [f.path, f] as const))('%s: the plugin prints the field path and the convention', async (path, file) => {
    const [result] = await eslint.lintText(file.text, { filePath: join(projectRoot, path) });
    // Structure errors are warning-level findings: no-warning-level-values reports them.
    const fromEslint = (result?.messages ?? [])
      .filter((m) => m.ruleId === 'boundary-guard/no-customer-identifiers' || m.ruleId === 'boundary-guard/no-warning-level-values')
      .map((m) => `${m.line}:${m.column} ${m.message}`);
    const fromEngine = scanText(file.text, { path })
      .findings.filter((f) => f.ruleId.startsWith('contract-'))
      .map((f) => `${f.line}:${f.column} ${f.message.replace(/^([^:]+): /u, `$1 (${f.ruleId}) must stay out of a public tree: `)}`);
    expect(fromEslint.filter((m) => / \(contract-/u.test(m)).sort()).toEqual(fromEngine.sort());
  });
});

describe('fixtures', () => {
  it('hold findings in every syntax, and none in the clean files', () => {
    const counts = new Map<string, number>();
    for (const file of loadLintFixtures()) counts.set(file.path, scanText(file.text, { path: file.path }).findings.length);
    for (const [path, count] of counts) {
      if (path.includes('clean')) expect(count, path).toBe(0);
      else expect(count, path).toBeGreaterThan(0);
    }
  });
});

interface CliReport {
  readonly findings: readonly { path: string; line: number; column: number; endLine: number; endColumn: number; ruleId: string; fingerprint: string; status: string }[];
  readonly errors: readonly { code: string; path?: string; line?: number; column?: number; message: string }[];
}

describe('a project with a config and a baseline: the built CLI and ESLint', () => {
  const licenseSample = catalog.find((d) => d.category === 'license-key')?.samples().positive[0];
  const license = licenseSample === undefined ? '' : typeof licenseSample === 'string' ? licenseSample : licenseSample.value;
  // Reported only because the config names its domain.
  const internalHost = ['metrics', 'acmeops', 'io'].join('.');
  let dir = '';
  const config = (): object => ({
    exclude: [{ pattern: 'src/vendored', reason: 'third-party copies, checked upstream' }],
    categories: { 'dashboard-url': 'warning', 'license-key': 'off' },
    detectors: { 'github-token': 'error' },
    internalDomains: ['acmeops.io'],
    synthetic: { entries: [{ id: 'sandbox-hook', kind: 'documented-value', values: [SECRETS.slack2], reason: 'the public sandbox channel the docs publish' }] },
    suppressions: [
      { rule: 'connector-credential', files: 'src/suppressed.ts', reason: 'revoked token kept for the incident write-up' },
      { rule: 'invalid-directive', files: 'src/directive-docs.ts', reason: 'documents the directive in strings' },
    ],
    hashKey: 'consistency-test-key-0123456789',
    baseline: 'boundary-guard.baseline.json',
  });

  beforeAll(() => {
    ensureBuilt();
    dir = tempDir('bg-eslint-project-');
    writeTree(dir, {
      'boundary-guard.config.json': JSON.stringify(config(), null, 2),
      'src/known.ts': `export const token = '${SECRETS.github}';\n`,
      'src/old-name.ts': `export const token = '${SECRETS.github2}';\n`,
    });
    const baseline = boundaryGuard(dir, ['baseline', '--no-git']);
    expect(baseline.status, baseline.stderr).toBe(0);
    // A file renamed since: its finding keeps its baseline entry.
    rmSync(join(dir, 'src/old-name.ts'));
    writeTree(dir, {
      'src/new-name.ts': `export const token = '${SECRETS.github2}';\n`,
      // The baselined token stays; a new finding joins it.
      'src/known.ts': `export const token = '${SECRETS.github}';\nexport const hook = '${SECRETS.slack}';\n`,
      'src/hooks.ts': `export const hook = '${SECRETS.slack}';\nexport const dashboard = 'https://${internalHost}/overview';\n`,
      'src/vendored/hooks.ts': `export const hook = '${SECRETS.slack}';\n`,
      'src/suppressed.ts': `export const token = '${SECRETS.github2}';\n`,
      'src/documented.ts': `export const sandbox = '${SECRETS.slack2}';\n`,
      'src/license.ts': `export const license = ${JSON.stringify(license)};\n`,
      'src/directives.ts': [
        `// ${ALLOW} slack-webhook-url`,
        `export const a = '${SECRETS.slack}';`,
        `// ${ALLOW} slak-webhok-url -- a typo names no detector`,
        `export const b = '${SECRETS.slack}';`,
        `// ${ALLOW} escalation-webhook -- shown in the runbook`,
        `export const c = '${SECRETS.slack}';`,
        '',
      ].join('\n'),
      'src/directive-docs.ts': `export const usage = '${ALLOW} without a reason';\n`,
    });
  }, 300_000);
  afterAll(cleanup);

  async function lint(settings?: object): Promise<{ results: ESLint.LintResult[]; reported: ReportedFinding[] }> {
    const overrideConfig = [...lintConfig('all'), ...(settings ? [{ settings: { 'boundary-guard': settings } }] : [])];
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig });
    reported.length = 0;
    const results = await eslint.lintFiles(['src/**/*.ts']);
    return { results, reported: [...reported] };
  }

  const cliReport = (): CliReport => {
    const run = boundaryGuard(dir, ['scan', '--no-git', '--format', 'json']);
    expect(run.status, run.stderr).toBe(2);
    return JSON.parse(run.stdout) as CliReport;
  };

  it('report the same new findings, with the same fingerprints, and the same directive problems', async () => {
    const cli = cliReport();
    const { results, reported: events } = await lint();
    const fromCli = cli.findings.filter((f) => f.status === 'new').map((f) => `${f.path} ${f.ruleId} ${position(f)} ${f.fingerprint}`).sort();
    const fromEslint = events.map(({ path, finding: f }) => `${path} ${f.ruleId} ${position(f)} ${f.fingerprint}`).sort();
    expect(fromEslint).toEqual(fromCli);
    // What the config and the baseline decide, seen from the CLI: the comparison is not of two empty lists.
    expect(fromCli.map((f) => f.split(' ').slice(0, 2).join(' '))).toEqual([
      'src/directives.ts slack-webhook-url',
      'src/directives.ts slack-webhook-url',
      'src/hooks.ts generic-internal-host-url',
      'src/hooks.ts slack-webhook-url',
      'src/known.ts slack-webhook-url',
    ]);
    expect(cli.findings.filter((f) => f.status === 'existing').map((f) => `${f.path} ${f.ruleId}`)).toEqual(['src/known.ts github-token', 'src/new-name.ts github-token']);

    const problems = (list: readonly { path?: string; line?: number; column?: number; message: string }[]): string[] =>
      list.map((p) => `${p.path ?? ''}:${p.line ?? 0}:${p.column ?? 0} ${p.message}`).sort();
    const fromEslintProblems = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'boundary-guard/valid-allow-directives')
        .map((m) => ({ path: relative(dir, r.filePath).split(sep).join('/'), line: m.line, column: m.column, message: m.message })),
    );
    expect(problems(fromEslintProblems)).toEqual(problems(cli.errors.filter((e) => e.code === 'invalid-directive')));
    expect(fromEslintProblems.map((p) => `${p.path}:${p.line}`).sort()).toEqual(['src/directives.ts:1', 'src/directives.ts:3']);
    expect(fromEslintProblems.some((p) => / no reason/u.test(p.message)) && fromEslintProblems.some((p) => /no detector or category/u.test(p.message))).toBe(true);

    // No message holds a value.
    const messages = results.flatMap((r) => r.messages.map((m) => m.message)).join('\n');
    for (const value of [SECRETS.slack, SECRETS.slack2, SECRETS.github, SECRETS.github2, license]) expect(messages).not.toContain(value);
  });

  it('settings merge over the file: a suppression added there silences a finding, a level set there wins', async () => {
    const { reported: events } = await lint({
      suppressions: [{ rule: 'slack-webhook-url', files: 'src/hooks.ts', reason: 'rotated hook shown in the runbook' }],
      detectors: { 'generic-internal-host-url': 'off' },
    });
    const found = events.map(({ path, finding }) => `${path} ${finding.ruleId}`).sort();
    expect(found).toEqual(['src/directives.ts slack-webhook-url', 'src/directives.ts slack-webhook-url', 'src/known.ts slack-webhook-url']);
    // The file's own suppressions, exclude and baseline still hold.
    expect(found.some((f) => f.startsWith('src/suppressed.ts') || f.startsWith('src/vendored/') || f.includes('github-token'))).toBe(false);
  });

  it('a broken config is one clear lint error per file, as the CLI refuses it, never a crash', async () => {
    const broken = tempDir('bg-eslint-broken-');
    writeTree(broken, {
      'boundary-guard.config.json': JSON.stringify({ suppressions: [{ rule: 'no-such-detector', reason: 'typo' }] }),
      'src/a.ts': `export const hook = '${SECRETS.slack}';\n`,
    });
    const cli = boundaryGuard(broken, ['scan', '--no-git']);
    expect(cli.status).toBe(2);
    const eslint = new ESLint({ cwd: broken, overrideConfigFile: true, overrideConfig: lintConfig('all') });
    const [result] = await eslint.lintFiles(['src/a.ts']);
    const messages = result?.messages ?? [];
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ line: 1, column: 1, severity: 2 });
    expect(messages[0]?.message).toContain('boundary-guard.config.json: invalid config');
    expect(messages[0]?.message).toContain('suppressions[0].rule: neither a detector id nor a category');
    expect(cli.stderr).toContain('boundary-guard.config.json: invalid config');
    expect(messages[0]?.message).not.toMatch(/\bat \S+ \(|\.js:\d+/u);
  });

  it('a config edited between lint runs is read again', async () => {
    const project = tempDir('bg-eslint-edited-');
    writeTree(project, { 'boundary-guard.config.json': '{}\n', 'src/a.ts': `export const hook = '${SECRETS.slack}';\n` });
    const run = async (): Promise<string[]> => {
      const eslint = new ESLint({ cwd: project, overrideConfigFile: true, overrideConfig: lintConfig('all') });
      const [result] = await eslint.lintFiles(['src/a.ts']);
      return (result?.messages ?? []).map((m) => m.ruleId ?? '');
    };
    expect(await run()).toEqual(['boundary-guard/no-escalation-webhooks']);
    writeTree(project, { 'boundary-guard.config.json': JSON.stringify({ exclude: [{ pattern: 'src/a.ts', reason: 'vendored' }] }) });
    // Files are checked for changes at most once a second.
    await new Promise((done) => setTimeout(done, 1100));
    expect(await run()).toEqual([]);
  });

  it('invalid settings name the settings', async () => {
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: [...lintConfig('all'), { settings: { 'boundary-guard': { detectors: { 'no-such-detector': 'off' } } } }] });
    const [result] = await eslint.lintText('export const a = 1;\n', { filePath: join(dir, 'src/a.ts') });
    expect(result?.messages.map((m) => m.message)).toEqual([expect.stringContaining("settings['boundary-guard']: invalid config") as string]);
  });
});
