/**
 * `--format json`: the report as versioned JSON, documented by
 * schemas/report.schema.json. Paths are relative to the working directory.
 */
import { outcomeOf, summarize } from '../../scanner/summary.js';
import type { ScanFinding, ScanReport } from '../../scanner/types.js';
import { safeJson } from '../terminal.js';
import { displayPath, visibleFindings, type FormatContext } from './index.js';

/** Version of the json report format; bumped on any incompatible change. */
export const JSON_REPORT_VERSION = 1;

function finding(report: ScanReport, f: Omit<ScanFinding, 'status'> & { status?: string }): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    category: f.category,
    severity: f.severity,
    ...(f.status !== undefined ? { status: f.status } : {}),
    path: displayPath(report, f.path),
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    message: f.message,
    preview: f.preview,
    fingerprint: f.fingerprint,
    valueHash: f.valueHash,
    ...(f.keyPath !== undefined ? { keyPath: f.keyPath } : {}),
    ...(f.byteOffset !== undefined ? { byteOffset: f.byteOffset } : {}),
    ...(f.commit !== undefined ? { commit: f.commit } : {}),
  };
}

/** Builds the json report object (exported for tests and the schema check). */
export function jsonReport(report: ScanReport, context: FormatContext): Record<string, unknown> {
  const path = (p: string | undefined): Record<string, string> => (p === undefined ? {} : { path: displayPath(report, p) });
  return {
    version: JSON_REPORT_VERSION,
    tool: { name: 'boundary-guard', version: context.version },
    mode: report.mode,
    findings: visibleFindings(report, context).map((f) => finding(report, f)),
    suppressed: context.showSuppressed ? report.suppressed.map((s) => ({ ...finding(report, s.finding), by: s.by, reason: s.reason })) : [],
    errors: report.errors.map((e) => ({
      code: e.code,
      ...path(e.path),
      ...(e.line !== undefined ? { line: e.line } : {}),
      ...(e.column !== undefined ? { column: e.column } : {}),
      message: e.message,
    })),
    warnings: report.warnings.map((w) => ({ code: w.code, ...path(w.path), message: w.message })),
    skipped: report.skipped.map((s) => ({ ...path(s.path), reason: s.reason, ...(s.size !== undefined ? { size: s.size } : {}), ...(s.format !== undefined ? { format: s.format } : {}) })),
    summary: { ...summarize(report), ...outcomeOf(report, context.maxWarnings), ...(context.maxWarnings !== undefined && context.maxWarnings >= 0 ? { maxWarnings: context.maxWarnings } : {}) },
  };
}

export function formatJson(report: ScanReport, context: FormatContext): string {
  return `${safeJson(jsonReport(report, context))}\n`;
}
