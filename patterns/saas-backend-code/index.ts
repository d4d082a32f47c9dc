import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import billingLedgerWrite from './billing-ledger-write.js';
import hostedServiceResponse from './hosted-service-response.js';
import internalServiceEndpoint from './internal-service-endpoint.js';
import privateServiceConfig from './private-service-config.js';
import privateServiceRepoSource from './private-service-repo-source.js';
import saasBackendPathImport from './saas-backend-path-import.js';
import saasHandlerImplementation from './saas-handler-implementation.js';
import saasInternalMarker from './saas-internal-marker.js';
import saasOperationRoute from './saas-operation-route.js';

/** Detectors of the `saas-backend-code` category, sorted by id. */
export function detectors(settings: CatalogSettings): Detector[] {
  return [
    billingLedgerWrite,
    hostedServiceResponse,
    internalServiceEndpoint,
    privateServiceConfig,
    privateServiceRepoSource(settings),
    saasBackendPathImport(settings),
    saasHandlerImplementation,
    saasInternalMarker(settings),
    saasOperationRoute,
  ];
}
