import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetectors } from '../../src/cli/detectors.js';
import { escapeData, escapeProperty } from '../../src/cli/formatters/github.js';
import { runScan } from '../../src/cli/scan.js';
import { createCatalog } from '../../patterns/index.js';
import { cleanup, commitAll, gitRepo, memoryIo, repoRoot, SECRETS, writeTree } from '../scanner/support.js';

afterAll(cleanup);

const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
/** A file name that tries every trick: a new line with a workflow command, property separators, an ANSI escape, a bidi override. */
const EVIL = 'evil\n::error file=x.ts::pwned %0A \u001b[31mred\u001b[0m a,b:c \u202e.yaml';

let dir = '';

beforeAll(() => {
  dir = gitRepo({
    'config/alerts.yaml': `webhook: ${SECRETS.slack}\n`,
    'legacy.env': `GITHUB_TOKEN=${SECRETS.github2}\n`,
    [EVIL]: `token: ${SECRETS.github}\n`,
    'docs/allowed.md': `<!-- boundary-guard-allow slack-webhook-url -- documented test channel -->\n${SECRETS.slack2}\n`,
  });
  commitAll(dir);
  // legacy.env is known: recorded in a baseline.
  writeTree(dir, { 'bl.json': '' });
});

async function scanWith(args: string[], facts: { tty?: boolean; env?: Record<string, string> } = {}): Promise<{ code: number; out: string; err: string }> {
  const { io, out, err } = memoryIo(dir);
  io.stdoutIsTTY = facts.tty ?? false;
  io.env = facts.env ?? {};
  const code = await runScan(args, io);
  return { code, out: out(), err: err() };
}

/** Every secret in the tree, whole and as its tail: no output may hold either. */
const leaks = (text: string): string[] => Object.values(SECRETS).filter((s) => text.includes(s) || text.includes(s.slice(-12)));

