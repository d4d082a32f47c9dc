// The pre-commit framework's hook (.pre-commit-hooks.yaml), run by the real `pre-commit` (Debian's 3.0
// in CI, which .ci/run installs) against this repository, as a user's .pre-commit-config.yaml would.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryGuard, cleanup, commitAll, ensureBuilt, git, gitRepo, repoRoot, SECRETS, tempDir, writeTree } from '../scanner/support.js';

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

const version = (): string | undefined => {
  const probe = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
};
const preCommit = version();
/** CI installs pre-commit; elsewhere the framework test runs where it is installed. */
const required = process.env.CI === 'true';

describe('the pre-commit framework hook', () => {
  it('runs the committed build in hook/, which is the current build of the sources', () => {
    const bundle = join(repoRoot, 'dist/bundle');
    const hook = join(repoRoot, 'hook');
    const built = readdirSync(bundle).sort();
    expect(readdirSync(hook).filter((name) => name.endsWith('.js')).sort()).toEqual(built);
    for (const name of built) expect(readFileSync(join(hook, name)).equals(readFileSync(join(bundle, name))), `hook/${name}`).toBe(true);
    expect(statSync(join(hook, 'cli.js')).mode & 0o111).not.toBe(0);
    expect(git(repoRoot, 'ls-files', '-s', 'hook/cli.js')).toMatch(/^100755 /u);
    const manifest = readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
    expect(manifest).toMatch(/^ {2}entry: hook\/cli\.js$/mu);
    expect(manifest).toMatch(/^ {2}language: script$/mu);
    if (required) {
      // A clean clone has just been built: hook/ as committed must be what the build wrote.
      expect(git(repoRoot, 'status', '--porcelain', '--', 'hook'), 'hook/ is not the build of this commit: run npm run build and commit hook/').toBe('');
    }
  });

  it('prints the pre-commit framework snippet with the real rev', () => {
    const dir = gitRepo();
    const init = boundaryGuard(dir, ['init', '--no-hook']);
    expect(init.status, init.stderr).toBe(0);
    const { version: packageVersion } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(init.stdout).toContain(`rev: v${packageVersion}`);
    expect(init.stdout).toContain('- id: boundary-guard');
  });

  it.skipIf(!preCommit && !required)(
    'try-repo blocks a staged webhook and passes a clean commit (pre-commit installed)',
    () => {
      expect(preCommit, 'pre-commit is not installed (.ci/run installs Debian\'s package)').toBeDefined();
      const dir = gitRepo({ 'README.md': '# app\n' });
      commitAll(dir, 'initial');
      const env = { ...process.env, PRE_COMMIT_HOME: tempDir('bg-pre-commit-home-'), NO_COLOR: '1' };
      const tryRepo = (): { status: number | null; output: string } => {
        const run = spawnSync('pre-commit', ['try-repo', repoRoot, 'boundary-guard'], { cwd: dir, env, encoding: 'utf8', timeout: 240_000 });
        return { status: run.status, output: `${run.stdout}${run.stderr}` };
      };

      writeTree(dir, { 'ops/alerts.yaml': `channel: ops\nwebhook: ${SECRETS.slack}\n` });
      git(dir, 'add', '-A');
      const blocked = tryRepo();
      expect(blocked.status, blocked.output).toBe(1);
      expect(blocked.output).toMatch(/boundary-guard\.+Failed/u);
      expect(blocked.output).toContain('ops/alerts.yaml');
      expect(blocked.output).toContain('slack-webhook-url');
      expect(blocked.output).not.toContain(SECRETS.slack);

      writeTree(dir, { 'ops/alerts.yaml': 'channel: ops\nwebhook: ${SLACK_WEBHOOK_URL}\n' });
      git(dir, 'add', '-A');
      const passed = tryRepo();
      expect(passed.status, passed.output).toBe(0);
      expect(passed.output).toMatch(/boundary-guard\.+Passed/u);
    },
    600_000,
  );
});
