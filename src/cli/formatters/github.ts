/**
 * `--format github`: GitHub Actions workflow commands (annotations).
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 * File paths are relative to the repository root. Data escapes `%`, CR and LF; properties also `:` and `,`. Other control
 * characters are made visible first, so that no file name or message can end
 * the command line and start a workflow command of its own.
 */
import { outcomeOf, summarize } from '../../scanner/summary.js';
import type { ScanReport } from '../../scanner/types.js';
import { escapeControl } from '../terminal.js';
import { visibleFindings, type FormatContext } from './index.js';

// eslint-disable-next-line no-control-regex -- CR and LF are encoded below, every other control made visible
const OTHER_CONTROLS = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

const visible = (text: string): string => text.replace(OTHER_CONTROLS, (ch) => escapeControl(ch));

/** Escapes the message part of a workflow command. */
export function escapeData(text: string): string {
  return visible(text).replace(/%/gu, '%25').replace(/\r/gu, '%0D').replace(/\n/gu, '%0A');
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/gu, '%3A').replace(/,/gu, '%2C');
}

function command(name: 'error' | 'warning' | 'notice', properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props === '' ? '' : ` ${props}`}::${escapeData(message)}`;
}

export function formatGithub(report: ScanReport, context: FormatContext): string {
  const lines: string[] = [];
  for (const f of visibleFindings(report, context)) {
    const name = f.status === 'existing' ? 'notice' : f.severity === 'error' ? 'error' : 'warning';
    lines.push(
      command(
        name,
        {
          // Relative to the repository root, as GitHub resolves annotation paths.
          file: f.path,
          line: f.line,
          col: f.column,
          endLine: f.endLine,
          endColumn: f.endColumn,
          title: `boundary-guard ${f.ruleId} (${f.category})${f.status === 'existing' ? ' existing' : ''}`,
        },
        `${f.message}${f.keyPath !== undefined ? ` at ${f.keyPath}` : ''} [fingerprint ${f.fingerprint}]`,
      ),
    );
  }
  for (const e of report.errors) {
    lines.push(command('error', { file: e.path, line: e.line, col: e.column, title: `boundary-guard ${e.code}` }, e.message));
  }
  if (!context.quiet) {
    for (const w of report.warnings) {
      lines.push(command('warning', { file: w.path, title: `boundary-guard ${w.code}` }, w.message));
    }
  }
  const s = summarize(report);
  const outcome = outcomeOf(report, context.maxWarnings);
  // Only warnings make it fail: say so where the run's annotations are read.
  if (outcome.exitCode === 1 && s.failing === 0) lines.push(command('error', { title: 'boundary-guard max-warnings' }, outcome.reason));
  // A plain log line: it starts with a letter, never with "::".
  lines.push(
    `boundary-guard: ${s.failing} failing, ${s.existing} existing, ${s.newWarnings} warnings, ${s.errors} errors; ${s.files} files scanned, ${s.skipped} skipped; ${outcome.exitCode === 0 ? 'passed' : 'failed'}: ${outcome.reason}`,
  );
  return `${lines.join('\n')}\n`;
}
