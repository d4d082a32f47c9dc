/**
 * `--format stylish` (default): findings grouped by file, for a terminal.
 * Colour only when asked; every path and message is passed through
 * `escapeControl` and `breakCommands`, so a file name can neither move the
 * cursor or change colours, nor start a CI workflow command.
 */
import { outcomeOf, summarize } from '../../scanner/summary.js';
import type { ScanFinding, ScanReport, SkipReason } from '../../scanner/types.js';
import { breakCommands, escapeControl, painter } from '../terminal.js';
import { displayPath, visibleFindings, type FormatContext } from './index.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A path or message as printed: control characters made visible, `::` broken (no workflow command can start). */
const shown = (text: string): string => breakCommands(escapeControl(text));

export function formatStylish(report: ScanReport, context: FormatContext): string {
  const paint = painter(context.color);
  const out: string[] = [];
  const byFile = new Map<string, ScanFinding[]>();
  for (const f of visibleFindings(report, context)) {
    const list = byFile.get(f.path);
    if (list) list.push(f);
    else byFile.set(f.path, [f]);
  }
  for (const [path, findings] of byFile) {
    out.push(paint.underline(shown(displayPath(report, path))));
    const rows = findings.map((f) => {
      const severity = f.severity === 'error' ? paint.red('error') : paint.yellow('warning');
      const status = f.status === 'existing' ? paint.dim(' (existing)') : '';
      const key = f.keyPath !== undefined ? paint.dim(` at ${shown(f.keyPath)}`) : '';
      return { where: `${f.line}:${f.column}`, severity, plainSeverity: f.severity, text: `${shown(f.message)}${key}${status}`, rule: paint.dim(`${f.category}/${f.ruleId}`) };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    for (const r of rows) {
      out.push(`  ${paint.dim(r.where.padEnd(whereWidth))}  ${r.severity}${' '.repeat(7 - r.plainSeverity.length)}  ${r.text}  ${r.rule}`);
    }
    out.push('');
  }

  if (context.showSuppressed && report.suppressed.length > 0) {
    out.push(paint.bold(`Suppressed (${report.suppressed.length}):`));
    for (const s of report.suppressed) {
      const f = s.finding;
      out.push(`  ${shown(displayPath(report, f.path))}:${f.line}:${f.column}  ${f.ruleId}  ${paint.dim(`${s.by}: ${shown(s.reason)}`)}`);
    }
    out.push('');
  }
  if (report.errors.length > 0) {
    out.push(paint.red(paint.bold(`${plural(report.errors.length, 'error')}:`)));
    for (const e of report.errors) {
      const where = e.path !== undefined ? `${shown(displayPath(report, e.path))}${e.line !== undefined ? `:${e.line}:${e.column ?? 1}` : ''}: ` : '';
      out.push(`  ${where}${shown(e.message)} ${paint.dim(`(${e.code})`)}`);
    }
    out.push('');
  }
  if (report.warnings.length > 0 && !context.quiet) {
    out.push(paint.yellow(`${plural(report.warnings.length, 'warning')}:`));
    for (const w of report.warnings) {
      out.push(`  ${w.path !== undefined ? `${shown(displayPath(report, w.path))}: ` : ''}${shown(w.message)}`);
    }
    out.push('');
  }

  const summary = summarize(report);
  if (summary.skipped > 0 && !context.quiet) {
    const reasons = new Map<SkipReason, number>();
    for (const s of report.skipped) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
    const list = [...reasons].map(([reason, n]) => `${n} ${reason}`).join(', ');
    out.push(paint.dim(`${plural(summary.skipped, 'file')} skipped (${list}); --format json lists them`));
  }
  const counts = [
    summary.existing > 0 ? `${summary.existing} existing` : '',
    summary.newWarnings > 0 ? plural(summary.newWarnings, 'warning') : '',
    summary.suppressed > 0 ? `${summary.suppressed} suppressed` : '',
  ].filter((s) => s !== '');
  const tail = `${counts.length > 0 ? `; ${counts.join(', ')}` : ''} (${plural(summary.files, 'file')} scanned)`;
  const outcome = outcomeOf(report, context.maxWarnings);
  out.push((outcome.exitCode === 0 ? paint.green(`✔ ${outcome.reason}`) : paint.red(paint.bold(`✖ ${outcome.reason}`))) + tail);
  return `${out.join('\n')}\n`;
}
