// `scan --diff BASE` reads the pull request's history too: a value one commit added and a later one removed
// is still published by a merge. Real git repositories in temp directories, the built CLI.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryGuard, cleanup, commitAll, ensureBuilt, git, gitRepo, SECRETS, writeTree } from '../scanner/support.js';

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

interface JsonReport {
  findings: { path: string; line: number; ruleId: string; status: string; commit?: string; message: string; preview: string }[];
  errors: { code: string; message: string }[];
}

/** A repository with `main`, and a branch `feature` whose commits run `steps` in order. */
function pullRequest(steps: readonly Readonly<Record<string, string | null>>[]): { dir: string; commits: string[] } {
  const dir = gitRepo({ 'README.md': '# app\n', 'src/app.ts': 'export const app = 1;\n' });
  commitAll(dir, 'initial');
  git(dir, 'branch', '-M', 'main');
  git(dir, 'checkout', '-q', '-b', 'feature');
  const commits: string[] = [];
  steps.forEach((step, i) => {
    for (const [path, content] of Object.entries(step)) {
      if (content === null) rmSync(join(dir, path));
      else writeTree(dir, { [path]: content });
    }
    commitAll(dir, `step ${i + 1}`);
    commits.push(git(dir, 'rev-parse', 'HEAD').trim());
  });
  return { dir, commits };
}

const run = (dir: string, ...extra: string[]): { status: number | null; report: JsonReport; stdout: string; stderr: string } => {
  const result = boundaryGuard(dir, ['scan', '--diff', 'main', '--format', 'json', ...extra]);
  return { status: result.status, report: JSON.parse(result.stdout) as JsonReport, stdout: result.stdout, stderr: result.stderr };
};

describe('scan --diff reads every commit of the pull request', () => {
  it('reports a value added in one commit and removed in a later one, with that commit, and fails', () => {
    const { dir, commits } = pullRequest([{ 'src/alerts.ts': `export const hook = '${SECRETS.slack}';\n` }, { 'src/alerts.ts': 'export const hook = process.env.HOOK;\n' }]);
    const { status, report, stdout } = run(dir);
    expect(status).toBe(1);
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding).toMatchObject({ path: 'src/alerts.ts', line: 1, ruleId: 'slack-webhook-url', status: 'new', commit: commits[0]?.slice(0, 12) });
    expect(finding?.message).toContain(`added in commit ${commits[0]?.slice(0, 12)}`);
    // Never the value (past its public prefix).
    expect(stdout).not.toContain(SECRETS.slack.slice(-16));
  });

  it('reports a value still in HEAD once, from the final tree, without a commit', () => {
    const { dir } = pullRequest([{ 'src/alerts.ts': `export const hook = '${SECRETS.slack}';\n` }, { 'src/other.ts': 'export const other = 2;\n' }]);
    const { status, report } = run(dir);
    expect(status).toBe(1);
    expect(report.findings.map((f) => [f.path, f.ruleId, f.commit])).toEqual([['src/alerts.ts', 'slack-webhook-url', undefined]]);
  });

  it('reports a file added and deleted again, and a value moved to a file the config excludes', () => {
    const { dir } = pullRequest([
      { 'notes/tmp.md': `token: ${SECRETS.github}\n`, 'boundary-guard.config.json': '{ "exclude": [{ "pattern": "vendor/**", "reason": "third-party code checked upstream" }] }\n' },
      { 'notes/tmp.md': null },
    ]);
    const { status, report } = run(dir);
    expect(status).toBe(1);
    expect(report.findings.map((f) => [f.path, f.ruleId, f.status])).toEqual([['notes/tmp.md', 'github-token', 'new']]);
  });

  it('leaves the history alone with --no-history (a squash merge publishes only the final tree)', () => {
    const { dir } = pullRequest([{ 'src/alerts.ts': `export const hook = '${SECRETS.slack}';\n` }, { 'src/alerts.ts': 'export const hook = process.env.HOOK;\n' }]);
    const { status, report } = run(dir, '--no-history');
    expect(status).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('passes a clean pull request, and keeps a value the base already held as existing', () => {
    const dir = gitRepo({ 'README.md': '# app\n', 'legacy.ts': `export const hook = '${SECRETS.slack}';\n` });
    commitAll(dir, 'initial');
    git(dir, 'branch', '-M', 'main');
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeTree(dir, { 'legacy.ts': `export const hook = '${SECRETS.slack}';\nexport const n = 1;\n`, 'src/app.ts': 'export const app = 2;\n' });
    commitAll(dir, 'touch');
    const { status, report } = run(dir);
    expect(status).toBe(0);
    expect(report.findings.map((f) => [f.path, f.status, f.commit])).toEqual([['legacy.ts', 'existing', undefined]]);
  });

  it('honours an inline allow directive in the commit that added the value', () => {
    const { dir } = pullRequest([
      { 'src/alerts.ts': `// boundary-guard-allow escalation-webhook -- documented sample for the alerts guide\nexport const hook = '${SECRETS.slack}';\n` },
      { 'src/alerts.ts': 'export const hook = process.env.HOOK;\n' },
    ]);
    expect(run(dir).status).toBe(0);
  });

  it('rejects --no-history without --diff', () => {
    const dir = gitRepo({ 'README.md': '# app\n' });
    const result = boundaryGuard(dir, ['scan', '--no-history']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('--no-history applies to --diff only');
  });
});

describe('scan --diff in a shallow clone', () => {
  it('exits 2 saying the clone is shallow, how deep it is and what to fetch, and still writes the report file', () => {
    const { dir } = pullRequest([{ 'src/a.ts': 'export const a = 1;\n' }, { 'src/b.ts': 'export const b = 2;\n' }]);
    const clone = join(dir, '..', `${dir.split('/').at(-1) ?? 'repo'}-shallow`);
    git(dir, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${dir}`, clone);
    git(clone, 'fetch', '-q', '--depth', '1', 'origin', 'main:main');
    const result = boundaryGuard(clone, ['scan', '--diff', 'main', '--format', 'sarif', '-o', 'report.sarif']);
    rmSync(clone, { recursive: true, force: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('this clone is shallow, with 1 commit(s)');
    expect(result.stderr).toContain('fetch-depth: 0');
  });
});
