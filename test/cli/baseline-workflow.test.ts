// Baselines in hooks and CI: the config's `baseline`, stale entries, --prune, --list, renames and the
// hook command, each run with the BUILT binary in real git repositories.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import githubToken from '../../patterns/connector-credential/github-token.js';
import { sampleValue } from '../support/embed.js';
import { bin, boundaryGuard, cleanup, commitAll, commitWithHooks as commit, ensureBuilt, git, gitRepo, SECRETS, writeTree } from '../scanner/support.js';

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

interface JsonReport {
  findings: { path: string; line: number; ruleId: string; status: string }[];
  warnings: { code: string; path?: string; message: string }[];
}
interface BaselineJson {
  hashKey?: string;
  entries: { fingerprint: string; ruleId: string; path: string; count: number; valueHash?: string }[];
}

const report = (stdout: string): JsonReport => JSON.parse(stdout) as JsonReport;
const findings = (stdout: string): string[] => report(stdout).findings.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.status}`);
const stale = (stdout: string): string[] => report(stdout).warnings.filter((w) => w.code === 'stale-baseline-entry').map((w) => w.path ?? '');
const readBaselineFile = (dir: string, name = 'boundary-guard.baseline.json'): BaselineJson => JSON.parse(readFileSync(join(dir, name), 'utf8')) as BaselineJson;
const entries = (dir: string, name?: string): string[] => readBaselineFile(dir, name).entries.map((e) => `${e.path} ${e.ruleId} ${e.count}`);
/** A fifth value, made at run time like SECRETS: a token no baseline has seen. */
const GITHUB3 = sampleValue(githubToken.samples().positive[2] ?? '');
const noValue = (text: string): void => {
  for (const value of [...Object.values(SECRETS), GITHUB3]) expect(text).not.toContain(value.slice(-12));
};
/** A hook command that runs the built binary. */
const cli = `"${process.execPath}" "${bin}"`;
/** Secret-free filler, so that git sees a file moved with a line changed as a rename. */
const filler = Array.from({ length: 30 }, (_, i) => `setting_${i}: value ${i}`).join('\n');


/** Adds `baseline` to the repository's config (written by init, or a new one). */
function nameBaseline(dir: string, file: string): void {
  const path = join(dir, 'boundary-guard.config.json');
  let config: Record<string, unknown> = {};
  try {
    config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    // No config yet.
  }
  writeFileSync(path, `${JSON.stringify({ ...config, baseline: file }, null, 2)}\n`);
}

describe('the config names the baseline', () => {
  it('lets the pre-commit hook through with baselined findings, follows a rename, and still blocks a new finding', () => {
    const dir = gitRepo({ 'ops/alerts.yaml': `channel: ops\nwebhook: ${SECRETS.slack}\n` });
    commitAll(dir, 'initial');
    expect(boundaryGuard(dir, ['init', '--hook-command', cli]).status).toBe(0);
    const written = boundaryGuard(dir, ['baseline']);
    expect(written.status, written.stderr).toBe(0);
    expect(written.stdout).toContain('Name it in boundary-guard.config.json ("baseline": "boundary-guard.baseline.json")');
    nameBaseline(dir, 'boundary-guard.baseline.json');
    git(dir, 'add', '-A');
    const setup = commit(dir, 'baseline');
    expect(setup.status, setup.output).toBe(0);

    // A commit touching the baselined file passes: its finding is known.
    writeTree(dir, { 'ops/alerts.yaml': `# owned by ops\nchannel: ops\nwebhook: ${SECRETS.slack}\n` });
    git(dir, 'add', '-A');
    const touched = commit(dir, 'comment the alerts');
    expect(touched.status, touched.output).toBe(0);

    // Renamed: git reports the rename, the entry follows.
    git(dir, 'mv', 'ops/alerts.yaml', 'ops/paging.yaml');
    const renamed = commit(dir, 'rename the alerts');
    expect(renamed.status, renamed.output).toBe(0);
    // A tree scan finds the entry by detector and value hash: the only stale entry of that value.
    const tree = boundaryGuard(dir, ['scan', '--format', 'json']);
    expect(tree.status, tree.stderr).toBe(0);
    expect(findings(tree.stdout)).toEqual(['ops/paging.yaml:3 slack-webhook-url existing']);
    expect(stale(tree.stdout)).toEqual([]);

    // A new finding still blocks the commit.
    writeTree(dir, { 'ops/escalation.yaml': `webhook: ${SECRETS.slack2}\n` });
    git(dir, 'add', '-A');
    const refused = commit(dir, 'add escalation');
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('ops/escalation.yaml');
    expect(refused.output).not.toContain('ops/paging.yaml');
    noValue(refused.output);
  });

  it('resolves the baseline relative to the config file, and --baseline wins over it', () => {
    const dir = gitRepo({ 'a.yaml': `hook: ${SECRETS.slack}\n` });
    commitAll(dir);
    expect(boundaryGuard(dir, ['baseline', '-o', 'ci/known.json']).status).toBe(0);
    writeTree(dir, { 'ci/guard.json': `${JSON.stringify({ baseline: 'known.json' })}\n` });
    expect(boundaryGuard(dir, ['scan', '--config', 'ci/guard.json']).status).toBe(0);
    // From a subdirectory too.
    expect(boundaryGuard(join(dir, 'ci'), ['scan', '--config', 'guard.json', '..']).status).toBe(0);
    // Without the key the finding fails.
    expect(boundaryGuard(dir, ['scan']).status).toBe(1);

    // The config names a file that is missing: exit 2 with the file named, unless --baseline names another.
    nameBaseline(dir, 'missing.json');
    const missing = boundaryGuard(dir, ['scan', '--staged']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('missing.json (named by "baseline" in boundary-guard.config.json): cannot read the baseline (ENOENT)');
    expect(missing.stderr).not.toMatch(/\n\s+at /u);
    expect(boundaryGuard(dir, ['scan', '--baseline', 'ci/known.json']).status).toBe(0);

    // A broken baseline: exit 2, a message, no stack trace.
    writeTree(dir, { 'broken.json': '{ "version": 2, "entries": [ ' });
    nameBaseline(dir, 'broken.json');
    for (const args of [['scan'], ['scan', '--diff', 'HEAD'], ['baseline', '--prune'], ['baseline', '--list']]) {
      const broken = boundaryGuard(dir, args);
      expect(broken.status, args.join(' ')).toBe(2);
      expect(broken.stderr).toContain('broken.json (named by "baseline" in boundary-guard.config.json): the baseline is not valid JSON');
      expect(broken.stderr).not.toMatch(/\n\s+at /u);
    }
    // Writing a new baseline does not read the broken one it replaces.
    const rewritten = boundaryGuard(dir, ['baseline']);
    expect(rewritten.status, rewritten.stderr).toBe(0);
    expect(rewritten.stdout).toContain('Wrote broken.json');
    expect(boundaryGuard(dir, ['scan']).status).toBe(0);
  });
});

