import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import auditEventActor from './audit-event-actor.js';
import auditEventIp from './audit-event-ip.js';

/** Detectors of the `customer-audit-payload` category, sorted by id. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [auditEventActor, auditEventIp];
}
