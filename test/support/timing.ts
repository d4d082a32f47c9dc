/**
 * Linear-time checks, as ratios measured in the same process (never an
 * absolute time): `run` on an input and on one eight times its size.
 * Linear work takes about 8 times as long, quadratic about 64 times.
 */
import { expect } from 'vitest';

/** How much larger the large input is than the small one. */
export const GROWTH = 8;
/** The most the large input may take, in multiples of the small one. */
const MAX_RATIO = 24;
/** Below this the large run is too short for a ratio to mean anything. */
const NOISE_FLOOR_MS = 25;

/** One timing of `fn`, in milliseconds. */
function time(fn: () => void): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/**
 * Fastest times of `run` on `small` and `large`, after one untimed run on
 * `small` (so compilation does not count). Each round times both and keeps
 * each one's fastest; when the large run looks too slow, another round
 * follows, up to eight: a pause from other work on the machine (a test file
 * running beside this one, a collection) does not repeat, while superlinear
 * work is slow in every round.
 */
function timings<T>(run: (input: T) => void, small: T, large: T): { tSmall: number; tLarge: number } {
  run(small);
  let tSmall = Infinity;
  let tLarge = Infinity;
  for (let round = 0; round < 8; round++) {
    // The small run is cheap: timing it twice keeps one slow run from loosening the bound.
    tSmall = Math.min(tSmall, time(() => run(small)), time(() => run(small)));
    tLarge = Math.min(tLarge, time(() => run(large)));
    if (tLarge < Math.max(tSmall * MAX_RATIO, NOISE_FLOOR_MS)) break;
  }
  return { tSmall, tLarge };
}

/** Asserts that `run` on `large` (GROWTH times `small`) takes no more than linear time would, with a margin. */
export function expectLinear<T>(run: (input: T) => void, small: T, large: T, label: string): void {
  const { tSmall, tLarge } = timings(run, small, large);
  expect(tLarge, `${label}: ${tSmall.toFixed(1)} ms -> ${tLarge.toFixed(1)} ms`).toBeLessThan(Math.max(tSmall * MAX_RATIO, NOISE_FLOOR_MS));
}
