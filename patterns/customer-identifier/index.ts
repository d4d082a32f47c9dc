import type { Detector } from '../../src/engine/types.js';
import customerKeyValue from './customer-key-value.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `customer-identifier` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [customerKeyValue];
}
