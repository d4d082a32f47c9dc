import type { Detector } from '../../src/engine/types.js';
import slackWebhookUrl from './slack-webhook-url.js';
import type { CatalogSettings } from '../support/settings.js';

/** Detectors of the `escalation-webhook` category. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [slackWebhookUrl];
}
