import type { Detector } from './types.js';

/** Types and freezes a detector; does no work at import. */
export function defineDetector<const D extends Detector>(detector: D): D {
  return Object.freeze(detector);
}
