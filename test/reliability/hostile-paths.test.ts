// Hostile paths through the BUILT binary (issue 16): operands, configs and baselines that are not regular files
// are errors (exit 2), never a hang, an abort or a silent pass; writes are atomic and never follow a symlink out
// of the repository; a config cannot allow or exclude without a concrete target and a reason.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, cleanup, commitAll, ensureBuilt, gitRepo, SECRETS, tempDir } from '../scanner/support.js';

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

/** The CLI with a time limit: a hang is a failure, not a stuck test run. */
function cli(cwd: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string; signal: NodeJS.Signals | null } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, NO_COLOR: '1' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, signal: result.signal };
}

const TEXT = `webhook: ${SECRETS.slack}\n`;

describe('operands that are no file', () => {
  it('exits 2 naming a FIFO, a device and a symlink to /dev/zero, never "0 files scanned"', () => {
    const dir = gitRepo({ 'ok.txt': 'fine\n' });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    symlinkSync('/dev/zero', join(dir, 'zero'));
    for (const [operand, kind] of [['pipe', 'a FIFO'], ['zero', 'a device'], ['/dev/null', 'a device']] as const) {
      const result = cli(dir, ['scan', operand]);
      expect(result.signal).toBeNull();
      expect(result.status, result.stdout).toBe(2);
      expect(result.stderr).toContain(`${operand} is ${kind}, not a file or directory`);
      expect(result.stdout).not.toContain('files scanned');
    }
  });
});

