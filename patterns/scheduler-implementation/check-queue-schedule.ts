import { defineDetector } from '../../src/engine/define-detector.js';
import { checkKeywords, checkName } from './support/check-names.js';

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
  description: 'BullMQ, Agenda and Celery beat schedule entries whose job is one of the private operating-automation checks.',
  regex:
    /(?:(?<![\w$.])(?<receiver>[A-Z_$][\w$.]{0,60})\.(?:add|addBulk|upsertJobScheduler)\([ \t]*\\?["'`]|\bagenda\.(?:every|schedule)\([ \t]*\\?["'`][^"'`\n\\]{1,40}\\?["'`][ \t]*,[ \t]*\\?["'`]|(?<celery>\\?["']task\\?["'][ \t]*:[ \t]*\\?["']))(?<secret>[\w:.-]{0,80}?(?:billing[_-]?monitoring|license[_-]?telemetry(?:[_-]?sync)?|support[_-]?follow[_-]?up|customer[_-]?success[_-]?review|dashboard[_-]?refresh|escalation[_-]?drill|close[_-]?out[_-]?retry)[\w:-]{0,40})\\?["'`]/iu,
  keywords: checkKeywords(),
  validate: (secret, { groups }) => {
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
