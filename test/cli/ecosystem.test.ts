// Spawns the BUILT binary, as users and CI run it: exit status and summary, report files, defaults and terminal manners.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCatalog } from '../../patterns/index.js';
import { BOUNDARY_CATEGORY_IDS } from '../../src/contract/categories.js';
import { runExplain } from '../../src/cli/explain.js';
import { CATEGORY_RULES, RULE_DOCS_BASE_URL } from '../../src/cli/rule-docs.js';
import { RULE_DOCS_BASE_URL as ESLINT_DOCS_BASE_URL } from '../../src/eslint/create-rule.js';
import { rules as eslintRules } from '../../rules/index.js';
import { bin, boundaryGuard, cleanup, commitAll, ensureBuilt, gitRepo, memoryIo, repoRoot, SECRETS, tempDir, writeTree } from '../scanner/support.js';

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

interface JsonSummary {
  exitCode: number;
  reason: string;
  maxWarnings?: number;
  newWarnings: number;
}

/** A directory whose one finding is at warning level: an opaque id under a customer key. */
function warningTree(): string {
  const dir = tempDir();
  writeTree(dir, { 'data/account.json': '{\n  "customerId": "k7Qz2mP9xR4t"\n}\n' });
  return dir;
}

describe('--max-warnings: the exit status and the summary agree', () => {
  it.each(['stylish', 'json', 'sarif', 'github'] as const)('%s: says that the warnings exceed the limit when they make the run fail', (format) => {
    const dir = warningTree();
    const run = boundaryGuard(dir, ['scan', '--no-git', '--max-warnings', '0', '--format', format]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).not.toContain('no failing findings');
    expect(run.stdout).toContain('1 new warning, more than --max-warnings 0');
    if (format === 'json') {
      const summary = (JSON.parse(run.stdout) as { summary: JsonSummary }).summary;
      expect(summary).toMatchObject({ exitCode: 1, maxWarnings: 0, newWarnings: 1 });
    }
    if (format === 'sarif') {
      const invocation = (JSON.parse(run.stdout) as { runs: { invocations: { exitCode: number; exitCodeDescription: string }[] }[] }).runs[0]?.invocations[0];
      expect(invocation).toMatchObject({ exitCode: 1, exitCodeDescription: '1 new warning, more than --max-warnings 0' });
    }
    if (format === 'github') expect(run.stdout).toContain('::error title=boundary-guard max-warnings::1 new warning, more than --max-warnings 0');
  });

  it('-1 is no limit, as in ESLint; a limit that holds passes', () => {
    const dir = warningTree();
    for (const args of [['--max-warnings', '-1'], ['--max-warnings=-1'], ['--max-warnings', '1'], []]) {
      const run = boundaryGuard(dir, ['scan', '--no-git', ...args]);
      expect(run.status, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      expect(run.stdout).toContain('✔ no failing findings; 1 warning');
    }
    const bad = boundaryGuard(dir, ['scan', '--no-git', '--max-warnings', '-2']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-warnings takes a whole number >= 0, or -1 for no limit');
  });
});

interface Sarif {
  runs: { tool: { driver: { name: string; rules: { id: string; properties: Record<string, unknown>; help: { markdown?: string } }[] } }; invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; descriptor: { id: string } }[] }[] }[];
}

describe('--output-file is written however the run ends', () => {
  const cases: [string, (dir: string) => string[], string][] = [
    ['a config error', (dir) => (writeTree(dir, { 'boundary-guard.config.json': '{ "maxFileSize": "big" }\n' }), []), 'config-error'],
    ['a git error', () => ['--diff', 'no-such-revision'], 'git-error'],
    ['a path that does not exist', () => ['no/such/dir'], 'usage-error'],
    ['a file that cannot be scanned', (dir) => (execFileSync('mkfifo', [join(dir, 'queue.fifo')]), ['--no-git']), 'not-scanned'],
  ];
  it.each(cases)('%s: SARIF says the execution failed, json lists the error', (_what, setup, code) => {
    const dir = gitRepo({ 'README.md': '# app\n' });
    commitAll(dir);
    const args = setup(dir);
    const sarifRun = boundaryGuard(dir, ['scan', ...args, '--format', 'sarif', '-o', 'out/report.sarif']);
    expect(sarifRun.status).toBe(2);
    expect(sarifRun.stderr).not.toMatch(/\n\s+at /u);
    const sarif = JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8')) as Sarif;
    const invocation = sarif.runs[0]?.invocations[0];
    expect(invocation?.executionSuccessful).toBe(false);
    expect(invocation?.toolExecutionNotifications).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'error', descriptor: { id: code } })]));
    expect(sarif.runs[0]?.tool.driver.rules.length).toBeGreaterThan(100);

    const jsonRun = boundaryGuard(dir, ['scan', ...args, '--format', 'json', '--output-file', 'report.json']);
    expect(jsonRun.status).toBe(2);
    const json = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { errors: { code: string; message: string }[]; summary: JsonSummary };
    expect(json.errors).toEqual(expect.arrayContaining([expect.objectContaining({ code })]));
    expect(json.summary).toMatchObject({ exitCode: 2 });
  });
});

