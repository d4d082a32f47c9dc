// Spawns the BUILT binary in real git repositories, as users, hooks and CI run it.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, boundaryGuard, cleanup, commitAll, commitWithHooks as commit, ensureBuilt, git, gitRepo, SECRETS, tempDir, writeTree } from '../scanner/support.js';

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

interface JsonReport {
  findings: { path: string; line: number; ruleId: string; status: string }[];
  summary: { files: number; failing: number };
  skipped: unknown[];
}
const findings = (stdout: string): string[] => (JSON.parse(stdout) as JsonReport).findings.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.status}`);


describe('init and the pre-commit hook', () => {
  it('installs a hook that refuses a commit staging a Slack webhook and accepts it once removed', () => {
    const dir = gitRepo({ 'README.md': '# app\n' });
    commitAll(dir, 'initial');
    const init = boundaryGuard(dir, ['init', '--hook-command', `"${process.execPath}" "${bin}"`]);
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout).toContain('Wrote boundary-guard.config.json.');
    expect(init.stdout).toContain('Installed the pre-commit hook .git/hooks/pre-commit');
    expect(init.stdout).toMatch(/husky[\s\S]*lefthook[\s\S]*pre-commit/u);
    const hook = join(dir, '.git/hooks/pre-commit');
    expect(statSync(hook).mode & 0o111).not.toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain('scan --staged');

    writeTree(dir, { 'ops/alerts.yaml': `channel: ops\nwebhook: ${SECRETS.slack}\n` });
    git(dir, 'add', '-A');
    const refused = commit(dir, 'add alerts');
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('ops/alerts.yaml');
    expect(refused.output).toContain('slack-webhook-url');
    expect(refused.output).not.toContain(SECRETS.slack);
    expect(git(dir, 'log', '--oneline')).not.toContain('add alerts');

    writeTree(dir, { 'ops/alerts.yaml': 'channel: ops\nwebhook: ${SLACK_WEBHOOK_URL}\n' });
    git(dir, 'add', '-A');
    const accepted = commit(dir, 'add alerts');
    expect(accepted.status, accepted.output).toBe(0);
    expect(git(dir, 'log', '--oneline')).toContain('add alerts');
  });

  it('writes the npx hook by default, keeps existing files and refuses a foreign hook unless --force', () => {
    const dir = gitRepo();
    git(dir, 'config', 'core.hooksPath', 'custom-hooks');
    const first = boundaryGuard(dir, ['init']);
    expect(first.status, first.stderr).toBe(0);
    const hook = join(dir, 'custom-hooks/pre-commit');
    expect(readFileSync(hook, 'utf8')).toContain('\nnpx --no-install boundary-guard scan --staged\n');
    // Our own hook is refreshed; the config is kept.
    const again = boundaryGuard(dir, ['init']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Kept boundary-guard.config.json');

    writeFileSync(hook, '#!/bin/sh\nnpm test\n');
    const refused = boundaryGuard(dir, ['init']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('exists and is not ours; left unchanged');
    expect(readFileSync(hook, 'utf8')).toBe('#!/bin/sh\nnpm test\n');
    const forced = boundaryGuard(dir, ['init', '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(hook, 'utf8')).toContain('boundary-guard');

    // The starter config is valid: a scan with it runs clean.
    expect(boundaryGuard(dir, ['scan']).status).toBe(0);
  });
});

describe('built binary', () => {
  it('scan --staged reads the index, not the work tree', () => {
    const dir = gitRepo({ 'a.txt': 'a\n' });
    commitAll(dir);
    writeTree(dir, { 'staged.yaml': `hook: ${SECRETS.slack}\n` });
    git(dir, 'add', 'staged.yaml');
    writeTree(dir, { 'staged.yaml': 'hook: removed\n', 'unstaged.yaml': `hook: ${SECRETS.slack2}\n` });
    const result = boundaryGuard(dir, ['scan', '--staged', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(findings(result.stdout)).toEqual(['staged.yaml:1 slack-webhook-url new']);
  });

  it('scan --diff: one introduced and one pre-existing finding exit 1 with one new and one existing', () => {
    const dir = gitRepo({ 'config/alerts.yaml': `primary: ${SECRETS.slack}\n` });
    commitAll(dir, 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeTree(dir, { 'config/alerts.yaml': `primary: ${SECRETS.slack}\nsecondary: ${SECRETS.slack2}\n`, 'notes.md': 'clean\n' });
    commitAll(dir, 'feature');
    const result = boundaryGuard(dir, ['scan', '--diff', 'main', '--format', 'json']);
    expect(result.status, result.stderr).toBe(1);
    expect(findings(result.stdout)).toEqual(['config/alerts.yaml:1 slack-webhook-url existing', 'config/alerts.yaml:2 slack-webhook-url new']);
    // Only the existing one left in HEAD: the new one is still in the branch's history (exit 1), unless a squash
    // merge publishes the final tree alone (--no-history: exit 0).
    writeTree(dir, { 'config/alerts.yaml': `primary: ${SECRETS.slack}\n` });
    commitAll(dir, 'drop the new one');
    expect(boundaryGuard(dir, ['scan', '--diff', 'main']).status).toBe(1);
    expect(boundaryGuard(dir, ['scan', '--diff', 'main', '--no-history']).status).toBe(0);
  });

  it('baseline: a known finding stays quiet after lines are inserted above it, a new one beside it fails', () => {
    const dir = gitRepo({ 'config/alerts.yaml': `primary: ${SECRETS.slack}\n` });
    commitAll(dir);
    const written = boundaryGuard(dir, ['baseline']);
    expect(written.status, written.stderr).toBe(0);
    const baseline = readFileSync(join(dir, 'boundary-guard.baseline.json'), 'utf8');
    expect(baseline).not.toContain(SECRETS.slack.slice(-12));
    expect(boundaryGuard(dir, ['scan', '--baseline', 'boundary-guard.baseline.json']).status).toBe(0);

    writeTree(dir, { 'config/alerts.yaml': `# alerts\n# owned by ops\n\nprimary: ${SECRETS.slack}\nsecondary: ${SECRETS.slack2}\n` });
    const result = boundaryGuard(dir, ['scan', '--baseline', 'boundary-guard.baseline.json', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(findings(result.stdout)).toEqual(['config/alerts.yaml:4 slack-webhook-url existing', 'config/alerts.yaml:5 slack-webhook-url new']);
  });

  it('gives the same report with worker threads as on the main thread', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 260; i++) files[`src/m${i % 13}/file-${i}.ts`] = i % 37 === 0 ? `export const hook = '${SECRETS.slack}';\n` : `export const value${i} = ${i};\n`;
    files['data/blob.bin'] = '\u0000binary';
    const dir = gitRepo(files);
    // One hash key for the three processes (without one, each would hash with a random key of its own).
    const env = { BOUNDARY_GUARD_HASH_KEY: 'bin-scan-test-hash-key' };
    const single = boundaryGuard(dir, ['scan', '--format', 'json', '--concurrency', 'off'], undefined, env);
    const pooled = boundaryGuard(dir, ['scan', '--format', 'json', '--concurrency', '2'], undefined, env);
    const auto = boundaryGuard(dir, ['scan', '--format', 'json'], undefined, env);
    expect(single.status).toBe(1);
    const strip = (out: string): unknown => {
      const report = JSON.parse(out) as { summary: Record<string, unknown> };
      delete report.summary.durationMs;
      return report;
    };
    expect(strip(pooled.stdout)).toEqual(strip(single.stdout));
    expect(strip(auto.stdout)).toEqual(strip(single.stdout));
    expect((JSON.parse(single.stdout) as JsonReport).summary.failing).toBe(8);
  });

  it('scans tracked files, then the untracked ones git lists later, and skips ignored ones, with or without workers', () => {
    // Over a thousand tracked files: the workers start on them while git still lists the untracked ones.
    const files: Record<string, string> = { '.gitignore': 'secrets/\n' };
    for (let i = 0; i < 1100; i++) files[`src/m${i % 23}/file-${i}.ts`] = i === 700 ? `export const hook = '${SECRETS.slack}';\n` : `export const value${i} = ${i};\n`;
    const dir = gitRepo(files);
    commitAll(dir, 'initial');
    writeTree(dir, {
      'notes/untracked.md': `token: ${SECRETS.github}\n`,
      'src/m1/new-file.ts': `export const hook = '${SECRETS.slack2}';\n`,
      'secrets/ignored.env': `HOOK=${SECRETS.slack}\n`,
    });
    const auto = boundaryGuard(dir, ['scan', '--format', 'json']);
    const single = boundaryGuard(dir, ['scan', '--format', 'json', '--concurrency', 'off']);
    expect(auto.status, auto.stderr).toBe(1);
    expect(findings(auto.stdout)).toEqual([
      'notes/untracked.md:1 github-token new',
      'src/m1/new-file.ts:1 slack-webhook-url new',
      'src/m10/file-700.ts:1 slack-webhook-url new',
    ]);
    expect((JSON.parse(auto.stdout) as JsonReport).summary.files).toBe(1103);
    expect(findings(single.stdout)).toEqual(findings(auto.stdout));
  });

  it('gives the same report where WebAssembly is unavailable (node --jitless), walking keywords in JavaScript', () => {
    const dir = gitRepo({
      'ops/alerts.yaml': `# Überwachung — 警报\nchannel: ops\nwebhook: ${SECRETS.slack}\n`,
      'src/token.ts': `// ключ\nexport const t = '${SECRETS.github}';\n`,
      'docs/notes.md': `Ł: ${'x'.repeat(5000)}\nprimary: ${SECRETS.slack2}\n`,
    });
    const run = (nodeArgs: string[]): ReturnType<typeof spawnSync> =>
      spawnSync(process.execPath, [...nodeArgs, bin, 'scan', '--format', 'json'], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    const wasm = run([]);
    const jitless = run(['--jitless']);
    expect(wasm.status, String(wasm.stderr)).toBe(1);
    expect(jitless.status, String(jitless.stderr)).toBe(1);
    expect(findings(String(jitless.stdout))).toEqual(findings(String(wasm.stdout)));
    expect(findings(String(wasm.stdout))).toEqual([
      'docs/notes.md:2 slack-webhook-url new',
      'ops/alerts.yaml:3 slack-webhook-url new',
      'src/token.ts:2 github-token new',
    ]);
  });

  it('keeps the keyword tables in the cache directory, and a damaged or missing cache changes no report', () => {
    const dir = gitRepo({ 'README.md': '# app\n' });
    commitAll(dir, 'initial');
    writeTree(dir, { 'ops/alerts.yaml': `webhook: ${SECRETS.slack}\n`, 'src/token.ts': `export const t = '${SECRETS.github}';\n` });
    git(dir, 'add', '-A');
    const cache = join(tempDir(), 'cache');
    const run = (env: Record<string, string>): unknown => {
      const result = boundaryGuard(dir, ['scan', '--staged', '--format', 'json'], undefined, { BOUNDARY_GUARD_HASH_KEY: 'bin-scan-test-hash-key', ...env });
      expect(result.status, result.stderr).toBe(1);
      const report = JSON.parse(result.stdout) as { summary: Record<string, unknown> };
      delete report.summary.durationMs;
      return report;
    };
    const uncached = run({ BOUNDARY_GUARD_CACHE_DIR: '' });
    expect(existsSync(cache)).toBe(false);
    expect(findings(JSON.stringify(uncached))).toEqual(['ops/alerts.yaml:1 slack-webhook-url new', 'src/token.ts:1 github-token new']);
    expect(run({ BOUNDARY_GUARD_CACHE_DIR: cache })).toEqual(uncached);
    const [file] = readdirSync(cache);
    expect(file).toMatch(/^keywords-[0-9a-f]{32}\.bin$/u);
    const tables = join(cache, file ?? '');
    const sound = readFileSync(tables);
    expect(run({ BOUNDARY_GUARD_CACHE_DIR: cache })).toEqual(uncached);
    writeFileSync(tables, Buffer.concat([sound.subarray(0, 4000), Buffer.alloc(64, 0xff), sound.subarray(4064)]));
    expect(run({ BOUNDARY_GUARD_CACHE_DIR: cache })).toEqual(uncached);
    expect(readFileSync(tables).equals(sound)).toBe(true);
  });

  it('reads stdin', () => {
    const dir = gitRepo();
    const piped = boundaryGuard(dir, ['scan', '--stdin', '--stdin-filename', 'a.env', '--format', 'json'], `HOOK=${SECRETS.slack}\n`);
    expect(piped.status).toBe(1);
    expect(findings(piped.stdout)).toEqual(['a.env:1 slack-webhook-url new']);
    expect(existsSync(bin)).toBe(true);
  });
});
