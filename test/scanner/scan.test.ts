import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, createBaseline, formatBaseline, scan, UsageError } from '../../src/scanner/index.js';
import { cleanup, commitAll, git, gitRepo, SECRETS, tempDir, writeTree } from './support.js';

afterAll(cleanup);

const slackLine = (key = 'webhook'): string => `${key}: ${SECRETS.slack}\n`;
const ids = (report: { findings: readonly { path: string; ruleId: string; line: number; status: string }[] }): string[] =>
  report.findings.map((f) => `${f.path}:${f.line} ${f.ruleId} ${f.status}`);

describe('tree scan', () => {
  it('reads tracked and untracked files, leaves ignored ones, and keeps fingerprints independent of the working directory', async () => {
    const dir = gitRepo({
      '.gitignore': 'ignored/\n',
      'tracked/alerts.yaml': slackLine(),
      'ignored/alerts.yaml': slackLine(),
      'docs/readme.md': '# Nothing to see\n',
    });
    commitAll(dir);
    writeTree(dir, { 'untracked.env': `TOKEN=${SECRETS.github}\n` });
    const report = await scan({ cwd: dir });
    expect(ids(report)).toEqual(['tracked/alerts.yaml:1 slack-webhook-url new', 'untracked.env:1 github-token new']);
    expect(report.stats.files).toBe(4);

    mkdirSync(join(dir, 'sub'));
    const fromSub = await scan({ cwd: join(dir, 'sub'), paths: ['..'] });
    expect(fromSub.findings.map((f) => f.fingerprint)).toEqual(report.findings.map((f) => f.fingerprint));
    expect(fromSub.cwd).not.toBe(fromSub.root);
  });

  it('limits the scan to the paths given', async () => {
    const dir = gitRepo({ 'a/one.yaml': slackLine(), 'b/two.yaml': slackLine() });
    commitAll(dir);
    const report = await scan({ cwd: dir, paths: ['b'] });
    expect(ids(report)).toEqual(['b/two.yaml:1 slack-webhook-url new']);
    await expect(scan({ cwd: dir, paths: ['missing'] })).rejects.toThrow(UsageError);
  });

  it('walks the file system without git, never entering .git or node_modules', async () => {
    const dir = tempDir();
    writeTree(dir, { 'config/a.yaml': slackLine(), 'node_modules/dep/b.yaml': slackLine(), '.git/c.yaml': slackLine(), '.hidden/d.yaml': slackLine() });
    const report = await scan({ cwd: dir, git: false });
    expect(ids(report)).toEqual(['.hidden/d.yaml:1 slack-webhook-url new', 'config/a.yaml:1 slack-webhook-url new']);
  });

  it('walks without following symlinked directories, loops included, and takes paths literally', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.yaml'), slackLine());
    const dir = tempDir();
    writeTree(dir, { 'src/[id]/a.yaml': slackLine(), 'src/i/b.yaml': slackLine(), 'node_modules/dep/c.yaml': slackLine() });
    symlinkSync(outside, join(dir, 'src', 'linked'));
    symlinkSync('.', join(dir, 'src', 'loop'));
    const report = await scan({ cwd: dir, git: false });
    expect(ids(report)).toEqual(['src/[id]/a.yaml:1 slack-webhook-url new', 'src/i/b.yaml:1 slack-webhook-url new']);
    expect(report.skipped).toEqual([
      { path: 'src/linked', reason: 'symlink' },
      { path: 'src/loop', reason: 'symlink' },
    ]);
    // A bracket in a path is a character, not a glob class matching `i`; a path into node_modules is scanned as asked.
    expect(ids(await scan({ cwd: dir, git: false, paths: ['src/[id]'] }))).toEqual(['src/[id]/a.yaml:1 slack-webhook-url new']);
    expect(ids(await scan({ cwd: dir, git: false, paths: ['node_modules/dep'] }))).toEqual(['node_modules/dep/c.yaml:1 slack-webhook-url new']);
  });

  it('lists known binaries, symlinks and special files as skipped (special files also as errors), scans oversized files, and scans invalid UTF-8 with a warning', async () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'secret.yaml'), slackLine());
    const dir = tempDir();
    writeTree(dir, {
      'boundary-guard.config.json': JSON.stringify({ maxFileSize: 4096 }),
      'image.png': Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]), Buffer.from(slackLine())]),
      // Larger than one read: its size is still the file's, though only its first part is read.
      'clip.mp4': Buffer.concat([Buffer.from([0, 0, 0, 0x20]), Buffer.from('ftypisom'), Buffer.alloc(3 * 1024 * 1024, 0x41)]),
      'bundle.min.js': `${'x'.repeat(5000)}${slackLine()}`,
      'latin1.txt': Buffer.concat([Buffer.from('caf\xe9 ', 'latin1'), Buffer.from(slackLine())]),
    });
    symlinkSync(join(outside, 'secret.yaml'), join(dir, 'link.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const report = await scan({ cwd: dir, git: false });
    expect(report.skipped).toEqual([
      { path: 'clip.mp4', reason: 'binary', size: 12 + 3 * 1024 * 1024, format: 'iso-media' },
      { path: 'image.png', reason: 'binary', size: 8 + slackLine().length, format: 'png' },
      { path: 'link.yaml', reason: 'symlink' },
      { path: 'pipe.yaml', reason: 'special-file' },
    ]);
    expect(ids(report)).toEqual(['bundle.min.js:1 slack-webhook-url new', 'latin1.txt:1 slack-webhook-url new']);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'invalid-utf8', path: 'latin1.txt' })]);
    expect(report.errors).toEqual([expect.objectContaining({ code: 'not-scanned', path: 'pipe.yaml' })]);
  });

  it('reports a file that cannot be read as an error, never a silent pass', async () => {
    const dir = gitRepo({ 'ok.txt': 'fine\n' });
    // A name that is not UTF-8 cannot be opened through a JavaScript string.
    writeFileSync(Buffer.from(join(dir, 'bad-\xff.txt'), 'latin1'), slackLine());
    const report = await scan({ cwd: dir });
    expect(report.errors).toEqual([expect.objectContaining({ code: 'read-error', message: expect.stringContaining('not valid UTF-8') as string })]);
  });

  it('reports an inline directive without a reason as an error', async () => {
    const dir = gitRepo({ 'a.ts': `// boundary-guard-allow slack-webhook-url\nconst url = '${SECRETS.slack}';\n` });
    const report = await scan({ cwd: dir });
    expect(report.errors).toEqual([expect.objectContaining({ code: 'invalid-directive', path: 'a.ts', line: 1 })]);
    expect(ids(report)).toEqual(['a.ts:2 slack-webhook-url new']);
    writeFileSync(
      join(dir, 'boundary-guard.config.json'),
      JSON.stringify({ suppressions: [{ rule: 'invalid-directive', files: 'a.ts', reason: 'this file tests the directive parser' }] }),
    );
    const allowed = await scan({ cwd: dir });
    expect(allowed.errors).toEqual([]);
    expect(ids(allowed)).toEqual(['a.ts:2 slack-webhook-url new']);
  });

  it('splits the file set into stable, disjoint shards', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`f${i}.yaml`, slackLine()]));
    const dir = gitRepo(files);
    const all = (await scan({ cwd: dir })).findings.map((f) => f.path);
    const shards = await Promise.all([1, 2, 3].map((index) => scan({ cwd: dir, shard: { index, count: 3 } })));
    const parts = shards.map((r) => r.findings.map((f) => f.path));
    expect(parts.flat().sort()).toEqual([...all].sort());
    expect(parts.every((p) => p.length > 0)).toBe(true);
    const again = await scan({ cwd: dir, shard: { index: 2, count: 3 } });
    expect(again.findings.map((f) => f.path)).toEqual(parts[1]);
  });

  it('scans stdin as the named file, with the config rules of that path', async () => {
    const dir = gitRepo({ 'boundary-guard.config.json': JSON.stringify({ exclude: [{ pattern: 'vendor/**', reason: 'third-party code' }] }) });
    const content = Buffer.from(slackLine());
    const report = await scan({ cwd: dir, stdin: { content, filename: 'deploy/values.yaml' } });
    expect(ids(report)).toEqual(['deploy/values.yaml:1 slack-webhook-url new']);
    const excluded = await scan({ cwd: dir, stdin: { content, filename: 'vendor/x.yaml' } });
    expect(excluded.findings).toEqual([]);
    expect(excluded.skipped).toEqual([{ path: 'vendor/x.yaml', reason: 'excluded' }]);
  });
});

