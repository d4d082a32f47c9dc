import type { Detector } from '../../src/engine/types.js';
import githubToken from './github-token.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `connector-credential` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [githubToken];
}
