import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `scheduler-implementation` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [];
}
