import { defineDetector } from '../../src/engine/define-detector.js';
import { CHECK_NAME, checkKeywords, checkName } from './support/check-names.js';

const id = 'check-queue-schedule';

/**
 * Queue schedulers whose job is an operating-automation check (`<check>`):
 * BullMQ `<queue>.add('<check>', …)` / `upsertJobScheduler(…)`, Agenda
 * `agenda.every('1 hour', '<check>')`, and Celery beat entries
 * `'task': '<module>.<check>'`.
 */
export default defineDetector({
  id,
  name: 'Queue schedule of a private check',
  category: 'scheduler-implementation',
  severity: 'error',
  precedence: 2,
  description: 'BullMQ, Agenda and Celery beat schedule entries whose job is one of the private operating-automation checks.',
  regex:
    /(?:(?<![\w$.])(?<receiver>[A-Z_$][\w$]{0,40}(?:\.[A-Z_$][\w$]{0,40}){0,4})\.(?:add|addBulk|upsertJobScheduler)\([ \t]{0,4}\\?["'`]|\bagenda\.(?:every|schedule)\([ \t]{0,4}\\?["'`][^"'`\n\\]{1,40}\\?["'`][ \t]{0,4},[ \t]{0,4}\\?["'`]|(?<celery>\\?["']task\\?["'][ \t]{0,4}:[ \t]{0,4}\\?["']))(?<secret>[\w:.-]{1,120})\\?["'`]/iu,
  keywords: checkKeywords(),
  validate: (secret, { groups }) => {
    if (!CHECK_NAME.test(secret)) return false;
    if (groups.receiver !== undefined) return /queue|scheduler/iu.test(groups.receiver);
    // Celery beat names a task by its dotted module path.
    if (groups.celery !== undefined) return secret.includes('.');
    return true;
  },
  samples: () => ({
    positive: [
      `await automationQueue.add('${checkName('license_telemetry_sync', 'snake')}', {}, { repeat: { pattern: '0 * * * *' } });`,
      `queue.upsertJobScheduler('${checkName('billing_monitoring', 'kebab')}-hourly', { every: 3600000 });`,
      `agenda.every('1 day', '${checkName('customer_success_review', 'kebab')}');`,
      `'task': 'ops.tasks.${checkName('dashboard_refresh', 'snake')}',`,
    ],
    negative: [
      "checks.add('billing_monitoring');",
      "required_checks: ['dashboard_refresh', 'escalation_drill']",
      "'task': 'dashboard_refresh'",
      "queue.add('send-welcome-email', payload)",
    ],
  }),
});
