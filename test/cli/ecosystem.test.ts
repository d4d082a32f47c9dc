// Spawns the BUILT binary, as users and CI run it: exit status and summary, report files, defaults and terminal manners.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryGuard, cleanup, ensureBuilt, tempDir, writeTree } from '../scanner/support.js';

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