describe('scan without PATH', () => {
  it('scans the current directory, also in a subdirectory of a git work tree (with the config of the root)', () => {
    const dir = gitRepo({
      'ops/alerts.yaml': `webhook: ${SECRETS.slack}\n`,
      'pkg/app/index.ts': 'export const ready = true;\n',
      'pkg/app/lib/notes.md': `token ${SECRETS.github}\n`,
      'boundary-guard.config.json': '{ "exclude": [{ "pattern": "pkg/app/lib/**", "reason": "vendored notes" }] }\n',
    });
    commitAll(dir);
    const sub = boundaryGuard(join(dir, 'pkg'), ['scan', '--format', 'json']);
    expect(sub.status, sub.stderr).toBe(0);
    const report = JSON.parse(sub.stdout) as { findings: unknown[]; summary: { files: number } };
    expect(report.findings).toEqual([]);
    expect(report.summary.files).toBe(1);
    for (const mode of [[], ['--no-git']]) {
      const top = boundaryGuard(dir, ['scan', ...mode]);
      expect(top.status, top.stderr).toBe(1);
      expect(top.stdout).toContain('ops/alerts.yaml');
    }
    const noGit = boundaryGuard(join(dir, 'pkg'), ['scan', '--no-git', '--format', 'json']);
    expect((JSON.parse(noGit.stdout) as { summary: { files: number } }).summary.files).toBe(1);
  });
});

/** Runs `node bin ARGS` on a pseudo-terminal of `columns` columns (util-linux `script`), with `env`. */
function onTerminal(cwd: string, args: readonly string[], columns: number, env: Readonly<Record<string, string>> = {}): string {
  const quoted = [process.execPath, bin, ...args].map((a) => `'${a.replace(/'/gu, "'\\''")}'`).join(' ');
  const { FORCE_COLOR: _force, NO_COLOR: _no, ...inherited } = process.env;
  const result = spawnSync('script', ['-qec', `stty cols ${columns}; ${quoted}`, '/dev/null'], { cwd, encoding: 'utf8', env: { ...inherited, TERM: 'xterm-256color', ...env } });
  return result.stdout.replace(/\r\n/gu, '\n');
}
const hasScript = spawnSync('script', ['-qec', 'true', '/dev/null']).status === 0;
/** Lines wider than `width`, but for one word longer than a line (a URL is never broken). */
const tooLong = (text: string, width: number): string[] => text.split('\n').filter((line) => line.length > width && /\S\s+\S/u.test(line.trim()));

