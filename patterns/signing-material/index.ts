import type { Detector } from '../../src/engine/types.js';
import pemPrivateKey from './pem-private-key.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `signing-material` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [pemPrivateKey];
}
