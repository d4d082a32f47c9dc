/**
 * The detector catalog: one folder per Boundary category, one module per
 * detector. `createCatalog(settings)` builds it for a project's settings;
 * `catalog` is the default catalog (CAVRA's defaults).
 */
import type { Detector } from '../src/engine/types.js';
import * as automationWorker from './automation-worker/index.js';
import * as billingRecord from './billing-record/index.js';
import * as connectorCredential from './connector-credential/index.js';
import * as customerAuditPayload from './customer-audit-payload/index.js';
import * as customerIdentifier from './customer-identifier/index.js';
import * as customerSuccessNote from './customer-success-note/index.js';
import * as dashboardUrl from './dashboard-url/index.js';
import * as enterpriseSource from './enterprise-source/index.js';
import * as escalationWebhook from './escalation-webhook/index.js';
import * as licenseKey from './license-key/index.js';
import * as paidPolicyPack from './paid-policy-pack/index.js';
import * as saasBackendCode from './saas-backend-code/index.js';
import * as schedulerImplementation from './scheduler-implementation/index.js';
import * as signingMaterial from './signing-material/index.js';
import * as supportTicket from './support-ticket/index.js';
import { resolveCatalogSettings, type CatalogSettings } from './support/settings.js';

export { DEFAULT_CATALOG_SETTINGS, resolveCatalogSettings, type CatalogSettings } from './support/settings.js';

/** Category modules in the order of the Boundary categories. */
const CATEGORY_MODULES = [
  licenseKey,
  signingMaterial,
  connectorCredential,
  escalationWebhook,
  dashboardUrl,
  customerIdentifier,
  billingRecord,
  supportTicket,
  customerSuccessNote,
  customerAuditPayload,
  paidPolicyPack,
  enterpriseSource,
  saasBackendCode,
  schedulerImplementation,
  automationWorker,
] as const;

/**
 * Catalogs built so far, by their resolved settings: a process builds each
 * one once (the library's `catalog`, a config's check, the engine and the
 * formatters all ask for the default one). Detectors are frozen data, so
 * callers share them; each gets its own array.
 */
const built = new Map<string, readonly Detector[]>();

/** Builds every detector for `settings` (merged over CAVRA's defaults). */
export function createCatalog(settings: Partial<CatalogSettings> = {}): Detector[] {
  const resolved = resolveCatalogSettings(settings);
  const key = JSON.stringify(resolved);
  let detectors = built.get(key);
  if (!detectors) {
    detectors = CATEGORY_MODULES.flatMap((module) => module.detectors(resolved));
    built.set(key, detectors);
  }
  return [...detectors];
}

/** The default catalog. */
export const catalog: readonly Detector[] = Object.freeze(createCatalog());