describe('scan output', () => {
  beforeAll(async () => {
    const { io } = memoryIo(dir);
    const { runBaseline } = await import('../../src/cli/baseline.js');
    expect(await runBaseline(['--output-file', 'bl.json', 'legacy.env'], io)).toBe(0);
  });

  it.each(FORMATS)('%s: never prints a secret, never a terminal escape, and exits 1 on new findings', async (format) => {
    const { code, out, err } = await scanWith(['--format', format, '--baseline', 'bl.json', '--show-suppressed']);
    expect(code).toBe(1);
    expect(err).toBe('');
    expect(leaks(out)).toEqual([]);
    for (const ch of ['\u001b', '\u009b', '\u202e']) expect(out).not.toContain(ch);
    // No line the runner would read as a workflow command, except our own annotations.
    for (const line of out.split('\n')) {
      if (line.startsWith('::')) {
        expect(format).toBe('github');
        expect(line).toMatch(/^::(?:error|warning|notice) [^\n:]*::[^\n]*$/u);
      }
    }
  });

  it('stylish: grouped by file, control characters shown escaped, existing and suppressed findings labelled', async () => {
    const { out } = await scanWith(['--baseline', 'bl.json', '--show-suppressed']);
    expect(out).toContain('config/alerts.yaml\n  1:10  error    Slack webhook URL: https://hooks.slack.com/services/…(');
    expect(out).toContain('evil\\n:\\x3aerror file=x.ts:\\x3apwned %0A \\x1b[31mred\\x1b[0m a,b:c \\u202e.yaml\n');
    expect(out).toMatch(/legacy\.env\n {2}1:14 {2}error {4}GitHub token: .*\(existing\)/u);
    expect(out).toContain('Suppressed (1):\n  docs/allowed.md:2:1  slack-webhook-url  inline: documented test channel');
    expect(out).toMatch(/✖ 2 failing findings; 1 existing, 1 suppressed \(\d+ files scanned\)\n$/u);
  });

  it('github: escapes data and properties so that a file name cannot start a command', async () => {
    const { out } = await scanWith(['--format', 'github', '--baseline', 'bl.json']);
    const evilLine = out.split('\n').find((l) => l.includes('evil'));
    expect(evilLine).toMatch(/^::error file=evil%0A/u);
    expect(evilLine).toContain('file=evil%0A%3A%3Aerror file=x.ts%3A%3Apwned %250A \\x1b[31mred\\x1b[0m a%2Cb%3Ac \\u202e.yaml,line=1');
    expect(out).toContain('::notice file=legacy.env,line=1,col=14,');
    expect(out).toMatch(/\nboundary-guard: 2 failing, 1 existing, 0 warnings, 0 errors; \d+ files scanned, 0 skipped; failed: 2 failing findings\n$/u);
    expect(escapeData('50%\r\n')).toBe('50%25%0D%0A');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
  });

  it('json: matches schemas/report.schema.json, with paths relative to the working directory', async () => {
    const schema: unknown = JSON.parse(readFileSync(join(repoRoot, 'schemas/report.schema.json'), 'utf8'));
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema as object);
    const { out } = await scanWith(['--format', 'json', '--baseline', 'bl.json', '--show-suppressed']);
    const report = JSON.parse(out) as { findings: { path: string; status: string; fingerprint: string }[]; summary: Record<string, number> };
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.findings.map((f) => `${f.path} ${f.status}`)).toEqual(['config/alerts.yaml new', `${EVIL} new`, 'legacy.env existing']);
    expect(report.summary).toMatchObject({ findings: 3, failing: 2, new: 2, existing: 1, suppressed: 1, errors: 0 });

    const { io, out: sub } = memoryIo(join(dir, 'config'));
    // The same key (the baseline's: none is configured), so the same fingerprints.
    expect(await runScan(['--format', 'json', '--baseline', '../bl.json', '..'], io)).toBe(1);
    const fromSub = JSON.parse(sub()) as typeof report;
    expect(fromSub.findings[0]?.path).toBe('alerts.yaml');
    expect(fromSub.findings[0]?.fingerprint).toBe(report.findings[0]?.fingerprint);
    expect(validate(JSON.parse((await scanWith(['--format', 'json', '--quiet'])).out))).toBe(true);
  });

  it('sarif: valid against the official SARIF 2.1.0 schema, with rule metadata, categories and fingerprints', async () => {
    const { out } = await scanWith(['--format', 'sarif', '--baseline', 'bl.json', '--show-suppressed']);
    const sarif = JSON.parse(out) as {
      version: string;
      runs: {
        tool: { driver: { rules: { id: string; properties: { category: string } }[] } };
        results: { ruleId: string; ruleIndex: number; baselineState?: string; partialFingerprints: Record<string, string>; properties: { category: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[]; suppressions?: unknown[] }[];
      }[];
    };
    // The schema and the ajv 6 build that @microsoft/jest-sarif ships with it (draft-04).
    const require = createRequire(require_resolve('@microsoft/jest-sarif/package.json'));
    const Ajv6 = require('ajv') as new (options: object) => { addMetaSchema: (s: object) => void; validate: (s: object, d: unknown) => boolean; errors: unknown };
    const ajv = new Ajv6({ schemaId: 'auto', allErrors: true, validateSchema: false });
    ajv.addMetaSchema(require('ajv/lib/refs/json-schema-draft-04.json') as object);
    const sarifSchema = require('./lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    expect(ajv.validate(sarifSchema, sarif), JSON.stringify(ajv.errors)).toBe(true);

    const run = sarif.runs[0];
    expect(sarif.version).toBe('2.1.0');
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual(createCatalog().map((d) => d.id));
    const results = run?.results ?? [];
    expect(results.map((r) => `${r.ruleId} ${r.baselineState ?? 'suppressed'} ${r.properties.category}`)).toEqual([
      'slack-webhook-url new escalation-webhook',
      'github-token new connector-credential',
      'github-token unchanged connector-credential',
      'slack-webhook-url suppressed escalation-webhook',
    ]);
    for (const r of results) {
      expect(run?.tool.driver.rules[r.ruleIndex]?.id).toBe(r.ruleId);
      expect(Object.values(r.partialFingerprints)[0]).toMatch(/^[0-9a-f]{32}$/u);
    }
    expect(results[1]?.locations[0]?.physicalLocation.artifactLocation.uri).toBe(EVIL.split('/').map(encodeURIComponent).join('/'));
    expect(out).not.toContain('"snippet"');
  });

  it('colours only a TTY, and honours NO_COLOR, --no-color and --color', async () => {
    expect((await scanWith([], { tty: true })).out).toContain('\u001b[31merror');
    expect((await scanWith([], { tty: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
    expect((await scanWith(['--no-color'], { tty: true })).out).not.toContain('\u001b[');
    expect((await scanWith(['--color'], { tty: false })).out).toContain('\u001b[31m');
    // Even coloured, the file name's own escape stays visible text.
    expect((await scanWith([], { tty: true })).out).toContain('\\x1b[31mred');
  });

  it('writes --output-file and keeps stdout empty', async () => {
    const { code, out } = await scanWith(['--format', 'sarif', '--output-file', 'out/report.sarif']);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8'))).toMatchObject({ version: '2.1.0' });
  });
});

describe('scan exit status and usage', () => {
  it('is 0 when every finding is existing or suppressed, 1 above --max-warnings', async () => {
    const repo = gitRepo({ 'a.env': `TOKEN=${SECRETS.github}\n` });
    const { io: baselineIo } = memoryIo(repo);
    const { runBaseline } = await import('../../src/cli/baseline.js');
    expect(await runBaseline([], baselineIo)).toBe(0);
    const run = async (...args: string[]): Promise<number> => runScan(args, memoryIo(repo).io);
    expect(await run('--baseline', 'boundary-guard.baseline.json')).toBe(0);
    expect(await run()).toBe(1);
    writeFileSync(join(repo, 'boundary-guard.config.json'), JSON.stringify({ detectors: { 'github-token': 'warning' } }));
    expect(await run()).toBe(0);
    expect(await run('--max-warnings', '0')).toBe(1);
    expect(await run('--max-warnings', '1')).toBe(0);
  });

  it('describes in SARIF the rules the config leaves on, at the configured level', async () => {
    const repo = gitRepo({ 'a.env': `TOKEN=${SECRETS.github}\n` });
    writeFileSync(join(repo, 'boundary-guard.config.json'), JSON.stringify({ detectors: { 'github-token': 'warning', 'slack-webhook-url': 'off' } }));
    const { io, out } = memoryIo(repo);
    expect(await runScan(['--format', 'sarif'], io)).toBe(0);
    const sarif = JSON.parse(out()) as { runs: { tool: { driver: { rules: { id: string; defaultConfiguration: { level: string } }[] } }; results: { ruleId: string; level: string }[] }[] };
    const [run] = sarif.runs;
    const rules = run?.tool.driver.rules ?? [];
    expect(rules.find((r) => r.id === 'github-token')?.defaultConfiguration.level).toBe('warning');
    expect(rules.find((r) => r.id === 'gitlab-token')?.defaultConfiguration.level).toBe('error');
    expect(rules.some((r) => r.id === 'slack-webhook-url')).toBe(false);
    expect(run?.results).toMatchObject([{ ruleId: 'github-token', level: 'warning' }]);
  });

  it('is 2 for usage and config errors, naming the problem', async () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'xml'], /unknown format "xml"; use one of stylish, json, sarif, github/u],
      [['--bogus'], /Unknown option '--bogus'/u],
      [['--staged', '--diff', 'main'], /--staged and --diff cannot be combined/u],
      [['--shard', '5/4'], /--shard takes I\/N/u],
      [['--max-warnings=-2'], /--max-warnings takes a whole number/u],
      [['--stdin-filename', 'a.ts'], /--stdin-filename needs --stdin/u],
      [['--config', 'missing.json'], /missing\.json: cannot read the config \(ENOENT\)/u],
      [['--no-git', '--staged'], /--staged needs git/u],
      [['no/such/path'], /no such file or directory: no\/such\/path/u],
    ];
    for (const [args, message] of cases) {
      const { code, err } = await scanWith(args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(message);
    }
  });

  it('scans stdin under --stdin-filename', async () => {
    const { io, out } = memoryIo(dir, `url: ${SECRETS.slack}\n`);
    expect(await runScan(['--stdin', '--stdin-filename', 'deploy/values.yaml', '--format', 'json'], io)).toBe(1);
    const report = JSON.parse(out()) as { mode: string; findings: { path: string; keyPath?: string }[] };
    expect(report.mode).toBe('stdin');
    expect(report.findings).toMatchObject([{ path: 'deploy/values.yaml', keyPath: 'url' }]);
  });

  it('prints help with usage, options, examples and exit status', async () => {
    const { code, out } = await scanWith(['--help']);
    expect(code).toBe(0);
    for (const part of ['Usage: boundary-guard scan [options] [PATH...]', 'Options:', '--staged', '--diff BASE', '--no-git', 'Examples:', 'Exit status:']) expect(out).toContain(part);
  });
});

describe('detectors command', () => {
  it('lists the catalog as a table and as JSON', async () => {
    const table = memoryIo(dir);
    // A table on a wide terminal; at 80 columns (no terminal) each description goes under its detector.
    expect(await runDetectors([], { ...table.io, stdoutIsTTY: true, columns: 250 })).toBe(0);
    expect(table.out()).toMatch(/^ID +CATEGORY +SEVERITY +DESCRIPTION\n/u);
    expect(table.out()).toContain('slack-webhook-url');
    const json = memoryIo(dir);
    expect(await runDetectors(['--format', 'json', '--category', 'escalation-webhook'], json.io)).toBe(0);
    const list = JSON.parse(json.out()) as { version: number; detectors: { id: string; category: string; description: string }[] };
    expect(list.version).toBe(1);
    expect(list.detectors.length).toBeGreaterThan(0);
    expect(list.detectors.every((d) => d.category === 'escalation-webhook' && d.description.length > 0)).toBe(true);
    expect(await runDetectors(['--category', 'nope'], memoryIo(dir).io)).toBe(2);
  });
});

function require_resolve(specifier: string): string {
  return createRequire(import.meta.url).resolve(specifier);
}
