/**
 * `boundary-guard baseline`: records the findings of a tree scan by
 * fingerprint, so that `scan --baseline` fails only on new ones.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { randomHashKey } from '../engine/hash.js';
import { BASELINE_FILE_NAME, BaselineError, createBaseline, formatBaseline } from '../scanner/baseline.js';
import { ConfigError } from '../scanner/config.js';
import { UsageError } from '../scanner/discover.js';
import { GitError } from '../scanner/git.js';
import { writeFileAtomic } from '../scanner/read-file.js';
import { scan } from '../scanner/scan.js';
import { ArgsError, BASELINE, helpText, parseCommand, usageMessage } from './args.js';
import type { CliIo, ExitCode } from './io.js';
import { escapeControl } from './terminal.js';

/** Runs `boundary-guard baseline ARGV…`. */
export async function runBaseline(argv: string[], io: CliIo): Promise<ExitCode> {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseCommand(BASELINE, argv));
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
  const config = typeof values.config === 'string' ? values.config : undefined;
  let report;
  // Used, and stored in the baseline, only when neither BOUNDARY_GUARD_HASH_KEY nor the config gives a key.
  const fallbackKey = randomHashKey();
  try {
    report = await scan({ cwd: io.cwd, paths: positionals, git: values.git !== false, hashKey: fallbackKey, ...(config !== undefined ? { config } : {}) });
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
  if (report.errors.length > 0) {
    // A baseline of an incomplete scan would hide whatever could not be read.
    for (const e of report.errors) io.stderr(`boundary-guard baseline: ${e.path !== undefined ? `${escapeControl(e.path)}: ` : ''}${escapeControl(e.message)}\n`);
    io.stderr('boundary-guard baseline: the scan was incomplete; no baseline written\n');
    return 2;
  }
  const target = typeof values['output-file'] === 'string' ? resolve(io.cwd, values['output-file']) : join(report.root, BASELINE_FILE_NAME);
  const baseline = createBaseline(report.findings, report.hashKeySource === 'fallback' ? fallbackKey : undefined);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileAtomic(target, formatBaseline(baseline), { root: report.root });
  } catch (error) {
    io.stderr(`boundary-guard baseline: cannot write ${escapeControl(target)} (${error instanceof Error ? error.message : String(error)})\n`);
    return 2;
  }
  const shown = relative(report.cwd, target).split('\\').join('/') || target;
  io.stdout(`Wrote ${escapeControl(shown)}: ${report.findings.length} finding(s) in ${baseline.entries.length} entr${baseline.entries.length === 1 ? 'y' : 'ies'} (fingerprints only, no values${baseline.hashKey !== undefined ? '; with the hash key they were made with, since none is configured' : ''}).\n`);
  return 0;
}
