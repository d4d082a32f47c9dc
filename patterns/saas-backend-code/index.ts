import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `saas-backend-code` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [];
}
