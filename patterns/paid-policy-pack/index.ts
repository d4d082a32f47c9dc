import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import packTierKeyValue from './pack-tier-key-value.js';
import paidPackNotice from './paid-pack-notice.js';
import policyPackManifestTier from './policy-pack-manifest-tier.js';
import policyPackPaidTier from './policy-pack-paid-tier.js';
import productPaidPackMarker from './product-paid-pack-marker.js';

/** Detectors of the `paid-policy-pack` category, sorted by id. */
export function detectors(settings: CatalogSettings): Detector[] {
  return [packTierKeyValue, paidPackNotice, policyPackManifestTier, policyPackPaidTier, productPaidPackMarker(settings)];
}
