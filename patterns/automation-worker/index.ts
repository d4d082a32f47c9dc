import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `automation-worker` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [];
}
