import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `paid-policy-pack` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [];
}
