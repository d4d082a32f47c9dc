import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { createEngine, LineIndex } from '../../src/engine/index.js';
import type { Detector } from '../../src/engine/types.js';
import { sampleValue } from '../support/embed.js';
import { expectLinear, GROWTH } from '../support/timing.js';

const firstPositive = (detector: Detector): string => sampleValue(detector.samples().positive[0] ?? '');

/**
 * 128 KB against 1 MB in the suite (a few minutes of CPU for the whole
 * catalog); GROWTH_SMALL_KB=1024 runs the same check at 1 MB against 8 MB.
 */
const SMALL = Number(process.env.GROWTH_SMALL_KB ?? 128) * 1024;
const LARGE = SMALL * GROWTH;

/** Inputs built to make a detector's regex work hard: keywords, cut-off positives and near-misses, on one long line. */
function adversarial(detector: Detector, size: number): string[] {
  const positive = firstPositive(detector);
  const cut = positive.slice(0, Math.max(1, positive.length - 3));
  const keyword = detector.keywords[0] ?? 'x';
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
  return [fill(`${cut} `), fill(`${keyword}=`), fill(`${keyword}${'a'.repeat(97)}`), fill(`${cut}${cut}`), fill(`${keyword}aA1:/@.-_=+"\\ `)];
}

describe('adversarial input scans in time linear in its size', () => {
  it.each(catalog.map((d) => [d.id, d] as const))('%s', (_id, detector) => {
    const engine = createEngine([detector]);
    const small = adversarial(detector, SMALL);
    const large = adversarial(detector, LARGE);
    const scan = (text: string): void => void engine.scanText(text, { path: 'adversarial.txt' });
    small.forEach((text, i) => expectLinear(scan, text, large[i] ?? '', `${detector.id} input ${i}`));
  });
});

describe('scanText properties', () => {
  const engine = createEngine(catalog);
  const fragments = [...new Set(catalog.flatMap((d) => [...d.keywords, firstPositive(d).slice(0, 40), firstPositive(d)]))];
  const pieces = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(...fragments),
    fc.constantFrom('\n', '\r\n', '"', "'", ': ', '=', '{', '}', '[', ']', ',', ' ', '\t', '// ', '# ', '<!-- ', ' -->', 'boundary-guard-allow ', ' -- '),
  );
  const texts = fc.array(pieces, { maxLength: 60 }).map((parts) => parts.join(''));
  const paths = fc.constantFrom('a.ts', 'a.json', 'a.yaml', 'a.md', '.env', 'a.sh', 'a.py', 'a.toml', 'a.txt', undefined);

  it('never throws, gives valid offsets and positions, and never shows a whole value', () => {
    fc.assert(
      fc.property(texts, paths, (text, path) => {
        const result = engine.scanText(text, { path, collectSuppressed: true });
        const lines = new LineIndex(text);
        for (const finding of [...result.findings, ...result.suppressed.map((s) => s.finding)]) {
          expect(finding.offset).toBeGreaterThanOrEqual(0);
          expect(finding.endOffset).toBeGreaterThan(finding.offset);
          expect(finding.endOffset).toBeLessThanOrEqual(text.length);
          expect(lines.position(finding.offset)).toEqual({ line: finding.line, column: finding.column });
          expect(lines.position(finding.endOffset)).toEqual({ line: finding.endLine, column: finding.endColumn });
          const value = text.slice(finding.offset, finding.endOffset);
          if (value.length >= 8) {
            expect(finding.preview).not.toContain(value);
            expect(finding.message).not.toContain(value);
          }
        }
        for (const problem of result.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.line).toBeLessThanOrEqual(lines.lineCount);
        }
      }),
      { numRuns: 400, seed: 20261125 },
    );
  });
});
