/**
 * `boundary-guard baseline`: records the findings of a tree scan by
 * fingerprint, so that scans fail only on new ones; `--prune` drops what was
 * fixed, `--list` shows the entries. Nothing it prints holds a value.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { randomHashKey } from '../engine/hash.js';
import { BASELINE_FILE_NAME, BaselineError, createBaseline, formatBaseline, readBaseline, type BaselineEntry, type BaselineFile } from '../scanner/baseline.js';
import { isStale, pruneBaseline } from '../scanner/baseline-match.js';
import { CONFIG_FILE_NAME, ConfigError, loadConfig } from '../scanner/config.js';
import { real, resolveScanRoot, toPosix, UsageError } from '../scanner/discover.js';
import { GitError } from '../scanner/git.js';
import { writeFileAtomic } from '../scanner/read-file.js';
import { scan } from '../scanner/scan.js';
import type { ScanReport } from '../scanner/types.js';
import { ArgsError, BASELINE, helpText, parseCommand, usageMessage } from './args.js';
import type { CliIo, ExitCode } from './io.js';
import { escapeControl, safeJson } from './terminal.js';

type Values = Record<string, string | boolean | undefined>;

/** Where the command works: the scan root, the config file and the baseline it names. */
interface Place {
  readonly cwd: string;
  readonly root: string;
  readonly config?: string;
  /** The config's `baseline`, absolute. */
  readonly configured?: string;
  /** `cwd`-relative (or absolute) form of a path, for messages. */
  readonly shown: (file: string) => string;
}

/** Runs `boundary-guard baseline ARGV…`. */
export async function runBaseline(argv: string[], io: CliIo): Promise<ExitCode> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseCommand(BASELINE, argv));
    checkArgs(values, positionals);
  } catch (error) {
    if (error instanceof ArgsError) {
      io.stderr(usageMessage(BASELINE, error.message));
      return 2;
    }
    throw error;
  }
  if (values.help === true) {
    io.stdout(helpText(BASELINE));
    return 0;
  }
  try {
    const place = await locate(values, positionals, io);
    if (values.list === true) return list(values, place, io);
    if (values.prune === true) return await prune(values, positionals, place, io);
    return await write(values, positionals, place, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(usageMessage(BASELINE, error.message));
      return 2;
    }
    if (error instanceof ConfigError || error instanceof BaselineError || error instanceof GitError) {
      io.stderr(`boundary-guard baseline: ${error.message.split('\n').map(escapeControl).join('\n')}\n`);
      return 2;
    }
    throw error;
  }
}

function checkArgs(values: Values, positionals: readonly string[]): void {
  if (values.prune === true && values.list === true) throw new ArgsError('--prune and --list cannot be combined');
  if (values.list === true && (positionals.length > 0 || values['output-file'] !== undefined)) throw new ArgsError('--list reads the baseline only: it takes no PATH or --output-file');
  if (values.format !== undefined) {
    if (values.list !== true) throw new ArgsError('--format applies to --list');
    if (values.format !== 'text' && values.format !== 'json') throw new ArgsError(`unknown format ${JSON.stringify(values.format)}; use text or json`);
  }
  if (values.baseline !== undefined && values.prune !== true && values.list !== true) {
    throw new ArgsError('--baseline names the file --prune and --list read; --output-file says where to write');
  }
}

async function locate(values: Values, positionals: readonly string[], io: CliIo): Promise<Place> {
  const cwd = real(resolve(io.cwd)) ?? resolve(io.cwd);
  const { root } = await resolveScanRoot(cwd, positionals, values.git !== false);
  const explicit = typeof values.config === 'string' ? values.config : undefined;
  const { config } = loadConfig({ root, cwd, ...(explicit !== undefined ? { explicit } : {}) });
  const shown = (file: string): string => {
    const rel = relative(cwd, file);
    return escapeControl(rel === '' || rel.startsWith('..') ? file : toPosix(rel));
  };
  return { cwd, root, ...(config.file !== undefined ? { config: config.file } : {}), ...(config.baseline !== undefined ? { configured: config.baseline } : {}), shown };
}

