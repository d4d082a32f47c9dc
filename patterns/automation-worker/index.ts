import type { Detector } from '../../src/engine/types.js';
import type { CatalogSettings } from '../support/settings.js';
import checkQueueWorker from './check-queue-worker.js';
import checkTaskFunction from './check-task-function.js';
import checkWorkerCommand from './check-worker-command.js';
import checkWorkerDefinition from './check-worker-definition.js';
import checkWorkerEntrypoint from './check-worker-entrypoint.js';
import checkWorkerRegistration from './check-worker-registration.js';

/** Detectors of the `automation-worker` category, sorted by id. */
export function detectors(_settings: CatalogSettings): Detector[] {
  return [checkQueueWorker, checkTaskFunction, checkWorkerCommand, checkWorkerDefinition, checkWorkerEntrypoint, checkWorkerRegistration];
}