describe('stale entries', () => {
  it('are warned about in a tree scan, and in --staged and --diff only for the files in scope', () => {
    const dir = gitRepo({ 'a.yaml': `hook: ${SECRETS.slack}\n`, 'b.yaml': `hook: ${SECRETS.slack2}\n`, 'notes.md': 'notes\n' });
    commitAll(dir, 'base');
    expect(boundaryGuard(dir, ['baseline']).status).toBe(0);
    nameBaseline(dir, 'boundary-guard.baseline.json');
    commitAll(dir, 'baseline');
    git(dir, 'checkout', '-q', '-b', 'feature');

    // a.yaml fixed in the work tree, only notes.md staged: nothing in scope is stale.
    writeTree(dir, { 'a.yaml': 'hook: ${SLACK_WEBHOOK_URL}\n', 'notes.md': 'more notes\n' });
    git(dir, 'add', 'notes.md');
    const notesOnly = boundaryGuard(dir, ['scan', '--staged', '--format', 'json']);
    expect(notesOnly.status, notesOnly.stderr).toBe(0);
    expect(stale(notesOnly.stdout)).toEqual([]);

    git(dir, 'add', 'a.yaml');
    const staged = boundaryGuard(dir, ['scan', '--staged', '--format', 'json']);
    expect(staged.status, staged.stderr).toBe(0);
    expect(stale(staged.stdout)).toEqual(['a.yaml']);
    const warning = report(staged.stdout).warnings[0]?.message ?? '';
    expect(warning).toMatch(/slack-webhook-url, fingerprint [0-9a-f]{12}\b/u);
    expect(warning).toContain('boundary-guard baseline --prune');
    noValue(staged.stdout);

    const stylish = boundaryGuard(dir, ['scan', '--staged']);
    expect(stylish.stdout).toMatch(/a\.yaml: baseline entry matches no finding any more \(fixed\?\): slack-webhook-url, fingerprint [0-9a-f]{12}/u);
    expect(stylish.stdout).not.toContain('b.yaml');

    const tree = boundaryGuard(dir, ['scan', '--format', 'json']);
    expect(tree.status).toBe(0);
    expect(stale(tree.stdout)).toEqual(['a.yaml']);
    // A tree scan of some paths judges only those.
    expect(stale(boundaryGuard(dir, ['scan', 'b.yaml', 'notes.md', '--format', 'json']).stdout)).toEqual([]);

    commitAll(dir, 'fix a');
    const diff = boundaryGuard(dir, ['scan', '--diff', 'main', '--format', 'json']);
    expect(diff.status, diff.stderr).toBe(0);
    expect(stale(diff.stdout)).toEqual(['a.yaml']);
    // b.yaml deleted in the branch: its entry is in scope (deleted), and stale.
    rmSync(join(dir, 'b.yaml'));
    commitAll(dir, 'drop b');
    expect(stale(boundaryGuard(dir, ['scan', '--diff', 'main', '--format', 'json']).stdout)).toEqual(['a.yaml', 'b.yaml']);
  });

  it('--diff: a renamed file whose secret line moved keeps its entry; a copy of a baselined value is new', () => {
    const dir = gitRepo({ 'config/alerts.yaml': `webhook: ${SECRETS.slack}\n${filler}\n` });
    commitAll(dir, 'base');
    expect(boundaryGuard(dir, ['baseline']).status).toBe(0);
    nameBaseline(dir, 'boundary-guard.baseline.json');
    commitAll(dir, 'baseline');
    git(dir, 'checkout', '-q', '-b', 'feature');
    git(dir, 'mv', 'config/alerts.yaml', 'config/paging.yaml');
    // The line moves to the end: the diff adds it, the baseline knows it.
    writeTree(dir, { 'config/paging.yaml': `${filler}\nwebhook: ${SECRETS.slack}\n` });
    commitAll(dir, 'rename');
    const moved = boundaryGuard(dir, ['scan', '--diff', 'main', '--format', 'json']);
    expect(moved.status, moved.stdout).toBe(0);
    expect(findings(moved.stdout)).toEqual(['config/paging.yaml:31 slack-webhook-url existing']);
    expect(stale(moved.stdout)).toEqual([]);

    // A copy elsewhere while the renamed file keeps the value: new (git names the rename, the copy is left).
    writeTree(dir, { 'config/copy.yaml': `webhook: ${SECRETS.slack}\n` });
    commitAll(dir, 'copy');
    const copied = boundaryGuard(dir, ['scan', '--diff', 'main', '--format', 'json']);
    expect(copied.status).toBe(1);
    expect(findings(copied.stdout)).toEqual(['config/copy.yaml:1 slack-webhook-url new', 'config/paging.yaml:31 slack-webhook-url existing']);
    // A tree scan has no rename to go by: two findings of the value for one entry of one finding, so neither is guessed.
    expect(findings(boundaryGuard(dir, ['scan', '--format', 'json']).stdout)).toEqual(['config/copy.yaml:1 slack-webhook-url new', 'config/paging.yaml:31 slack-webhook-url new']);
  });

  it('a value baselined in two files that both moved without git saying where is new, not guessed', () => {
    const dir = gitRepo({ 'a.yaml': `hook: ${SECRETS.slack}\n`, 'b.yaml': `hook: ${SECRETS.slack}\n` });
    commitAll(dir);
    expect(boundaryGuard(dir, ['baseline']).status).toBe(0);
    rmSync(join(dir, 'a.yaml'));
    rmSync(join(dir, 'b.yaml'));
    writeTree(dir, { 'c.yaml': `hook: ${SECRETS.slack}\n` });
    const result = boundaryGuard(dir, ['scan', '--baseline', 'boundary-guard.baseline.json', '--format', 'json']);
    expect(result.status).toBe(1);
    expect(findings(result.stdout)).toEqual(['c.yaml:1 slack-webhook-url new']);
    expect(stale(result.stdout)).toEqual(['a.yaml', 'b.yaml']);
  });
});

