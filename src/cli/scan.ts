/**
 * `boundary-guard scan`: argv -> scanner -> formatter -> exit status.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createCatalog } from '../../patterns/index.js';
import { BaselineError } from '../scanner/baseline.js';
import { ConfigError } from '../scanner/config.js';
import { parseShard, real, UsageError, type Shard } from '../scanner/discover.js';
import { GitError } from '../scanner/git.js';
import { writeFileAtomic } from '../scanner/read-file.js';
import { scan, type ScanOptions } from '../scanner/scan.js';
import { exitCodeOf } from '../scanner/summary.js';
import type { ScanErrorCode, ScanReport } from '../scanner/types.js';
import type { Detector } from '../engine/types.js';
import { ArgsError, helpText, parseCommand, SCAN, usageMessage } from './args.js';
import { FORMATTERS, isFormatName, type FormatContext } from './formatters/index.js';
import type { CliIo, ExitCode } from './io.js';
import { effectiveConfig } from './print-config.js';
import { packageVersion } from './run.js';
import { escapeControl, progressLine, terminalOf, useColor, type TerminalFacts } from './terminal.js';

/** Runs `boundary-guard scan ARGV…`; never exits the process. */
export async function runScan(argv: string[], io: CliIo & TerminalFacts): Promise<ExitCode> {
  let parsed: ReturnType<typeof parseScanArgs>;
  try {
    parsed = parseScanArgs(argv);
  } catch (error) {
    if (error instanceof ArgsError || error instanceof UsageError) {
      io.stderr(usageMessage(SCAN, error.message));
      return 2;
    }
    throw error;
  }
  if (parsed === 'help') {
    io.stdout(helpText(SCAN));
    return 0;
  }
  const { options, format, outputFile, maxWarnings, quiet, color } = parsed;
  if (parsed.printConfig) return printConfig(options, io);
  const terminal = terminalOf(io);

  const context = (detectors: readonly Detector[]): FormatContext => ({
    color: outputFile === undefined && useColor(color, terminal.stdoutIsTTY, terminal.env),
    version: packageVersion(),
    detectors,
    quiet,
    showSuppressed: options.showSuppressed === true,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
  });
  /** Writes the report to --output-file; false (and a message) when it cannot. */
  const writeReport = (text: string, root: string): boolean => {
    if (outputFile === undefined) return true;
    const target = resolve(io.cwd, outputFile);
    try {
      mkdirSync(dirname(target), { recursive: true });
      writeFileAtomic(target, text, { root });
      return true;
    } catch (error) {
      io.stderr(`boundary-guard scan: cannot write ${escapeControl(outputFile)} (${error instanceof Error ? error.message : String(error)})\n`);
      return false;
    }
  };
  /**
   * A run that ends before there is a scan report still leaves its report
   * file: a CI step that uploads it after a failed scan finds it, with the error.
   */
  const failed = (code: ScanErrorCode, message: string): void => {
    if (outputFile === undefined) return;
    const root = real(io.cwd) ?? io.cwd;
    const report: ScanReport = {
      mode: options.mode ?? 'tree',
      root,
      cwd: root,
      findings: [],
      suppressed: [],
      errors: [{ code, message }],
      warnings: [],
      skipped: [],
      stats: { files: 0, bytes: 0, durationMs: 0, workers: 0 },
    };
    writeReport(FORMATTERS[format](report, context(createCatalog())), root);
  };

  let stdin: ScanOptions['stdin'];
  if (parsed.stdinFilename !== undefined) {
    if (!io.stdin) {
      io.stderr(usageMessage(SCAN, '--stdin: standard input is not available'));
      failed('usage-error', '--stdin: standard input is not available');
      return 2;
    }
    stdin = { content: Buffer.from(await io.stdin(), 'utf8'), filename: parsed.stdinFilename };
  }

  const progress = progressLine(io, terminal.stderrIsTTY);
  let report;
  try {
    report = await scan({
      ...options,
      cwd: io.cwd,
      ...(stdin ? { stdin } : {}),
      onProgress: (p) => progress.update(`boundary-guard: ${p.done}/${p.total} files, ${(p.bytes / 1048576).toFixed(1)} MB`),
    });
  } catch (error) {
    progress.clear();
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError) {
      io.stderr(usageMessage(SCAN, error.message));
      failed('usage-error', message);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof BaselineError || error instanceof GitError) {
      io.stderr(`boundary-guard scan: ${error.message.split('\n').map(escapeControl).join('\n')}\n`);
      failed(error instanceof ConfigError ? 'config-error' : error instanceof BaselineError ? 'baseline-error' : 'git-error', message);
      return 2;
    }
    failed('internal-error', `unexpected error: ${message}`);
    throw error;
  }
  progress.clear();

  const text = FORMATTERS[format](report, context(report.detectors ?? createCatalog()));
  if (outputFile === undefined) io.stdout(text);
  else if (!writeReport(text, report.root)) return 2;

  // Machine formats keep errors inside the report; say on stderr why the status is 2.
  if (report.errors.length > 0 && (format !== 'stylish' || outputFile !== undefined)) {
    for (const e of report.errors.slice(0, 20)) {
      io.stderr(`boundary-guard scan: ${e.path !== undefined ? `${escapeControl(e.path)}: ` : ''}${escapeControl(e.message)}\n`);
    }
    if (report.errors.length > 20) io.stderr(`boundary-guard scan: … and ${report.errors.length - 20} more errors\n`);
  }
  return exitCodeOf(report, maxWarnings);
}

