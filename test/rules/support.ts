/**
 * Case builders for the category rules. Positives come from the detectors'
 * own seeded samples at run time (no realistic value is written in a test);
 * expected positions are the engine's findings for the same text, which is
 * the plugin's contract: same engine, same text, same ranges.
 */
import { catalog } from '../../patterns/index.js';
import type { BoundaryCategory } from '../../src/contract/categories.js';
import { syntheticValueFor } from '../../src/eslint/synthetic-value.js';
import { scanText } from '../../src/index.js';
import type { Finding, Sample } from '../../src/engine/types.js';
import { embed, type SampleContext } from '../support/embed.js';
import { rules } from '../../rules/index.js';

/** A positive sample of a category, with the detector that owns it. */
export interface Positive {
  readonly detector: string;
  readonly key: string;
  readonly value: string;
}

/** Every positive sample of the detectors of `category`, single-line ones first. */
export function positivesOf(category: BoundaryCategory): Positive[] {
  const out: Positive[] = [];
  for (const detector of catalog.filter((d) => d.category === category)) {
    for (const sample of detector.samples().positive) out.push({ detector: detector.id, ...split(sample) });
  }
  // Single-line values without quotes or backslashes first: they embed in every context, a JSX attribute included.
  const awkward = (p: Positive): number => 2 * Number(p.value.includes('\n')) + Number(/["\\]/u.test(p.value));
  return out.sort((a, b) => awkward(a) - awkward(b));
}

function split(sample: Sample): { key: string; value: string } {
  return typeof sample === 'string' ? { key: 'value', value: sample } : { key: sample.key, value: sample.value };
}

/** A code snippet and the file name that selects its syntax. */
export interface Snippet {
  readonly code: string;
  readonly filename: string;
}

/** Where a sample can be placed: the catalog test's contexts, plus a JSX attribute and a one-line TS constant. */
export type SnippetContext = SampleContext | 'jsx-attribute' | 'ts-line';

/** The sample placed in a file of `context` (the catalog test's embedding where it has one). */
export function snippet(p: Positive, context: SnippetContext): Snippet {
  if (context === 'jsx-attribute') {
    return { filename: 'src/panel.tsx', code: `export const Panel = () => (\n  <Widget ${p.key}=${JSON.stringify(p.value)} />\n);\n` };
  }
  if (context === 'ts-line') {
    return { filename: 'src/line.ts', code: `export const config = { ${p.key}: ${JSON.stringify(p.value)} };\n` };
  }
  if (context === 'ts-comment' && p.value.includes('*/')) {
    // A block comment cannot hold `*/`: line comments instead.
    return { filename: 'src/notes.ts', code: `// ${p.key}: ${p.value.split('\n').join('\n// ')}\nexport const ready = true;\n` };
  }
  const { path, text } = embed(p.key === 'value' ? p.value : { key: p.key, value: p.value }, context);
  return { filename: path, code: text };
}

/** `snippet` with a line of code put above it. */
export function withLineAbove(s: Snippet, line: string): Snippet {
  return { filename: s.filename, code: `${line}\n${s.code}` };
}

/** Findings of `category` in a snippet, as the CLI's engine reports them. */
export function engineFindings(snippet: Snippet, category: BoundaryCategory): Finding[] {
  return scanText(snippet.code, { path: snippet.filename }).findings.filter((f) => f.category === category);
}

const detectorName = (id: string): string => catalog.find((d) => d.id === id)?.name ?? id;

/** The error a category rule must report for `finding`, with the suggestion when `suggest` is set. */
export function expectedError(snippet: Snippet, finding: Finding, suggest: boolean) {
  const replacement = syntheticValueFor(snippet.code.slice(finding.offset, finding.endOffset), finding);
  return {
    messageId: 'forbiddenValue' as const,
    line: finding.line,
    column: finding.column,
    endLine: finding.endLine,
    endColumn: finding.endColumn,
    data: { name: detectorName(finding.ruleId), id: finding.ruleId, preview: finding.preview },
    suggestions: suggest
      ? [
          {
            messageId: 'replaceWithSynthetic' as const,
            data: { replacement },
            output: snippet.code.slice(0, finding.offset) + replacement + snippet.code.slice(finding.endOffset),
          },
        ]
      : [],
  };
}

/** An invalid case: the snippet, and one error per engine finding of `category`. */
export function invalidCase(snippet: Snippet, category: BoundaryCategory, suggest: boolean) {
  const findings = engineFindings(snippet, category);
  if (findings.length === 0) throw new Error(`no ${category} finding in ${snippet.filename}; the sample does not fit this context`);
  return { ...snippet, errors: findings.map((f) => expectedError(snippet, f, suggest)) };
}

/** A rule of the plugin by name, as ESLint loads it. */
export function pluginRule(name: string): object {
  const rule = rules[name];
  if (rule === undefined) throw new Error(`no rule ${name}`);
  return rule;
}