describe('terminal manners', () => {
  const helps = [['--help'], ['scan', '--help'], ['baseline', '--help'], ['init', '--help'], ['detectors', '--help'], ['detectors']];

  it('wraps help and the detector list to 80 columns when stdout is no terminal', () => {
    const dir = tempDir();
    for (const args of helps) {
      const run = boundaryGuard(dir, args);
      expect(run.status, args.join(' ')).toBe(0);
      expect(tooLong(run.stdout, 80), args.join(' ')).toEqual([]);
    }
  });

  it.skipIf(!hasScript)('wraps them to the width of the terminal', () => {
    const dir = tempDir();
    for (const args of helps) {
      const out = onTerminal(dir, args, 60);
      expect(out.length, args.join(' ')).toBeGreaterThan(100);
      expect(tooLong(out, 60), args.join(' ')).toEqual([]);
    }
    // Wide enough for the detectors table: one row per detector.
    expect(onTerminal(dir, ['detectors'], 250)).toMatch(/^ID +CATEGORY +SEVERITY +DESCRIPTION$/mu);
  });

  it('FORCE_COLOR and NO_COLOR decide colour as Node does', () => {
    const dir = warningTree();
    const coloured = (env: Record<string, string>): boolean => boundaryGuard(dir, ['scan', '--no-git'], undefined, env).stdout.includes('\u001b[');
    expect(coloured({ FORCE_COLOR: '1' })).toBe(true);
    expect(coloured({ FORCE_COLOR: '' })).toBe(true);
    expect(coloured({ FORCE_COLOR: '3' })).toBe(true);
    expect(coloured({ FORCE_COLOR: '0' })).toBe(false);
    expect(coloured({ FORCE_COLOR: 'false' })).toBe(false);
    // --no-color outranks the environment.
    expect(boundaryGuard(dir, ['scan', '--no-git', '--no-color'], undefined, { FORCE_COLOR: '1' }).stdout).not.toContain('\u001b[');
    if (hasScript) {
      expect(onTerminal(dir, ['scan', '--no-git'], 120)).toContain('\u001b[');
      expect(onTerminal(dir, ['scan', '--no-git'], 120, { NO_COLOR: '' })).not.toContain('\u001b[');
      expect(onTerminal(dir, ['scan', '--no-git'], 120, { FORCE_COLOR: '0' })).not.toContain('\u001b[');
      expect(onTerminal(dir, ['scan', '--no-git'], 120, { TERM: 'dumb' })).not.toContain('\u001b[');
    }
  });

  it('ends quietly when the reader of its output goes away (| head)', () => {
    const dir = warningTree();
    const quoted = `'${process.execPath}' '${bin}'`;
    for (const command of [`${quoted} detectors --format json`, `${quoted} scan --no-git --format json --show-suppressed`, `${quoted} detectors`]) {
      const result = spawnSync('sh', ['-c', `${command} 2>stderr.txt | head -c 10 >/dev/null; sleep 0.3`], { cwd: dir, encoding: 'utf8' });
      expect(result.status).toBe(0);
      expect(readFileSync(join(dir, 'stderr.txt'), 'utf8'), command).toBe('');
    }
  });
});

