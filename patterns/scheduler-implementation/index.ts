import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import checkCronSchedule from './check-cron-schedule.js';
import checkCronjobManifest from './check-cronjob-manifest.js';
import checkQueueSchedule from './check-queue-schedule.js';
import checkScheduleKeyValue from './check-schedule-key-value.js';
import checkScheduledMethod from './check-scheduled-method.js';
import checkSchedulerRegistration from './check-scheduler-registration.js';

/** Detectors of the `scheduler-implementation` category, sorted by id. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [checkCronSchedule, checkCronjobManifest, checkQueueSchedule, checkScheduleKeyValue, checkScheduledMethod, checkSchedulerRegistration];
}
