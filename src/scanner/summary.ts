import type { ScanFinding, ScanReport } from './types.js';

/** Counts every report format shows. */
export interface ScanSummary {
  /** Files scanned, bytes scanned, files skipped. */
  readonly files: number;
  readonly bytes: number;
  readonly skipped: number;
  readonly findings: number;
  /** New findings at error level: these fail the scan. */
  readonly failing: number;
  readonly new: number;
  readonly existing: number;
  /** New findings at warning level (compared with --max-warnings). */
  readonly newWarnings: number;
  readonly suppressed: number;
  readonly errors: number;
  readonly warnings: number;
  readonly durationMs: number;
}

/** A finding fails the scan when it is new and at error level. */
export function isFailing(finding: ScanFinding): boolean {
  return finding.status === 'new' && finding.severity === 'error';
}

export function summarize(report: ScanReport): ScanSummary {
  let failing = 0;
  let fresh = 0;
  let newWarnings = 0;
  for (const f of report.findings) {
    if (f.status !== 'new') continue;
    fresh++;
    if (f.severity === 'error') failing++;
    else newWarnings++;
  }
  return {
    files: report.stats.files,
    bytes: report.stats.bytes,
    skipped: report.skipped.length,
    findings: report.findings.length,
    failing,
    new: fresh,
    existing: report.findings.length - fresh,
    newWarnings,
    suppressed: report.suppressed.length,
    errors: report.errors.length,
    warnings: report.warnings.length,
    durationMs: report.stats.durationMs,
  };
}

/** What a run ends in: its exit status and the reason, in words, that every format prints. */
export interface ScanOutcome {
  readonly exitCode: 0 | 1 | 2;
  /** `no failing findings`, `3 failing findings`, `4 new warnings, more than --max-warnings 2`, `1 error`. */
  readonly reason: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * 0 clean, 1 failing findings (or more new warnings than `maxWarnings`; a
 * negative `maxWarnings` is no limit), 2 any error; with the reason.
 */
export function outcomeOf(report: ScanReport, maxWarnings?: number): ScanOutcome {
  const summary = summarize(report);
  if (summary.errors > 0) {
    return { exitCode: 2, reason: `incomplete: ${plural(summary.errors, 'error')}${summary.failing > 0 ? `, ${plural(summary.failing, 'failing finding')}` : ''}` };
  }
  if (summary.failing > 0) return { exitCode: 1, reason: plural(summary.failing, 'failing finding') };
  if (maxWarnings !== undefined && maxWarnings >= 0 && summary.newWarnings > maxWarnings) {
    return { exitCode: 1, reason: `${plural(summary.newWarnings, 'new warning')}, more than --max-warnings ${maxWarnings}` };
  }
  return { exitCode: 0, reason: 'no failing findings' };
}

/** The exit status of `outcomeOf`. */
export function exitCodeOf(report: ScanReport, maxWarnings?: number): 0 | 1 | 2 {
  return outcomeOf(report, maxWarnings).exitCode;
}