/** The baseline --prune and --list read (--baseline, else the config's, else the default at the root), and its name in messages. */
function baselineToRead(values: Values, place: Place): { file: string; shown: string } {
  if (typeof values.baseline === 'string') {
    const file = resolve(place.cwd, values.baseline);
    return { file, shown: place.shown(file) };
  }
  if (place.configured !== undefined) {
    return { file: place.configured, shown: `${place.shown(place.configured)} (named by "baseline" in ${place.shown(place.config ?? '')})` };
  }
  const file = join(place.root, BASELINE_FILE_NAME);
  return { file, shown: place.shown(file) };
}

/** `boundary-guard baseline [PATH…]`: writes the baseline of a tree scan. */
async function write(values: Values, positionals: string[], place: Place, io: CliIo): Promise<ExitCode> {
  const target = typeof values['output-file'] === 'string' ? resolve(place.cwd, values['output-file']) : (place.configured ?? join(place.root, BASELINE_FILE_NAME));
  // Used, and stored in the baseline, only when neither BOUNDARY_GUARD_HASH_KEY nor the config gives a key:
  // the key of the file rewritten, so that its fingerprints stay those of earlier reports, else a fresh one.
  const fallbackKey = storedKey(target) ?? randomHashKey();
  // The baseline being replaced is not read: a broken one must not keep a new one from being written.
  const report = await scan({ cwd: place.cwd, paths: positionals, git: values.git !== false, hashKey: fallbackKey, baseline: false, ...configOption(values) });
  if (incomplete(report, 'no baseline written', io)) return 2;
  const baseline = createBaseline(report.findings, report.hashKeySource === 'fallback' ? fallbackKey : undefined);
  if (!save(target, baseline, report.root, place, io)) return 2;
  const entries = baseline.entries.length;
  io.stdout(
    `Wrote ${place.shown(target)}: ${report.findings.length} finding(s) in ${entries} entr${entries === 1 ? 'y' : 'ies'} (fingerprints only, no values${baseline.hashKey !== undefined ? '; with the hash key they were made with, since none is configured' : ''}).\n`,
  );
  if (place.configured !== target) {
    const configFile = place.config ?? join(place.root, CONFIG_FILE_NAME);
    const name = toPosix(relative(dirname(configFile), target)) || target;
    io.stdout(
      `Name it in ${place.shown(configFile)} ("baseline": ${escapeControl(JSON.stringify(name))}) so that scan, scan --staged (the pre-commit hook) and scan --diff read it; or pass --baseline to each scan.\n`,
    );
  }
  return 0;
}