describe('config', () => {
  it('applies excludes, file and key-path suppressions, and reports expired suppressions', async () => {
    const dir = gitRepo({
      'fixtures/a.yaml': slackLine(),
      'app/alerts.json': JSON.stringify({ alerts: { webhook_url: SECRETS.slack, backup: SECRETS.slack2 } }, null, 2),
      'app/old.yaml': slackLine(),
      'boundary-guard.config.json': JSON.stringify({
        exclude: [{ pattern: 'fixtures', reason: 'test data built from synthetic samples' }],
        suppressions: [
          { rule: 'escalation-webhook', files: 'app/*.json', keyPath: 'alerts.webhook_url', reason: 'the staging channel, rotated weekly' },
          { rule: 'slack-webhook-url', files: ['app/old.yaml'], reason: 'migration in progress', expires: '2020-01-31' },
        ],
      }),
    });
    const report = await scan({ cwd: dir, showSuppressed: true, now: new Date('2024-06-01T12:00:00Z') });
    expect(ids(report)).toEqual(['app/alerts.json:4 slack-webhook-url new', 'app/old.yaml:1 slack-webhook-url new']);
    expect(report.suppressed).toEqual([
      expect.objectContaining({ by: 'config', reason: 'the staging channel, rotated weekly', finding: expect.objectContaining({ path: 'app/alerts.json', line: 3 }) as unknown }),
    ]);
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'expired-suppression', message: expect.stringContaining('expired on 2020-01-31') as string })]);
    const before = await scan({ cwd: dir, now: new Date('2020-01-31T23:00:00Z') });
    expect(ids(before)).toEqual(['app/alerts.json:4 slack-webhook-url new']);
  });

  it('turns categories and detectors off or to warnings, and adds synthetic markers', async () => {
    const dir = gitRepo({ 'a.yaml': `${slackLine()}token: ${SECRETS.github}\n` });
    const write = (config: unknown): void => writeFileSync(join(dir, 'boundary-guard.config.json'), JSON.stringify(config));
    write({ categories: { 'escalation-webhook': 'off' }, detectors: { 'github-token': 'warning' } });
    const first = await scan({ cwd: dir });
    expect(first.findings.map((f) => `${f.ruleId}:${f.severity}`)).toEqual(['github-token:warning']);
    write({ synthetic: { markers: [SECRETS.slack.slice(-8)] } });
    const second = await scan({ cwd: dir, showSuppressed: true });
    expect(second.findings.map((f) => f.ruleId)).toEqual(['github-token']);
    expect(second.suppressed).toEqual([expect.objectContaining({ by: 'synthetic', reason: expect.stringContaining('project-marker') as string })]);
  });

  it('rejects an invalid config with the file and the key', async () => {
    const dir = gitRepo({ 'boundary-guard.config.json': JSON.stringify({ suppressions: [{ rule: 'slack-webhook-url' }], maxFileSize: 'big' }) });
    const error = await scan({ cwd: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain('boundary-guard.config.json: invalid config');
    expect((error as Error).message).toContain('suppressions[0].reason: is required');
    expect((error as Error).message).toContain('maxFileSize: must be an integer');
    writeFileSync(join(dir, 'boundary-guard.config.json'), '{ "exclude": [ }');
    await expect(scan({ cwd: dir })).rejects.toThrow(/boundary-guard\.config\.json: not valid JSON/u);
    writeFileSync(join(dir, 'boundary-guard.config.json'), JSON.stringify({ detectors: { 'slack-webhook': 'off' } }));
    await expect(scan({ cwd: dir })).rejects.toThrow(/detectors\.<a key>: no detector has this id \(did you mean "slack-webhook-url"/u);
  });
});

describe('staged scan (pre-commit)', () => {
  it('scans the index: a staged secret deleted from the work tree still blocks, an unstaged one does not', async () => {
    const dir = gitRepo({ 'README.md': '# project\n' });
    commitAll(dir);
    writeTree(dir, { 'config/alerts.yaml': slackLine() });
    git(dir, 'add', 'config/alerts.yaml');
    writeTree(dir, { 'config/alerts.yaml': 'webhook: none\n' });
    const staged = await scan({ cwd: dir, mode: 'staged' });
    expect(ids(staged)).toEqual(['config/alerts.yaml:1 slack-webhook-url new']);
    expect(staged.mode).toBe('staged');

    git(dir, 'add', 'config/alerts.yaml');
    writeTree(dir, { 'config/alerts.yaml': slackLine(), 'new-file.yaml': slackLine() });
    const clean = await scan({ cwd: dir, mode: 'staged' });
    expect(clean.findings).toEqual([]);
    expect(clean.stats.files).toBe(1);
    // The work tree does hold both.
    expect((await scan({ cwd: dir })).findings).toHaveLength(2);
  });

  it('works before the first commit, with names that need quoting', async () => {
    const dir = gitRepo({ 'dir with space/ünïcode "q".yaml': slackLine(), 'tab\there.yaml': slackLine() });
    git(dir, 'add', '-A');
    const report = await scan({ cwd: dir, mode: 'staged' });
    expect(report.findings.map((f) => f.path).sort()).toEqual(['dir with space/ünïcode "q".yaml', 'tab\there.yaml']);
  });

  it('needs a git work tree', async () => {
    await expect(scan({ cwd: tempDir(), mode: 'staged' })).rejects.toThrow(/needs a git work tree/u);
  });
});

describe('diff scan (pull-request gate)', () => {
  it('marks findings on added lines new and the rest existing', async () => {
    const dir = gitRepo({ 'app/alerts.yaml': `old: ${SECRETS.slack}\n`, 'other.yaml': 'nothing: here\n' });
    commitAll(dir, 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeTree(dir, { 'app/alerts.yaml': `# header\nold: ${SECRETS.slack}\nnew: ${SECRETS.github}\n` });
    commitAll(dir, 'feature');
    const report = await scan({ cwd: dir, mode: 'diff', base: 'main' });
    expect(ids(report)).toEqual(['app/alerts.yaml:2 slack-webhook-url existing', 'app/alerts.yaml:3 github-token new']);
    expect(report.stats.files).toBe(1);
  });

  it('scans content from HEAD, follows renames, and fails clearly on an unknown base', async () => {
    const dir = gitRepo({ 'a.yaml': slackLine() });
    commitAll(dir, 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    git(dir, 'mv', 'a.yaml', 'b.yaml');
    commitAll(dir, 'rename');
    writeTree(dir, { 'b.yaml': `${slackLine()}uncommitted: ${SECRETS.github}\n` });
    const report = await scan({ cwd: dir, mode: 'diff', base: 'main' });
    expect(ids(report)).toEqual(['b.yaml:1 slack-webhook-url existing']);
    await expect(scan({ cwd: dir, mode: 'diff', base: 'no-such-branch' })).rejects.toThrow(/merge base of no-such-branch/u);
  });
});

describe('baseline', () => {
  it('keeps a known finding existing after lines are inserted above it, while a new one beside it is new', async () => {
    const dir = gitRepo({ 'config/alerts.yaml': `primary: ${SECRETS.slack}\n` });
    const first = await scan({ cwd: dir });
    const baselineFile = join(dir, 'boundary-guard.baseline.json');
    writeFileSync(baselineFile, formatBaseline(createBaseline(first.findings)));
    writeTree(dir, { 'config/alerts.yaml': `# moved down\n# by two lines\nprimary: ${SECRETS.slack}\nsecondary: ${SECRETS.slack2}\n` });
    const report = await scan({ cwd: dir, baseline: 'boundary-guard.baseline.json' });
    expect(ids(report)).toEqual(['config/alerts.yaml:3 slack-webhook-url existing', 'config/alerts.yaml:4 slack-webhook-url new']);
  });

  it('respects counts: a second copy of a known value is new', async () => {
    const dir = gitRepo({ 'a.yaml': slackLine() });
    const baseline = createBaseline((await scan({ cwd: dir })).findings);
    expect(baseline.entries).toEqual([
      { fingerprint: expect.stringMatching(/^[0-9a-f]{32}$/u) as string, ruleId: 'slack-webhook-url', path: 'a.yaml', count: 1, valueHash: expect.stringMatching(/^[0-9a-f]{16}$/u) as string },
    ]);
    expect(JSON.stringify(baseline)).not.toContain(SECRETS.slack.slice(20));
    writeFileSync(join(dir, 'bl.json'), formatBaseline(baseline));
    writeTree(dir, { 'a.yaml': `${slackLine()}${slackLine('again')}` });
    expect(ids(await scan({ cwd: dir, baseline: 'bl.json' }))).toEqual(['a.yaml:1 slack-webhook-url existing', 'a.yaml:2 slack-webhook-url new']);
    writeFileSync(join(dir, 'bl.json'), '{"version":2,"entries":[{"fingerprint":"zz"}]}');
    await expect(scan({ cwd: dir, baseline: 'bl.json' })).rejects.toThrow(/bl\.json: invalid baseline: entries\[0\]\.fingerprint/u);
    unlinkSync(join(dir, 'bl.json'));
    await expect(scan({ cwd: dir, baseline: 'bl.json' })).rejects.toThrow(/cannot read the baseline \(ENOENT\)/u);
  });
});
