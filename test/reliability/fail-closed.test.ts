// Fail closed on every input (issue 16): each file in scope is scanned, or reported as not scanned with a
// reason; encodings, sizes, binaries, type changes and special files never give a silent pass.
import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scan, UsageError } from '../../src/scanner/index.js';
import { cleanup, commitAll, git, gitRepo, SECRETS, tempDir, writeTree } from '../scanner/support.js';

afterAll(cleanup);

type Report = Awaited<ReturnType<typeof scan>>;
const ids = (report: Report): string[] => report.findings.map((f) => `${f.path}:${f.line} ${f.ruleId}`);

/** Two lines of text, the webhook on the second. */
const TEXT = `# alerts\nwebhook: ${SECRETS.slack}\n`;

function utf16be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

function utf32(text: string, bigEndian: boolean): Buffer {
  const points = [...text].map((c) => c.codePointAt(0) ?? 0);
  const out = Buffer.alloc(points.length * 4);
  points.forEach((p, i) => (bigEndian ? out.writeUInt32BE(p, i * 4) : out.writeUInt32LE(p, i * 4)));
  return out;
}

describe('text in any Unicode encoding', () => {
  it('decodes UTF-16 LE/BE and UTF-32 LE/BE by their BOM, and UTF-16 without one by its NUL pattern, at the right line', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'utf16le.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
      'utf16be.yaml': Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(TEXT)]),
      'utf32le.yaml': Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32(TEXT, false)]),
      'utf32be.yaml': Buffer.concat([Buffer.from([0, 0, 0xfe, 0xff]), utf32(TEXT, true)]),
      'bomless16le.yaml': Buffer.from(TEXT, 'utf16le'),
      'bomless16be.yaml': utf16be(TEXT),
    });
    const report = await scan({ cwd: dir, git: false });
    expect(ids(report)).toEqual(
      ['bomless16be.yaml', 'bomless16le.yaml', 'utf16be.yaml', 'utf16le.yaml', 'utf32be.yaml', 'utf32le.yaml'].map((p) => `${p}:2 slack-webhook-url`),
    );
    expect(report.findings.every((f) => f.column === 10)).toBe(true);
    expect(report.skipped).toEqual([]);
    expect(report.errors).toEqual([]);
  });
});

