/**
 * Scores an engine against the labelled corpus. A finding counts for a label
 * of its category on its line (a multi-line finding, e.g. a PEM block, for a
 * label on any line it spans or the line just before or after it; a block
 * label for a finding on any of its lines). Matched
 * labels are true positives, unmatched required labels false negatives, and
 * findings matching no label false positives; a finding on a label that is
 * already matched is a duplicate, neither.
 */
import { BOUNDARY_CATEGORY_IDS, type BoundaryCategory } from '../../src/contract/categories.js';
import type { Engine } from '../../src/engine/scan-text.js';
import type { Finding } from '../../src/engine/types.js';
import type { CorpusFile, CorpusLabel } from './expand.js';

/** Counts and rates of one category. */
export interface CategoryScore {
  readonly category: BoundaryCategory;
  /** Required labels. */
  readonly labels: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  /** Findings on `maybe` labels (not counted either way). */
  readonly tolerated: number;
  /** 1 when there is no finding at all (nothing wrong was reported). */
  readonly precision: number;
  /** 1 when there is no label. */
  readonly recall: number;
  readonly f1: number;
}

/** A false positive: a finding no label expects. */
export interface FalsePositive {
  readonly path: string;
  readonly line: number;
  readonly category: BoundaryCategory;
  readonly ruleId: string;
  readonly preview: string;
  /** Categories labelled on the same line, if any (a finding in the wrong category). */
  readonly labelled: readonly BoundaryCategory[];
}

/** A false negative: a required label no finding matched. */
export interface FalseNegative {
  readonly path: string;
  readonly line: number;
  readonly category: BoundaryCategory;
  /** Findings of other categories on that line (`ruleId/category`). */
  readonly others: readonly string[];
  /** Findings of that category on that line that were suppressed, with the reason. */
  readonly suppressed: readonly string[];
}

/** The whole score. */
export interface CorpusScore {
  readonly files: number;
  readonly lines: number;
  readonly bytes: number;
  readonly findings: number;
  readonly categories: readonly CategoryScore[];
  readonly falsePositives: readonly FalsePositive[];
  readonly falseNegatives: readonly FalseNegative[];
  readonly micro: { readonly tp: number; readonly fp: number; readonly fn: number; readonly precision: number; readonly recall: number; readonly f1: number };
}

/** True when the finding's lines (widened by one for a multi-line finding) meet the label's lines. */
function meets(finding: Finding, label: Pick<CorpusLabel, 'line' | 'endLine'>): boolean {
  const slack = finding.endLine > finding.line ? 1 : 0;
  return label.line <= finding.endLine + slack && label.endLine >= finding.line - slack;
}