describe('explain', () => {
  const catalog = createCatalog();
  const sampleValues = catalog.flatMap((d) => d.samples().positive.map((s) => (typeof s === 'string' ? s : s.value)));

  it('explains a detector: what it matches, a masked example, how to allow it, its doc page', () => {
    const dir = tempDir();
    const run = boundaryGuard(dir, ['explain', 'slack-webhook-url']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('What it matches:');
    expect(run.stdout).toMatch(/Example \(as a report shows it: the value is masked\):\n {2}https:\/\/hooks\.slack\.com\/services\/… \(\d+ characters, masked\)/u);
    expect(run.stdout).toContain('boundary-guard-allow slack-webhook-url -- <reason>');
    expect(run.stdout).toContain('"suppressions": [{ "rule": "slack-webhook-url"');
    expect(run.stdout).toContain('"synthetic": { "entries": [');
    expect(run.stdout).toContain('https://github.com/cavra/boundary-guard/blob/main/docs/rules/no-escalation-webhooks.md');
    expect(existsSync(join(repoRoot, 'docs/rules/no-escalation-webhooks.md'))).toBe(true);
  });

  it('never prints a sample value, for any detector or category', async () => {
    // In-process: every name, quickly. A marker the catalog's own documentation names (`enterprise`) is no value.
    const documentation = catalog.map((d) => `${d.name} ${d.description} ${d.keywords.join(' ')}`).join('\n');
    const values = sampleValues.filter((v) => v.length >= 8 && !documentation.includes(v));
    for (const name of [...catalog.map((d) => d.id), ...BOUNDARY_CATEGORY_IDS]) {
      const { io, out } = memoryIo(tempDir());
      expect(await runExplain([name], io), name).toBe(0);
      expect(values.filter((v) => out().includes(v)), name).toEqual([]);
    }
  });

  it('explains a category with its detectors', () => {
    const run = boundaryGuard(tempDir(), ['explain', 'escalation-webhook']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Detectors \(\d+; /u);
    expect(run.stdout).toMatch(/^ {2}slack-webhook-url +Slack webhook URL$/mu);
  });

  it('refuses an unknown name with exit status 2 and the closest ones', () => {
    const run = boundaryGuard(tempDir(), ['explain', 'slack-webhok']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('did you mean:\n  slack-webhook-url');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    expect(boundaryGuard(tempDir(), ['explain']).status).toBe(2);
  });
});

describe('scan --print-config', () => {
  interface Printed {
    root: string;
    file: string | null;
    config: { hashKey: string; maxFileSize: number; categories: Record<string, string>; exclude: unknown[] };
    environment: Record<string, string>;
    levels: Record<string, string>;
  }
  // Assembled here, never a literal: a key of hex digits.
  const key = ['3f9a', 'c1d2', 'e4b5', '0a7c', '9d8e', '6f1b', '2c3d', '4e5f'].join('');
  const envKey = [...key].reverse().join('');

  it('prints the file found, the defaults applied and each level, never the hash key', () => {
    const dir = gitRepo({
      'boundary-guard.config.json': JSON.stringify({ hashKey: key, categories: { 'dashboard-url': 'warning' }, detectors: { 'slack-webhook-url': 'off' } }),
      'pkg/index.ts': 'export {};\n',
    });
    const run = boundaryGuard(join(dir, 'pkg'), ['scan', '--print-config'], undefined, { BOUNDARY_GUARD_HASH_KEY: envKey });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).not.toContain(key);
    expect(run.stdout).not.toContain(envKey);
    const printed = JSON.parse(run.stdout) as Printed;
    expect(printed).toMatchObject({ root: '..', file: '../boundary-guard.config.json', config: { hashKey: 'set', maxFileSize: 1048576, exclude: [] }, environment: { BOUNDARY_GUARD_HASH_KEY: 'set' } });
    expect(printed.levels['slack-webhook-url']).toBe('off');
    expect(printed.levels['github-token']).toBe('error');
    expect(Object.values(printed.levels).filter((l) => l === 'warning').length).toBeGreaterThan(0);
  });

  it('shows the defaults when there is no config, and fails on an invalid one', () => {
    const dir = gitRepo({ 'README.md': '# app\n' });
    const run = boundaryGuard(dir, ['scan', '--print-config']);
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ file: null, config: { hashKey: 'not set', maxFileSize: 1048576 }, environment: { BOUNDARY_GUARD_HASH_KEY: 'not set' } });
    writeTree(dir, { 'boundary-guard.config.json': '{ "maxFileSize": "big" }' });
    const bad = boundaryGuard(dir, ['scan', '--print-config']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('boundary-guard.config.json: invalid config');
  });
});

describe('SARIF rule metadata', () => {
  it('gives every rule a security-severity and a help.markdown linking its docs/rules page', () => {
    const dir = gitRepo({ 'ops/alerts.yaml': `webhook: ${SECRETS.slack}\n` });
    commitAll(dir);
    const run = boundaryGuard(dir, ['scan', '--format', 'sarif']);
    expect(run.status).toBe(1);
    const rules = (JSON.parse(run.stdout) as Sarif).runs[0]?.tool.driver.rules ?? [];
    expect(rules.length).toBeGreaterThan(100);
    for (const rule of rules) {
      const severity = rule.properties['security-severity'];
      expect(typeof severity, rule.id).toBe('string');
      expect(Number(severity), rule.id).toBeGreaterThan(0);
      expect(Number(severity), rule.id).toBeLessThanOrEqual(10);
      const link = /\]\((https:\/\/github\.com\/cavra\/boundary-guard\/blob\/main\/(docs\/rules\/[a-z-]+\.md))\)/u.exec(rule.help.markdown ?? '');
      expect(link, rule.id).not.toBeNull();
      expect(existsSync(join(repoRoot, link?.[2] ?? '')), link?.[2]).toBe(true);
    }
    const slack = rules.find((r) => r.id === 'slack-webhook-url');
    expect(slack?.help.markdown).toContain('docs/rules/no-escalation-webhooks.md');
    expect(Number(slack?.properties['security-severity'])).toBeGreaterThanOrEqual(7);
  });

  it('links the same pages as the ESLint rules of each category', () => {
    for (const [category, name] of Object.entries(CATEGORY_RULES)) {
      const rule = (eslintRules as Record<string, { meta: { docs?: { category?: string } } }>)[name];
      expect(rule?.meta.docs?.category, name).toBe(category);
      expect(existsSync(join(repoRoot, `docs/rules/${name}.md`)), name).toBe(true);
    }
    expect(RULE_DOCS_BASE_URL).toBe(ESLINT_DOCS_BASE_URL);
  });
});

