import { defineDetector } from '../../src/engine/define-detector.js';
import { CHECK_NAME, checkKeywords, checkName } from '../scheduler-implementation/support/check-names.js';
import { mayRegister, tiedTo } from '../scheduler-implementation/support/frameworks.js';

const id = 'check-worker-registration';

/**
 * A queue consumer of any worker framework (BullMQ and Temporal workers,
 * NestJS processors, Bull, Agenda, Celery tasks with their retries,
 * Dramatiq, RQ, Sidekiq and ActiveJob, Quartz and Hangfire jobs, asynq;
 * the table is `scheduler-implementation/support/frameworks.ts`) tied to a
 * private check: a name that is a check's job or worker stands within reach
 * of the registration, and that registration is the nearest one. The
 * check's name alone, and a consumer of other jobs, are no finding.
 */
export default defineDetector({
  id,
  name: 'Worker registration of a private check',
  category: 'automation-worker',
  severity: 'error',
  precedence: 1,
  description: 'Queue consumers of worker frameworks (BullMQ, Temporal, NestJS, Bull, Agenda, Celery, Dramatiq, RQ, Sidekiq, Quartz, Hangfire, asynq) tied to a private operating-automation check.',
  regex: new RegExp(`(?<secret>${CHECK_NAME.source})`, 'iu'),
  keywords: checkKeywords(),
  // A text with no registration of this kind, or no name tied to a check, holds none of these findings.
  gate: (text) => mayRegister('worker', text),
  validate: (secret, { text, offset }) => tiedTo('worker', secret, text, offset),
  samples: () => ({
    positive: [
      `@shared_task(bind=True, autoretry_for=(TimeoutError,), max_retries=5) def ${checkName('closeout_retry', 'snake')}(self):`,
      `class ${checkName('escalation_drill', 'pascal')}Job include Sidekiq::Job; def perform; end; end`,
      `@dramatiq.actor(max_retries=3) def ${checkName('license_telemetry_sync', 'snake')}(tenant):`,
    ],
    negative: [
      `"${checkName('closeout_retry', 'snake')}_status": "enabled", "automation_cadence": "daily"`,
      '@shared_task(bind=True, max_retries=5) def rotate_logs(self):',
      `required_checks = ['${checkName('billing_monitoring', 'snake')}']`,
    ],
  }),
});