function rates(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Scans every corpus file with `engine` and scores the findings against the labels. */
export function scoreCorpus(engine: Engine, files: readonly CorpusFile[]): CorpusScore {
  const tp = new Map<BoundaryCategory, number>();
  const fpCount = new Map<BoundaryCategory, number>();
  const tolerated = new Map<BoundaryCategory, number>();
  const falsePositives: FalsePositive[] = [];
  const falseNegatives: FalseNegative[] = [];
  const bump = (map: Map<BoundaryCategory, number>, key: BoundaryCategory): void => void map.set(key, (map.get(key) ?? 0) + 1);
  let findingCount = 0;
  let lineCount = 0;
  let byteCount = 0;

  for (const file of files) {
    lineCount += file.text.split('\n').length;
    byteCount += Buffer.byteLength(file.text);
    const result = engine.scanText(file.text, { path: file.path, collectSuppressed: true });
    findingCount += result.findings.length;
    const matched = new Set<CorpusLabel>();
    for (const finding of result.findings) {
      const candidates = file.labels.filter((l) => l.category === finding.category && meets(finding, l));
      const required = candidates.filter((l) => !l.optional).sort((a, b) => Math.abs(a.line - finding.line) - Math.abs(b.line - finding.line));
      const free = required.find((l) => !matched.has(l));
      if (free) {
        matched.add(free);
        bump(tp, finding.category);
      } else if (required.length > 0) {
        // Duplicate of a matched label: neither right nor wrong.
      } else if (candidates.length > 0) {
        bump(tolerated, finding.category);
      } else {
        bump(fpCount, finding.category);
        falsePositives.push({
          path: file.path,
          line: finding.line,
          category: finding.category,
          ruleId: finding.ruleId,
          preview: finding.preview,
          labelled: file.labels.filter((l) => meets(finding, l)).map((l) => l.category),
        });
      }
    }
    for (const label of file.labels) {
      if (label.optional || matched.has(label)) continue;
      falseNegatives.push({
        path: file.path,
        line: label.line,
        category: label.category,
        others: result.findings.filter((f) => meets(f, label) && f.category !== label.category).map((f) => `${f.ruleId}/${f.category}`),
        suppressed: result.suppressed
          .filter((s) => s.finding.category === label.category && meets(s.finding, label))
          .map((s) => `${s.finding.ruleId} ${s.finding.preview}: ${s.by}, ${s.reason}`),
      });
    }
  }

  const categories = BOUNDARY_CATEGORY_IDS.map((category): CategoryScore => {
    const labels = files.reduce((n, f) => n + f.labels.filter((l) => l.category === category && !l.optional).length, 0);
    const t = tp.get(category) ?? 0;
    const fp = fpCount.get(category) ?? 0;
    const fn = labels - t;
    return { category, labels, tp: t, fp, fn, tolerated: tolerated.get(category) ?? 0, ...rates(t, fp, fn) };
  });
  const sum = (pick: (c: CategoryScore) => number): number => categories.reduce((n, c) => n + pick(c), 0);
  const micro = { tp: sum((c) => c.tp), fp: sum((c) => c.fp), fn: sum((c) => c.fn) };
  return {
    files: files.length,
    lines: lineCount,
    bytes: byteCount,
    findings: findingCount,
    categories,
    falsePositives,
    falseNegatives,
    micro: { ...micro, ...rates(micro.tp, micro.fp, micro.fn) },
  };
}

const pct = (n: number): string => n.toFixed(3);

/** The score as a plain-text report: the table, then every false positive and negative (masked previews only). */
export function formatScore(score: CorpusScore): string {
  const out: string[] = [];
  out.push(`corpus: ${score.files} files, ${score.lines} lines, ${(score.bytes / 1024).toFixed(0)} KiB; ${score.findings} findings`);
  out.push('');
  const header = ['category', 'labels', 'TP', 'FP', 'FN', 'maybe', 'precision', 'recall', 'F1'];
  const rows = score.categories.map((c) => [c.category, String(c.labels), String(c.tp), String(c.fp), String(c.fn), String(c.tolerated), pct(c.precision), pct(c.recall), pct(c.f1)]);
  rows.push(['(all, micro)', String(score.micro.tp + score.micro.fn), String(score.micro.tp), String(score.micro.fp), String(score.micro.fn), '', pct(score.micro.precision), pct(score.micro.recall), pct(score.micro.f1)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  out.push(line(header));
  out.push(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) out.push(line(row));
  out.push('');
  out.push(`false positives (${score.falsePositives.length}):`);
  for (const fp of score.falsePositives) {
    const note = fp.labelled.length > 0 ? `  [line labelled ${fp.labelled.join(', ')}]` : '';
    out.push(`  ${fp.path}:${fp.line}  ${fp.category}  ${fp.ruleId}  ${fp.preview}${note}`);
  }
  out.push('');
  out.push(`false negatives (${score.falseNegatives.length}):`);
  for (const fn of score.falseNegatives) {
    const notes = [...(fn.others.length > 0 ? [`found as ${fn.others.join(', ')}`] : []), ...fn.suppressed.map((s) => `suppressed ${s}`)];
    out.push(`  ${fn.path}:${fn.line}  ${fn.category}${notes.length > 0 ? `  [${notes.join('; ')}]` : ''}`);
  }
  return out.join('\n');
}
