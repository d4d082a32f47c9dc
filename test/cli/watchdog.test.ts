// The per-file watchdog of the worker pool, through the BUILT binary (workers need the bundled worker).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { boundaryGuard, cleanup, commitAll, ensureBuilt, git, gitRepo, SECRETS, writeTree } from '../scanner/support.js';

beforeAll(ensureBuilt, 300_000);
afterAll(cleanup);

interface JsonReport {
  findings: { path: string; line: number; ruleId: string }[];
  errors: { code: string; path?: string; message: string }[];
  summary: { files: number; errors: number };
}

/** About `bytes` of key-value records: legal input slow to scan (8 MB take a worker seconds, far past a limit of half a second). */
function slowFile(bytes = 8_000_000): string {
  const records: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const record = `customer_id: acme-${i}\ntenant: "globex-${i}"\napi_key = "${'ab'.repeat(10)}${i}"\n`;
    records.push(record);
    size += record.length;
  }
  return records.join('');
}

// Half a second for any file, nothing more per megabyte.
const LIMIT = { BOUNDARY_GUARD_FILE_TIMEOUT_MS: '500', BOUNDARY_GUARD_FILE_TIMEOUT_MS_PER_MB: '0' };
/** The stage a stopped scan names: a detector, the prefilter, the payload pass or the judging of findings. */
const STAGE = /took longer than 500 ms \(stopped in (detector [a-z0-9-]+|the keyword prefilter|the contract payload pass|judging the findings \(records, evidence, directives\))\)/u;

describe('a file that takes a worker too long', () => {
  const files: Record<string, string> = {
    'boundary-guard.config.json': '{ "maxFileSize": 16000000 }\n',
    'a-first.ts': `export const hook = '${SECRETS.slack}';\n`,
    'm-large.txt': slowFile(),
    'z-last.ts': `export const token = '${SECRETS.github}';\n`,
  };
  for (let i = 0; i < 8; i++) files[`src/value-${i}.ts`] = `export const value${i} = ${i};\n`;
  const expected = ['a-first.ts:1 slack-webhook-url', 'z-last.ts:1 github-token'];

  const check = (result: { status: number | null; stdout: string; stderr: string }): void => {
    expect(result.status, result.stderr).toBe(2);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(report.errors).toEqual([{ code: 'scan-timeout', path: 'm-large.txt', message: expect.stringMatching(STAGE) as unknown }]);
    // The files before and after it in the same batch were scanned, once each.
    expect(report.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`)).toEqual(expected);
    expect(report.summary.files).toBe(Object.keys(files).length - 1);
    expect(result.stderr).toContain('m-large.txt: scanning took longer than 500 ms');
  };

  it('is reported as scan-timeout in a tree scan, its worker replaced and the rest of its batch scanned', () => {
    const dir = gitRepo(files);
    check(boundaryGuard(dir, ['scan', '--format', 'json', '--concurrency', '1'], undefined, LIMIT));
  });

  it('is stopped on the main thread too, between stages, naming the stage', () => {
    const dir = gitRepo(files);
    check(boundaryGuard(dir, ['scan', '--format', 'json', '--concurrency', '0'], undefined, LIMIT));
  });

  it('gets more time per megabyte: a file far past the base limit is scanned within its allowance per megabyte', () => {
    const dir = gitRepo({ 'm-large.txt': slowFile(1_000_000) });
    const env = { BOUNDARY_GUARD_FILE_TIMEOUT_MS: '1', BOUNDARY_GUARD_FILE_TIMEOUT_MS_PER_MB: '60000' };
    for (const concurrency of ['0', '1']) {
      const result = boundaryGuard(dir, ['scan', '--format', 'json', '--concurrency', concurrency], undefined, env);
      const report = JSON.parse(result.stdout) as JsonReport;
      expect(report.errors).toEqual([]);
      expect(report.summary.files).toBe(1);
    }
  });

  it('is reported as scan-timeout in a staged scan', () => {
    const dir = gitRepo({ 'README.md': '# app\n' });
    commitAll(dir, 'initial');
    writeTree(dir, files);
    git(dir, 'add', '-A');
    check(boundaryGuard(dir, ['scan', '--staged', '--format', 'json', '--concurrency', '2'], undefined, LIMIT));
  });

  it.each([
    ['BOUNDARY_GUARD_FILE_TIMEOUT_MS', 'soon'],
    ['BOUNDARY_GUARD_FILE_TIMEOUT_MS', '0'],
    ['BOUNDARY_GUARD_FILE_TIMEOUT_MS_PER_MB', '-5'],
  ])('takes only a whole number of milliseconds as %s (not %s)', (name, value) => {
    const dir = gitRepo({ 'README.md': '# app\n' });
    const result = boundaryGuard(dir, ['scan'], undefined, { [name]: value });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`${name} takes a whole number of milliseconds`);
  });
});
