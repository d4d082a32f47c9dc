/**
 * `keywordContext` is an optimisation: a detector's findings must be the same
 * with and without it. Two checks: the contract the field states, in every
 * sample context and every labelled corpus file (every regex match holds a
 * keyword at which the context test passes; for a detector that reads the
 * whole text, every text it reports on holds one); and the whole catalog
 * finds the same over the corpus and a generated tree with the contexts
 * removed.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { createEngine, detectorReach } from '../../src/engine/index.js';
import type { Detector } from '../../src/engine/types.js';
import { buildBenchTree } from '../corpus/bench-tree.js';
import { loadCorpus } from '../corpus/expand.js';
import { CONTEXTS, embed } from '../support/embed.js';

const withContext = catalog.filter((d) => d.keywordContext !== undefined);
const corpus = loadCorpus();

/** Every match of the detector's regex in `text`, as [start, end). */
function matches(detector: Detector, text: string): [number, number][] {
  const flags = [...new Set(`${detector.regex.flags}g`)].join('');
  const regex = new RegExp(detector.regex.source, flags);
  const out: [number, number][] = [];
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    if (m[0].length === 0) regex.lastIndex++;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** A detector that reads the whole text (multiline, no reach): its matches need not hold a keyword, its texts do. */
function readsWholeText(detector: Detector): boolean {
  return detector.multiline === true && detectorReach(detector) === undefined;
}

/** Spans the contract covers: each regex match, or the whole text when the detector reports on it. */
function spans(detector: Detector, text: string): [number, number][] {
  if (!readsWholeText(detector)) return matches(detector, text);
  const alone = createEngine([{ ...detector, keywordContext: undefined }]);
  // Only the detector's own findings: the engine's payload pass reports contract fields whatever the catalog.
  return alone.scanText(text).findings.some((f) => f.ruleId === detector.id) ? [[0, text.length]] : [];
}

/**
 * The regex matches that the detector reports without its keyword context:
 * a generic detector's regex reads any `key: value` and its validator keeps
 * the keys it knows, so the contract holds for the matches it judges real.
 */
function judgedSpans(detector: Detector, text: string, path: string): [number, number][] {
  const plain = createEngine([{ ...detector, keywordContext: undefined }], { prefilter: false });
  const found = plain.scanText(text, { path }).findings.filter((f) => f.ruleId === detector.id);
  if (found.length === 0) return [];
  return spans(detector, text).filter(([start, end]) => found.some((f) => f.offset <= end && f.endOffset >= start) || (start === 0 && end === text.length));
}

/** True when a keyword of the detector, where its context test passes, opens a window that holds the match. */
function confirmedInside(detector: Detector, text: string, [matchStart, matchEnd]: [number, number]): boolean {
  const context = new RegExp(detector.keywordContext?.source ?? '', `${detector.keywordContext?.flags ?? ''}y`);
  // The engine runs a windowed detector from 512 characters before a confirmed keyword to 4096 after it, on its
  // line: a match is found when such a keyword starts on its line within that reach.
  const whole = matchStart === 0 && matchEnd === text.length;
  const lineStart = text.lastIndexOf('\n', matchStart - 1) + 1;
  const lineEnd = text.indexOf('\n', matchEnd) === -1 ? text.length : text.indexOf('\n', matchEnd);
  // A multiline detector with a reach runs in windows of that reach around each confirmed keyword.
  const reach = detector.multiline ? (detectorReach(detector) ?? 0) : undefined;
  const start = whole ? matchStart : reach !== undefined ? Math.max(0, matchStart - reach) : Math.max(lineStart, matchStart - 4096);
  const end = whole ? matchEnd : reach !== undefined ? Math.min(text.length, matchEnd + reach) : Math.min(lineEnd, matchEnd + 512);
  const lower = text.slice(start, end).toLowerCase();
  return detector.keywords.some((keyword) => {
    for (let at = lower.indexOf(keyword.toLowerCase()); at !== -1; at = lower.indexOf(keyword.toLowerCase(), at + 1)) {
      context.lastIndex = start + at;
      if (context.test(text)) return true;
    }
    return false;
  });
}

describe('keywordContext', () => {
  it('is declared by the detectors whose common keywords it filters', () => {
    expect(withContext.map((d) => d.id)).toEqual(
      expect.arrayContaining(['generic-url-credentials', 'customer-key-value', 'customer-email-key-value', 'nested-signing-secret-key-value', 'billing-customer-key-value', 'payment-table-row']),
    );
  });

  it.each(withContext.map((d) => [d.id, d] as const))('%s: every match of a positive sample holds a confirmed keyword', (_id, detector) => {
    let checked = 0;
    for (const sample of detector.samples().positive) {
      for (const context of CONTEXTS) {
        const { path, text } = embed(sample, context);
        for (const span of judgedSpans(detector, text, path)) {
          expect(confirmedInside(detector, text, span), `${context}: ${text.slice(span[0], Math.min(span[1], span[0] + 200))}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it.each(withContext.map((d) => [d.id, d] as const))('%s: every match in the labelled corpus holds a confirmed keyword', (_id, detector) => {
    for (const file of corpus) {
      for (const span of judgedSpans(detector, file.text, file.path)) {
        expect(confirmedInside(detector, file.text, span), `${file.path}: match at ${span[0]}`).toBe(true);
      }
    }
  });

  it('changes no finding of the catalog over the corpus and a generated tree', () => {
    const plain = createEngine(catalog.map((d) => ({ ...d, keywordContext: undefined })));
    const fast = createEngine(catalog);
    const texts = [...corpus, ...buildBenchTree(2 * 1024 * 1024, 7).files];
    const keyOf = (f: { ruleId: string; offset: number; endOffset: number }): string => `${f.ruleId}@${f.offset}-${f.endOffset}`;
    let total = 0;
    for (const { path, text } of texts) {
      const expected = plain.scanText(text, { path }).findings.map(keyOf);
      expect(fast.scanText(text, { path }).findings.map(keyOf), path).toEqual(expected);
      total += expected.length;
    }
    expect(total).toBeGreaterThan(100);
  });
});
