/**
 * Report formatters: pure functions from a scan report to text. None of them
 * sees a raw value: findings carry a masked preview and a fingerprint only.
 */
import { join, relative } from 'node:path';
import type { Detector } from '../../engine/types.js';
import { isFailing } from '../../scanner/summary.js';
import type { ScanFinding, ScanReport } from '../../scanner/types.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

/** What a formatter may know besides the report. */
export interface FormatContext {
  /** ANSI colour (stylish only). */
  readonly color: boolean;
  /** Version of boundary-guard. */
  readonly version: string;
  /** The detector catalog, for rule metadata. */
  readonly detectors: readonly Detector[];
  /** Failing findings only. */
  readonly quiet: boolean;
  /** List suppressed findings too. */
  readonly showSuppressed: boolean;
  /** `--max-warnings` (negative: no limit): it decides the outcome every format states. */
  readonly maxWarnings?: number;
}

export type Formatter = (report: ScanReport, context: FormatContext) => string;

/** Registry: format name -> formatter. */
export const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
} as const satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

/** A root-relative path as the user sees it: relative to the working directory, forward slashes. */
export function displayPath(report: Pick<ScanReport, 'root' | 'cwd'>, path: string): string {
  const rel = relative(report.cwd, join(report.root, path));
  return (rel === '' ? '.' : rel).split('\\').join('/');
}

/** The findings a format lists: with --quiet, failing ones only. */
export function visibleFindings(report: ScanReport, context: Pick<FormatContext, 'quiet'>): ScanFinding[] {
  return context.quiet ? report.findings.filter(isFailing) : report.findings;
}
