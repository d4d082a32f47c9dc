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

/** 0 clean, 1 failing findings (or more new warnings than `maxWarnings`), 2 any error. */
export function exitCodeOf(report: ScanReport, maxWarnings?: number): 0 | 1 | 2 {
  if (report.errors.length > 0) return 2;
  const summary = summarize(report);
  if (summary.failing > 0) return 1;
  if (maxWarnings !== undefined && summary.newWarnings > maxWarnings) return 1;
  return 0;
}