describe('its own outputs in the tree', () => {
  it('skips a SARIF file, a json report and a saved detectors list by their structure, whatever their names', () => {
    const dir = gitRepo({ 'ops/alerts.yaml': `webhook: ${SECRETS.slack}\n`, 'src/token.ts': `export const t = '${SECRETS.github}';\n` });
    commitAll(dir);
    expect(boundaryGuard(dir, ['scan', '--format', 'sarif', '-o', 'reports/scan.sarif']).status).toBe(1);
    expect(boundaryGuard(dir, ['scan', '--format', 'json', '-o', 'reports/scan-result.txt', '--show-suppressed']).status).toBe(1);
    const list = boundaryGuard(dir, ['detectors', '--format', 'json']);
    writeTree(dir, { 'catalog.data': list.stdout });
    // The findings are fixed; the reports stay.
    writeTree(dir, { 'ops/alerts.yaml': 'webhook: ${SLACK_WEBHOOK_URL}\n', 'src/token.ts': 'export const t = process.env.GITHUB_TOKEN;\n' });
    const run = boundaryGuard(dir, ['scan', '--format', 'json']);
    expect(run.status, run.stdout).toBe(0);
    const skipped = (JSON.parse(run.stdout) as { skipped: { path: string; reason: string }[] }).skipped;
    expect(skipped).toEqual(
      expect.arrayContaining([
        { path: 'reports/scan.sarif', reason: 'own-output', size: expect.any(Number) as number },
        { path: 'reports/scan-result.txt', reason: 'own-output', size: expect.any(Number) as number },
        { path: 'catalog.data', reason: 'own-output', size: expect.any(Number) as number },
      ]),
    );
    expect(boundaryGuard(dir, ['scan']).stdout).toMatch(/3 files skipped \(3 own-output\)/u);
  });

  it('reports a credential wrapped in a report of ours: masked values never match, so one that does is real', () => {
    const dir = gitRepo({ 'ops/alerts.yaml': `webhook: ${SECRETS.slack}\n` });
    commitAll(dir);
    expect(boundaryGuard(dir, ['scan', '--format', 'sarif', '-o', 'reports/scan.sarif']).status).toBe(1);
    writeTree(dir, { 'ops/alerts.yaml': 'webhook: ${SLACK_WEBHOOK_URL}\n' });
    const sarif = JSON.parse(readFileSync(join(dir, 'reports/scan.sarif'), 'utf8')) as { runs: { results: { message: { text: string } }[] }[] };
    const result = sarif.runs[0]?.results[0];
    if (result) result.message.text = `see ${SECRETS.github}`;
    writeTree(dir, { 'reports/scan.sarif': JSON.stringify(sarif, null, 2) });
    const run = boundaryGuard(dir, ['scan', '--format', 'json']);
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: { path: string; ruleId: string }[]; skipped: { path: string }[] };
    // Scanned as any file: the credential, and whatever its rule metadata holds.
    expect(report.findings.map((f) => [f.path, f.ruleId])).toContainEqual(['reports/scan.sarif', 'github-token']);
    expect(report.skipped.map((s) => s.path)).not.toContain('reports/scan.sarif');
  });

  it('scans a look-alike: another tool’s SARIF, or ours with a member that is not', () => {
    const dir = gitRepo();
    const other = { version: '2.1.0', runs: [{ tool: { driver: { name: 'other-tool' } }, results: [{ message: { text: SECRETS.slack } }] }] };
    const extended = { version: 1, detectors: [{ id: 'x', name: 'x', category: 'escalation-webhook', severity: 'error', description: SECRETS.slack, keywords: [], references: [], extra: 1 }] };
    writeTree(dir, { 'other.sarif': JSON.stringify(other), 'list.json': JSON.stringify(extended) });
    const run = boundaryGuard(dir, ['scan', '--format', 'json']);
    expect(run.status).toBe(1);
    const paths = (JSON.parse(run.stdout) as { findings: { path: string }[] }).findings.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['other.sarif', 'list.json']));
  });
});
