import type { Detector } from '../../src/engine/types.js';
import groupedLicenseKey from './grouped-license-key.js';
import licenseKeyValue from './license-key-value.js';
import licenseSigningKeyValue from './license-signing-key-value.js';
import nestedLicenseKeyValue from './nested-license-key-value.js';
import productLicenseKey from './product-license-key.js';
import signedLicenseToken from './signed-license-token.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `license-key` category. */
export function detectors(settings: CatalogSettings): Detector[] {
  return [groupedLicenseKey, licenseKeyValue, licenseSigningKeyValue, nestedLicenseKeyValue, productLicenseKey(settings), signedLicenseToken];
}