describe('baseline --prune and --list', () => {
  it('--prune drops fixed findings, lowers counts, follows a move, adds nothing, and prints no value', () => {
    const dir = gitRepo({
      'a.yaml': `primary: ${SECRETS.slack}\nsecondary: ${SECRETS.slack2}\nagain: ${SECRETS.slack2}\n`,
      'b.env': `GITHUB_TOKEN=${SECRETS.github}\n`,
      'old/c.env': `GITHUB_TOKEN=${SECRETS.github2}\n`,
    });
    commitAll(dir);
    expect(boundaryGuard(dir, ['baseline']).status).toBe(0);
    expect(entries(dir).sort()).toEqual(['a.yaml slack-webhook-url 1', 'a.yaml slack-webhook-url 2', 'b.env github-token 1', 'old/c.env github-token 1']);

    // Fixed: primary, one of the two secondaries, b.env; moved: old/c.env; new: d.env (never added).
    writeTree(dir, { 'a.yaml': `primary: \${SLACK}\nsecondary: ${SECRETS.slack2}\n`, 'new/c.env': `GITHUB_TOKEN=${SECRETS.github2}\n`, 'd.env': `GITHUB_TOKEN=${GITHUB3}\n` });
    rmSync(join(dir, 'b.env'));
    rmSync(join(dir, 'old'), { recursive: true });
    const before = readBaselineFile(dir);
    const pruned = boundaryGuard(dir, ['baseline', '--prune']);
    expect(pruned.status, pruned.stderr).toBe(0);
    expect(pruned.stdout).toContain('Pruned boundary-guard.baseline.json: dropped 2 entries, lowered 1 count, followed 1 move (3 findings fixed); 2 entries left.');
    expect(pruned.stdout).toContain('  dropped  a.yaml slack-webhook-url');
    expect(pruned.stdout).toContain('  dropped  b.env github-token');
    expect(pruned.stdout).toContain('  lowered  a.yaml slack-webhook-url: 2 -> 1');
    expect(pruned.stdout).toContain('  moved    old/c.env github-token -> new/c.env');
    noValue(pruned.stdout + pruned.stderr);
    const after = readBaselineFile(dir);
    expect(entries(dir)).toEqual(['a.yaml slack-webhook-url 1', 'new/c.env github-token 1']);
    expect(after.hashKey).toBe(before.hashKey);
    noValue(readFileSync(join(dir, 'boundary-guard.baseline.json'), 'utf8'));
    // The kept entry is the one still there; the new finding is still new.
    const scan = boundaryGuard(dir, ['scan', '--baseline', 'boundary-guard.baseline.json', '--format', 'json']);
    expect(findings(scan.stdout)).toEqual(['a.yaml:2 slack-webhook-url existing', 'd.env:1 github-token new', 'new/c.env:1 github-token existing']);
    expect(stale(scan.stdout)).toEqual([]);

    const again = boundaryGuard(dir, ['baseline', '--prune']);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('Nothing to prune in boundary-guard.baseline.json');
  });

  it('--prune keeps the entries of files outside the scanned paths, and refuses to prune without the key', () => {
    const key = Array.from({ length: 24 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    const dir = gitRepo({ 'a.yaml': `hook: ${SECRETS.slack}\n`, 'src/b.yaml': `hook: ${SECRETS.slack2}\n` });
    commitAll(dir);
    expect(boundaryGuard(dir, ['baseline', '-o', 'bl.json'], undefined, { BOUNDARY_GUARD_HASH_KEY: key }).status).toBe(0);
    expect(readBaselineFile(dir, 'bl.json').hashKey).toBeUndefined();
    rmSync(join(dir, 'a.yaml'));
    rmSync(join(dir, 'src/b.yaml'));
    const written = readFileSync(join(dir, 'bl.json'), 'utf8');

    // A scan without the key says why nothing matches, instead of calling every entry stale.
    const unkeyed = boundaryGuard(dir, ['scan', '--baseline', 'bl.json', '--format', 'json']);
    expect(report(unkeyed.stdout).warnings.map((w) => w.code)).toEqual(['unstable-hash-key']);
    expect(report(unkeyed.stdout).warnings[0]?.message).toContain('the baseline holds no hash key and none is configured');

    const keyless = boundaryGuard(dir, ['baseline', '--prune', '--baseline', 'bl.json']);
    expect(keyless.status).toBe(2);
    expect(keyless.stderr).toContain('holds no hash key and none is configured');
    expect(readFileSync(join(dir, 'bl.json'), 'utf8')).toBe(written);

    const some = boundaryGuard(dir, ['baseline', '--prune', '--baseline', 'bl.json', 'src'], undefined, { BOUNDARY_GUARD_HASH_KEY: key });
    expect(some.status, some.stderr).toBe(0);
    expect(entries(dir, 'bl.json')).toEqual(['a.yaml slack-webhook-url 1']);
  });

  it('--list prints path, detector, count and fingerprint prefix (text and json), never a value or the key', () => {
    const dir = gitRepo({ 'a.yaml': `one: ${SECRETS.slack}\ntwo: ${SECRETS.slack}\n`, 'b.env': `GITHUB_TOKEN=${SECRETS.github}\n` });
    commitAll(dir);
    expect(boundaryGuard(dir, ['baseline']).status).toBe(0);
    const baseline = readBaselineFile(dir);
    const text = boundaryGuard(dir, ['baseline', '--list']);
    expect(text.status, text.stderr).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('boundary-guard.baseline.json: 2 entries, 3 findings (the file holds its hash key)');
    expect(lines[1]).toMatch(/^ {2}PATH\s+DETECTOR\s+COUNT\s+FINGERPRINT$/u);
    expect(lines.slice(2).map((l) => l.trim().split(/\s+/u))).toEqual(baseline.entries.map((e) => [e.path, e.ruleId, String(e.count), e.fingerprint.slice(0, 12)]));
    noValue(text.stdout);
    expect(text.stdout).not.toContain(baseline.hashKey);

    const json = boundaryGuard(dir, ['baseline', '--list', '--format', 'json']);
    expect(json.status).toBe(0);
    expect(json.stdout).not.toContain(baseline.hashKey);
    const listed = JSON.parse(json.stdout) as { file: string; hashKeyStored: boolean; findings: number; entries: { path: string; ruleId: string; count: number; fingerprint: string }[] };
    expect(listed).toMatchObject({ file: 'boundary-guard.baseline.json', hashKeyStored: true, findings: 3 });
    expect(listed.entries.map((e) => `${e.path} ${e.ruleId} ${e.count} ${e.fingerprint}`)).toEqual(baseline.entries.map((e) => `${e.path} ${e.ruleId} ${e.count} ${e.fingerprint}`));

    expect(boundaryGuard(dir, ['baseline', '--format', 'json']).status).toBe(2);
    expect(boundaryGuard(dir, ['baseline', '--list', '--prune']).status).toBe(2);
    const none = boundaryGuard(dir, ['baseline', '--list', '--baseline', 'nothing.json']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('nothing.json: cannot read the baseline (ENOENT)');
  });
});

describe('init --hook-command', () => {
  for (const [name, command] of [
    ['an environment assignment before the program', `BOUNDARY_GUARD_FILE_TIMEOUT_MS=60000 ${cli}`],
    ['a command list', `cd . && ${cli}`],
    ['the whole command, scan --staged included', `${cli} scan --staged`],
  ] as const) {
    it(`writes a hook that runs as-is: ${name}`, () => {
      const dir = gitRepo({ 'README.md': '# app\n' });
      commitAll(dir, 'initial');
      const init = boundaryGuard(dir, ['init', '--hook-command', command]);
      expect(init.status, init.stderr).toBe(0);
      const hook = readFileSync(join(dir, '.git/hooks/pre-commit'), 'utf8');
      expect(hook.trimEnd().split('\n').at(-1)).toBe(command.endsWith('scan --staged') ? command : `${command} scan --staged`);
      expect(init.stdout).toContain(`run: ${command.endsWith('scan --staged') ? command : `${command} scan --staged`}`);

      writeTree(dir, { 'ops/alerts.yaml': `webhook: ${SECRETS.slack}\n` });
      git(dir, 'add', '-A');
      const refused = commit(dir, 'add alerts');
      expect(refused.status).not.toBe(0);
      expect(refused.output).toContain('slack-webhook-url');
      noValue(refused.output);

      writeTree(dir, { 'ops/alerts.yaml': 'webhook: ${SLACK_WEBHOOK_URL}\n' });
      git(dir, 'add', '-A');
      const accepted = commit(dir, 'add alerts');
      expect(accepted.status, accepted.output).toBe(0);
    });
  }

  it('refuses a command that runs another scan', () => {
    const dir = gitRepo();
    const result = boundaryGuard(dir, ['init', '--hook-command', `${cli} scan`]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("init adds 'scan --staged'");
  });
});
