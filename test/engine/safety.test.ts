import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { createEngine, LineIndex } from '../../src/engine/index.js';
import type { Detector } from '../../src/engine/types.js';
import { sampleValue } from '../support/embed.js';

const firstPositive = (detector: Detector): string => sampleValue(detector.samples().positive[0] ?? '');

/** Minimum of three timings of `fn`, in milliseconds. */
function fastest(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = process.hrtime.bigint();
    fn();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

/** Inputs built to make a detector's regex work hard: keywords and cut-off positives, on one long line. */
function adversarial(detector: Detector, size: number): string[] {
  const positive = firstPositive(detector);
  const cut = positive.slice(0, Math.max(1, positive.length - 3));
  const keyword = detector.keywords[0] ?? 'x';
  const fill = (unit: string): string => unit.repeat(Math.ceil(size / Math.max(1, unit.length))).slice(0, size);
  return [fill(`${cut} `), fill(`${keyword}=`), fill(`${keyword}${'a'.repeat(97)}`), fill(`${cut}${cut}`)];
}

describe('adversarial input scans in time linear in its size', () => {
  it.each(catalog.map((d) => [d.id, d] as const))('%s', (_id, detector) => {
    const engine = createEngine([detector]);
    const small = adversarial(detector, 256 * 1024);
    const large = adversarial(detector, 1024 * 1024);
    small.forEach((text, i) => {
      const big = large[i] ?? '';
      const tSmall = fastest(() => engine.scanText(text, { path: 'adversarial.txt' }));
      const tLarge = fastest(() => engine.scanText(big, { path: 'adversarial.txt' }));
      // Four times the input: linear work takes about four times as long; quadratic sixteen.
      expect(tLarge, `${detector.id} input ${i}: ${tSmall.toFixed(1)} ms -> ${tLarge.toFixed(1)} ms`).toBeLessThan(Math.max(tSmall * 10, 25));
    });
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
