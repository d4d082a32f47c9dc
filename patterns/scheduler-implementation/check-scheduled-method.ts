import { defineDetector } from '../../src/engine/define-detector.js';
import { CHECK_NAME, checkKeywords, checkName } from './support/check-names.js';

const id = 'check-scheduled-method';

/**
 * Methods and functions scheduled by a decorator or annotation and named
 * after a check: NestJS `@Cron(…)`/`@Interval(…)`, Spring `@Scheduled(…)`,
 * APScheduler `@scheduler.scheduled_job(…)`, Celery `@periodic_task(…)`,
 * on the same line or the lines above the definition.
 */
export default defineDetector({
  id,
  name: 'Scheduled method of a private check',
  category: 'scheduler-implementation',
  severity: 'error',
  precedence: 2,
  description: 'Methods scheduled with @Cron, @Interval, @Scheduled, scheduled_job or periodic_task and named after a private operating-automation check.',
  regex:
    /@(?:Cron|Interval|Timeout|Scheduled|scheduled_job|periodic_task|(?:\w{1,40}\.){1,3}(?:scheduled_job|periodic_task))\b(?:\([^()\n]{0,160}\))?(?:[ \t]*\r?\n(?:[ \t]*(?:\*[ \t]*)?@[\w.]{1,60}(?:\([^()\n]{0,160}\))?[ \t]*\r?\n){0,3})?[ \t]*(?:\*[ \t]*)?(?:(?:public|private|protected|async|static|def|fun|void|override|suspend)[ \t]+){0,4}(?<secret>[\w$]{1,100})[ \t]*\(/iu,
  keywords: checkKeywords(),
  validate: (secret) => CHECK_NAME.test(secret),
  multiline: true,
  samples: () => ({
    positive: [
      `@Cron('0 2 * * *') async run${checkName('escalation_drill', 'pascal')}() {`,
      `@Interval(60000) ${checkName('dashboard_refresh', 'camel')}Tick() {`,
      `@Scheduled(cron = "0 0 * * * *") public void ${checkName('billing_monitoring', 'camel')}() {`,
      `@scheduler.scheduled_job('cron', hour=4) def ${checkName('customer_success_review', 'snake')}():`,
    ],
    negative: [
      "@Cron('0 2 * * *') async rotateLogs() {",
      '@Scheduled(fixedRate = 5000) public void refreshCache() {',
      'billingMonitoringStatus: AutomationStatus;',
      '@param billingMonitoring status of the billing monitoring check',
    ],
  }),
});