function parseScanArgs(argv: readonly string[]):
  | 'help'
  | {
      options: Omit<ScanOptions, 'cwd'>;
      format: keyof typeof FORMATTERS;
      outputFile: string | undefined;
      maxWarnings: number | undefined;
      quiet: boolean;
      color: boolean | undefined;
      stdinFilename: string | undefined;
      printConfig: boolean;
    } {
  // `--max-warnings -1` (no limit, as in ESLint): parseArgs reads a value starting with a dash as a missing one.
  const { values, positionals } = parseCommand(
    SCAN,
    argv.flatMap((arg, i) => (arg === '--max-warnings' && /^-\d+$/u.test(argv[i + 1] ?? '') ? [] : argv[i - 1] === '--max-warnings' && /^-\d+$/u.test(arg) ? [`--max-warnings=${arg}`] : [arg])),
  );
  if (values.help === true) return 'help';
  const str = (name: string): string | undefined => (typeof values[name] === 'string' ? (values[name]) : undefined);
  const format = str('format') ?? 'stylish';
  if (!isFormatName(format)) throw new ArgsError(`unknown format ${JSON.stringify(format)}; use one of ${Object.keys(FORMATTERS).join(', ')}`);
  const staged = values.staged === true;
  const base = str('diff');
  if (staged && base !== undefined) throw new ArgsError('--staged and --diff cannot be combined');
  if (values.history === false && base === undefined) throw new ArgsError('--no-history applies to --diff only');
  const stdinMode = values.stdin === true;
  if (!stdinMode && str('stdin-filename') !== undefined) throw new ArgsError('--stdin-filename needs --stdin');
  if (stdinMode && (positionals.length > 0 || staged || base !== undefined)) throw new ArgsError('--stdin cannot be combined with paths, --staged or --diff');
  let maxWarnings: number | undefined;
  if (str('max-warnings') !== undefined) {
    maxWarnings = Number(str('max-warnings'));
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new ArgsError('--max-warnings takes a whole number >= 0, or -1 for no limit');
  }
  let concurrency: number | 'auto' = 'auto';
  const c = str('concurrency');
  if (c !== undefined && c !== 'auto') {
    concurrency = c === 'off' ? 0 : Number(c);
    if (!Number.isInteger(concurrency) || concurrency < 0 || concurrency > 64) throw new ArgsError('--concurrency takes auto, off or a number of threads (0-64)');
  }
  let shard: Shard | undefined;
  if (str('shard') !== undefined) shard = parseShard(str('shard') ?? '');
  const config = str('config');
  const baseline = str('baseline');
  return {
    options: {
      // No PATH: the current directory, also in a subdirectory of a git work tree (the config is still the root's).
      paths: positionals.length > 0 || stdinMode ? positionals : ['.'],
      mode: staged ? 'staged' : base !== undefined ? 'diff' : 'tree',
      ...(base !== undefined ? { base } : {}),
      ...(values.history === false ? { history: false } : {}),
      git: values.git !== false,
      ...(config !== undefined ? { config } : {}),
      ...(baseline !== undefined ? { baseline } : {}),
      ...(shard ? { shard } : {}),
      showSuppressed: values['show-suppressed'] === true,
      concurrency,
    },
    format,
    outputFile: str('output-file'),
    maxWarnings,
    quiet: values.quiet === true,
    color: typeof values.color === 'boolean' ? values.color : undefined,
    stdinFilename: stdinMode ? (str('stdin-filename') ?? '<stdin>') : undefined,
    printConfig: values['print-config'] === true,
  };
}

/** `--print-config`: the effective config as JSON, exit status 0; errors as a scan reports them. */
async function printConfig(options: Omit<ScanOptions, 'cwd'>, io: CliIo): Promise<ExitCode> {
  try {
    io.stdout(await effectiveConfig({ cwd: io.cwd, paths: options.paths ?? [], git: options.git !== false, ...(options.config !== undefined ? { config: options.config } : {}) }));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) io.stderr(usageMessage(SCAN, error.message));
    else if (error instanceof ConfigError) io.stderr(`boundary-guard scan: ${error.message.split('\n').map(escapeControl).join('\n')}\n`);
    else throw error;
    return 2;
  }
}