/** `boundary-guard baseline --prune [PATH…]`: drops the entries a tree scan no longer matches. */
async function prune(values: Values, positionals: string[], place: Place, io: CliIo): Promise<ExitCode> {
  const { file, shown } = baselineToRead(values, place);
  const before = readBaseline(file, shown);
  const report = await scan({ cwd: place.cwd, paths: positionals, git: values.git !== false, baseline: file, ...configOption(values) });
  if (incomplete(report, 'nothing pruned', io)) return 2;
  if (report.hashKeySource === 'random') {
    io.stderr(
      `boundary-guard baseline: ${shown} holds no hash key and none is configured (BOUNDARY_GUARD_HASH_KEY or hashKey in the config): its fingerprints cannot be matched; nothing pruned\n`,
    );
    return 2;
  }
  const matches = report.baseline?.entries ?? [];
  // Every judged entry stale while its files still hold findings of its detectors: fingerprints of another key, not fixed findings.
  const judged = matches.filter((m) => m.judged);
  if (judged.length > 0 && judged.every(isStale) && judged.some((m) => report.findings.some((f) => f.path === m.entry.path && f.ruleId === m.entry.ruleId))) {
    io.stderr(
      `boundary-guard baseline: no entry of ${shown} matches a finding although its files still have findings of its detectors: its fingerprints were likely made with another hash key (BOUNDARY_GUARD_HASH_KEY, hashKey); nothing pruned\n`,
    );
    return 2;
  }
  const result = pruneBaseline(before, matches);
  if (result.dropped.length === 0 && result.lowered.length === 0 && result.moved.length === 0) {
    io.stdout(`Nothing to prune in ${place.shown(file)}: every entry the scan judged still matches (${before.entries.length} entr${before.entries.length === 1 ? 'y' : 'ies'}).\n`);
    return 0;
  }
  const target = typeof values['output-file'] === 'string' ? resolve(place.cwd, values['output-file']) : file;
  if (!save(target, result.baseline, report.root, place, io)) return 2;
  const fixed = result.dropped.reduce((n, e) => n + e.count, 0) + result.lowered.reduce((n, l) => n + l.entry.count - l.count, 0);
  const lines = [
    `Pruned ${place.shown(file)}${target !== file ? ` into ${place.shown(target)}` : ''}: dropped ${plural(result.dropped.length, 'entry', 'entries')}, lowered ${plural(result.lowered.length, 'count')}, followed ${plural(result.moved.length, 'move')} (${plural(fixed, 'finding')} fixed); ${plural(result.baseline.entries.length, 'entry', 'entries')} left.`,
    ...result.dropped.map((e) => `  dropped  ${entryName(e)}${e.count > 1 ? ` (${e.count} findings)` : ''}`),
    ...result.lowered.map((l) => `  lowered  ${entryName(l.entry)}: ${l.entry.count} -> ${l.count}`),
    ...result.moved.map((m) => `  moved    ${entryName(m.entry)} -> ${escapeControl(m.to.path)}`),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return 0;
}

/** `boundary-guard baseline --list`: the entries, never a value nor the hash key. */
function list(values: Values, place: Place, io: CliIo): ExitCode {
  const { file, shown } = baselineToRead(values, place);
  const baseline = readBaseline(file, shown);
  const findings = baseline.entries.reduce((n, e) => n + e.count, 0);
  if (values.format === 'json') {
    const entries = baseline.entries.map((e) => ({ path: e.path, ruleId: e.ruleId, count: e.count, fingerprint: e.fingerprint, ...(e.valueHash !== undefined ? { valueHash: e.valueHash } : {}) }));
    io.stdout(`${safeJson({ file: place.shown(file), version: baseline.version, hashKeyStored: baseline.hashKey !== undefined, findings, entries })}\n`);
    return 0;
  }
  const rows = baseline.entries.map((e) => [escapeControl(e.path), escapeControl(e.ruleId), String(e.count), e.fingerprint.slice(0, 12)] as const);
  const head = ['PATH', 'DETECTOR', 'COUNT', 'FINGERPRINT'] as const;
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]): string => `  ${cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ')}`;
  const out = [
    `${place.shown(file)}: ${plural(baseline.entries.length, 'entry', 'entries')}, ${plural(findings, 'finding')}${baseline.hashKey !== undefined ? ' (the file holds its hash key)' : ''}`,
    ...(rows.length > 0 ? [line(head), ...rows.map(line)] : []),
  ];
  io.stdout(`${out.join('\n')}\n`);
  return 0;
}

/** The hash key stored in an existing baseline, if it can be read. */
function storedKey(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return readBaseline(file, file).hashKey;
  } catch {
    return undefined;
  }
}

function configOption(values: Values): { config?: string } {
  return typeof values.config === 'string' ? { config: values.config } : {};
}

/** A baseline of an incomplete scan would hide whatever could not be read: prints the errors, true when there were some. */
function incomplete(report: ScanReport, what: string, io: CliIo): boolean {
  if (report.errors.length === 0) return false;
  for (const e of report.errors) io.stderr(`boundary-guard baseline: ${e.path !== undefined ? `${escapeControl(e.path)}: ` : ''}${escapeControl(e.message)}\n`);
  io.stderr(`boundary-guard baseline: the scan was incomplete; ${what}\n`);
  return true;
}

function save(target: string, baseline: BaselineFile, root: string, place: Place, io: CliIo): boolean {
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, formatBaseline(baseline), { root });
    return true;
  } catch (error) {
    io.stderr(`boundary-guard baseline: cannot write ${place.shown(target)} (${error instanceof Error ? error.message : String(error)})\n`);
    return false;
  }
}

function entryName(entry: BaselineEntry): string {
  return `${escapeControl(entry.path)} ${escapeControl(entry.ruleId)}`;
}

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
