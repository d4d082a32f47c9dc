/**
 * Library API of @cavra/boundary-guard: the detection engine, the detector
 * catalog, and the contract types and validators the rules reference.
 */
import { catalog } from '../patterns/index.js';
import { Engine } from './engine/scan-text.js';
import type { ScanTextOptions, ScanTextResult } from './engine/types.js';

export * from './contract/index.js';
export * from './engine/index.js';
export { catalog, createCatalog, DEFAULT_CATALOG_SETTINGS, resolveCatalogSettings, type CatalogSettings } from '../patterns/index.js';

let defaultEngine: Engine | undefined;

/**
 * Scans one text with the default catalog and CAVRA's defaults. For project
 * settings, build an engine once with `createEngine(createCatalog(settings), options)`.
 */
export function scanText(text: string, options: ScanTextOptions = {}): ScanTextResult {
  defaultEngine ??= new Engine(catalog);
  return defaultEngine.scanText(text, options);
}