describe('configs and baselines that are no regular file', () => {
  const hostile = (dir: string, name: string, kind: 'zero' | 'fifo'): void => {
    if (kind === 'zero') symlinkSync('/dev/zero', join(dir, name));
    else execFileSync('mkfifo', [join(dir, name)]);
  };

  for (const kind of ['zero', 'fifo'] as const) {
    it(`a config that is ${kind === 'zero' ? 'a symlink to /dev/zero' : 'a FIFO'} exits 2 at once`, () => {
      const dir = gitRepo({ 'a.yaml': TEXT });
      hostile(dir, 'boundary-guard.config.json', kind);
      const result = cli(dir, ['scan', 'a.yaml']);
      expect(result.signal).toBeNull();
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('boundary-guard.config.json: cannot read the config (it is not a regular file');
    });

    it(`a baseline that is ${kind === 'zero' ? 'a symlink to /dev/zero' : 'a FIFO'} exits 2 at once`, () => {
      const dir = gitRepo({ 'a.yaml': TEXT });
      hostile(dir, 'base.json', kind);
      const result = cli(dir, ['scan', 'a.yaml', '--baseline', 'base.json']);
      expect(result.signal).toBeNull();
      expect(result.status).toBe(2);
      expect(result.stderr).toContain('base.json: cannot read the baseline (it is not a regular file');
    });
  }

  it('a config over the size limit exits 2 without reading it', () => {
    const dir = gitRepo({ 'a.yaml': TEXT });
    writeFileSync(join(dir, 'boundary-guard.config.json'), `{"$schema": "${'a'.repeat(5 * 1024 * 1024)}"}`);
    const result = cli(dir, ['scan', 'a.yaml']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('cannot read the config (it is larger than 4194304 bytes)');
  });
});

describe('config hygiene', () => {
  const cases: [string, unknown, string][] = [
    ['a blank suppression reason', { suppressions: [{ rule: 'slack-webhook-url', reason: '   ' }] }, 'suppressions[0].reason: must not be blank'],
    ['a "*" suppression rule', { suppressions: [{ rule: '*', reason: 'allow everything' }] }, 'suppressions[0].rule'],
    ['an exclude without a reason', { exclude: ['a.yaml'] }, 'exclude[0]: must be an object'],
    ['a blank exclude reason', { exclude: [{ pattern: 'a.yaml', reason: '\t \t' }] }, 'exclude[0].reason: must not be blank'],
    ['an exclude of every file', { exclude: [{ pattern: '**', reason: 'nothing to see' }] }, 'exclude[0].pattern: matches every file'],
  ];
  it.each(cases)('refuses %s (exit 2)', (_, config, message) => {
    const dir = gitRepo({ 'a.yaml': TEXT, 'boundary-guard.config.json': JSON.stringify(config) });
    const result = cli(dir, ['scan']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
  });

  it('accepts a suppression naming a list of categories', () => {
    const dir = gitRepo({
      'a.yaml': TEXT,
      'boundary-guard.config.json': JSON.stringify({ suppressions: [{ rule: ['escalation-webhook', 'connector-credential'], files: 'a.yaml', reason: 'a test value' }] }),
    });
    const result = cli(dir, ['scan']);
    expect(result.status, result.stderr).toBe(0);
  });

  it("keeps this repository's own config concrete: no wildcard rule", () => {
    const config = JSON.parse(readFileSync(join(bin, '../../../boundary-guard.config.json'), 'utf8')) as { suppressions: { rule: string | string[] }[] };
    expect(config.suppressions.flatMap((s) => s.rule)).not.toContain('*');
  });
});

describe('writes', () => {
  const noTemp = (dir: string): void => expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

  it('baseline, init and -o refuse a symlink to a file outside the repository, and leave that file alone', () => {
    const outside = tempDir();
    const victim = join(outside, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    const dir = gitRepo({ 'a.yaml': TEXT });
    symlinkSync(victim, join(dir, 'boundary-guard.baseline.json'));
    symlinkSync(victim, join(dir, 'report.json'));
    const baseline = cli(dir, ['baseline']);
    expect(baseline.status).toBe(2);
    expect(baseline.stderr).toContain('a symlink to a file outside the repository');
    const report = cli(dir, ['scan', '-f', 'json', '-o', 'report.json']);
    expect(report.status).toBe(2);
    expect(report.stderr).toContain('a symlink to a file outside the repository');
    symlinkSync(victim, join(dir, 'boundary-guard.config.json'));
    const init = cli(dir, ['init', '--force', '--no-hook']);
    expect(init.status).toBe(2);
    expect(init.stderr).toContain('a symlink to a file outside the repository');
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    noTemp(dir);
  });

  it('replace the file by a rename (a reader never sees half of it) and leave no temporary file', () => {
    const dir = gitRepo({ 'a.yaml': TEXT });
    commitAll(dir);
    writeFileSync(join(dir, 'boundary-guard.baseline.json'), '{}\n');
    const before = statSync(join(dir, 'boundary-guard.baseline.json')).ino;
    expect(cli(dir, ['baseline']).status).toBe(0);
    const after = statSync(join(dir, 'boundary-guard.baseline.json')).ino;
    expect(after).not.toBe(before);
    expect((JSON.parse(readFileSync(join(dir, 'boundary-guard.baseline.json'), 'utf8')) as { entries: unknown[] }).entries).toHaveLength(1);
    mkdirSync(join(dir, 'out'));
    expect(cli(dir, ['scan', '-f', 'json', '-o', 'out/report.json']).status).toBe(1);
    expect(existsSync(join(dir, 'out/report.json'))).toBe(true);
    noTemp(dir);
    noTemp(join(dir, 'out'));
  });

  it('follow a symlink that stays inside the repository, replacing its target', () => {
    const dir = gitRepo({ 'a.yaml': TEXT });
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'reports/latest.json'), '');
    symlinkSync('reports/latest.json', join(dir, 'report.json'));
    expect(cli(dir, ['scan', '-f', 'json', '-o', 'report.json']).status).toBe(1);
    expect(lstatSync(join(dir, 'report.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'reports/latest.json'), 'utf8')).toContain('"findings"');
  });

  it('a baseline write killed at random points never leaves an invalid file', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 300; i++) files[`f${i}.yaml`] = TEXT.replace('webhook', `webhook${i}`);
    const dir = gitRepo(files);
    commitAll(dir);
    expect(cli(dir, ['baseline']).status).toBe(0);
    for (const delay of [150, 300, 450, 600, 750]) {
      spawnSync(process.execPath, [bin, 'baseline'], { cwd: dir, timeout: delay, killSignal: 'SIGKILL' });
      const text = readFileSync(join(dir, 'boundary-guard.baseline.json'), 'utf8');
      expect(() => JSON.parse(text) as unknown, `killed after ${delay} ms`).not.toThrow();
    }
  });
});