describe('files larger than the size cap', () => {
  /** About `size` bytes of harmless lines with the webhook at the given line numbers. */
  function bigText(size: number, secretLines: readonly number[]): string {
    const filler = 'const value = "an ordinary line of source code, nothing to find here";';
    const lines: string[] = [];
    for (let n = 1, bytes = 0; bytes < size || secretLines.some((l) => l >= n); n++) {
      const line = secretLines.includes(n) ? `webhook: ${SECRETS.slack}` : filler;
      lines.push(line);
      bytes += line.length + 1;
    }
    return `${lines.join('\n')}\n`;
  }

  it('scans a text file over the cap in windows: every value found once, at its line', async () => {
    const dir = tempDir();
    // Windows are 256 KiB at least; lines are 73 bytes, so these fall in the first, at window joins and in the last.
    const secretLines = [3, 3000, 3591, 3592, 3593, 7180, 14000, 40000];
    writeTree(dir, { 'boundary-guard.config.json': '{ "maxFileSize": 4096 }', 'export.yaml': bigText(3 * 1024 * 1024, secretLines) });
    const report = await scan({ cwd: dir, git: false });
    expect(ids(report)).toEqual(secretLines.map((l) => `export.yaml:${l} slack-webhook-url`));
    expect(report.skipped).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it('scans a minified single-line file over the cap, at the right column', async () => {
    const dir = tempDir();
    const head = 'var a=1;'.repeat(200_000);
    writeTree(dir, { 'bundle.min.js': `${head}var hook="${SECRETS.slack}";${'var b=2;'.repeat(100_000)}` });
    const report = await scan({ cwd: dir, git: false });
    expect(report.findings.map((f) => `${f.line}:${f.column} ${f.ruleId}`)).toEqual([`1:${head.length + 11} slack-webhook-url`]);
    expect(report.skipped).toEqual([]);
  });

  it('scans a staged file over the cap', async () => {
    const dir = gitRepo({ 'README.md': '# app\n' });
    commitAll(dir, 'initial');
    writeTree(dir, { 'data/export.yaml': bigText(1536 * 1024, [20000]) });
    git(dir, 'add', '-A');
    const report = await scan({ cwd: dir, mode: 'staged' });
    expect(ids(report)).toEqual(['data/export.yaml:20000 slack-webhook-url']);
    expect(report.skipped).toEqual([]);
    expect(report.stats.files).toBe(1);
  });
});

describe('type changes in --staged and --diff', () => {
  it('scans a symlink replaced by a regular file holding a secret', async () => {
    const dir = gitRepo({ 'target.yaml': '# nothing\n' });
    symlinkSync('target.yaml', join(dir, 'alerts.yaml'));
    commitAll(dir, 'initial');
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    execFileSync('rm', [join(dir, 'alerts.yaml')]);
    writeFileSync(join(dir, 'alerts.yaml'), TEXT);
    git(dir, 'add', '-A');
    expect(git(dir, 'diff', '--cached', '--name-status')).toContain('T\talerts.yaml');
    expect(ids(await scan({ cwd: dir, mode: 'staged' }))).toEqual(['alerts.yaml:2 slack-webhook-url']);
    git(dir, 'commit', '-q', '--no-verify', '-m', 'type change');
    const diff = await scan({ cwd: dir, mode: 'diff', base });
    expect(diff.findings.map((f) => `${f.path}:${f.line} ${f.status}`)).toEqual(['alerts.yaml:2 new']);
  });

  it('scans a submodule entry replaced by a regular file holding a secret', async () => {
    const dir = gitRepo({ 'README.md': '# app\n' });
    commitAll(dir, 'initial');
    const commit = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'update-index', '--add', '--cacheinfo', `160000,${commit},vendor`);
    git(dir, 'commit', '-q', '--no-verify', '-m', 'submodule');
    const base = git(dir, 'rev-parse', 'HEAD').trim();
    git(dir, 'rm', '-q', '--cached', 'vendor');
    writeFileSync(join(dir, 'vendor'), TEXT);
    git(dir, 'add', 'vendor');
    expect(git(dir, 'diff', '--cached', '--name-status')).toContain('T\tvendor');
    expect(ids(await scan({ cwd: dir, mode: 'staged' }))).toEqual(['vendor:2 slack-webhook-url']);
    git(dir, 'commit', '-q', '--no-verify', '-m', 'type change');
    expect(ids(await scan({ cwd: dir, mode: 'diff', base }))).toEqual(['vendor:2 slack-webhook-url']);
  });
});

describe('special files', () => {
  it('refuses a FIFO, a device or a symlink to one as an operand', async () => {
    const dir = tempDir();
    writeTree(dir, { 'ok.txt': 'fine\n' });
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    symlinkSync('/dev/zero', join(dir, 'zero'));
    for (const operand of ['pipe', 'zero', '/dev/null']) {
      await expect(scan({ cwd: dir, git: false, paths: [operand] })).rejects.toThrow(UsageError);
    }
    await expect(scan({ cwd: dir, git: false, paths: ['pipe'] })).rejects.toThrow(/pipe is a FIFO, not a file or directory/u);
  });

  it('reports a FIFO met in the tree as not scanned, an error', async () => {
    const dir = tempDir();
    writeTree(dir, { 'ok.txt': 'fine\n' });
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const report = await scan({ cwd: dir, git: false });
    expect(report.errors).toEqual([expect.objectContaining({ code: 'not-scanned', path: 'pipe.yaml' })]);
    // Excluded with a reason, it is out of scope.
    writeFileSync(join(dir, 'boundary-guard.config.json'), JSON.stringify({ exclude: [{ pattern: 'pipe.yaml', reason: 'a pipe the dev server reads' }] }));
    expect((await scan({ cwd: dir, git: false })).errors).toEqual([]);
  });
});

describe('binary files', () => {
  /** Bytes that are not text: NULs and high bytes around `inside`. */
  function binaryAround(header: Buffer, inside: string): { bytes: Buffer; offset: number } {
    const noise = Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256));
    const before = Buffer.concat([header, noise, Buffer.from([0, 0, 0x17, 0x81])]);
    return { bytes: Buffer.concat([before, Buffer.from(inside), Buffer.from([0, 0x01, 0x02]), noise]), offset: before.length };
  }

  it('skips images, fonts and archives by their signature, listed with the format, not as errors', async () => {
    const dir = tempDir();
    writeTree(dir, {
      'logo.png': binaryAround(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), TEXT).bytes,
      'font.woff2': binaryAround(Buffer.from('wOF2\0\x01\0\0'), TEXT).bytes,
      'bundle.zip': binaryAround(Buffer.from([0x50, 0x4b, 0x03, 0x04]), TEXT).bytes,
    });
    const report = await scan({ cwd: dir, git: false });
    expect(report.skipped.map((s) => `${s.path} ${s.reason} ${s.format ?? ''}`)).toEqual(['bundle.zip binary zip', 'font.woff2 binary woff2', 'logo.png binary png']);
    expect(report.errors).toEqual([]);
  });

  it('scans the printable strings of other binaries and reports a finding at its byte offset, never the bytes', async () => {
    const dir = tempDir();
    const { bytes, offset } = binaryAround(Buffer.from('SQLite format 3\0'), `webhook_url${SECRETS.slack}`);
    writeTree(dir, { 'app.db': bytes });
    const report = await scan({ cwd: dir, git: false });
    expect(report.findings.map((f) => `${f.path} ${f.ruleId} ${f.byteOffset}`)).toEqual([`app.db slack-webhook-url ${offset + 'webhook_url'.length}`]);
    expect(report.findings[0]?.message).toContain(`byte offset ${offset + 'webhook_url'.length}`);
    expect(JSON.stringify(report)).not.toContain(SECRETS.slack.slice(-12));
  });

  it.skipIf(!hasSqlite())('finds a webhook URL in a real SQLite database', async () => {
    const dir = gitRepo();
    execFileSync('sqlite3', [join(dir, 'app.sqlite'), `CREATE TABLE hooks (name TEXT, url TEXT); INSERT INTO hooks VALUES ('alerts', '${SECRETS.slack}');`]);
    const report = await scan({ cwd: dir });
    expect(report.findings.map((f) => `${f.path} ${f.ruleId}`)).toEqual(['app.sqlite slack-webhook-url']);
    expect(report.findings[0]?.byteOffset).toBeGreaterThan(0);
  });
});

function hasSqlite(): boolean {
  try {
    execFileSync('sqlite3', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
