import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `billing-record` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [];
}
