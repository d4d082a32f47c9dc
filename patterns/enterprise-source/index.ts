import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import commercialPackageLicense from './commercial-package-license.js';
import privatePackageImport from './private-package-import.js';
import privatePathImport from './private-path-import.js';
import productEnterpriseLicense from './product-enterprise-license.js';
import proprietaryLicenseHeader from './proprietary-license-header.js';

/** Detectors of the `enterprise-source` category, sorted by id. */
export function detectors(settings: CatalogSettings): Detector[] {
  return [commercialPackageLicense, privatePackageImport(settings), privatePathImport(settings), productEnterpriseLicense(settings), proprietaryLicenseHeader];
}
