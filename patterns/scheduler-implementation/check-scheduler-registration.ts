import { defineDetector } from '../../src/engine/define-detector.js';
import { CHECK_NAME, checkKeywords, checkName } from './support/check-names.js';
import { mayRegister, tiedTo } from './support/frameworks.js';

const id = 'check-scheduler-registration';

/**
 * A recurring job of any scheduler framework (node-cron, cron, NestJS,
 * BullMQ, Agenda, Bree, Temporal, APScheduler, Celery beat, rq-scheduler,
 * sidekiq-cron, Quartz, Hangfire, robfig/cron, gocron, Kubernetes and Argo,
 * systemd, crontab, GitHub Actions, EventBridge, Cloud Scheduler; the table
 * is `support/frameworks.ts`) tied to a private check: a name that is a
 * check's job (`closeout_retry`, `retryCloseout`, `CloseoutRetryJob`) stands
 * within reach of the registration, and that registration is the nearest
 * one. The check's name without a registration (a payload listing checks
 * with their statuses and cadence) and a registration without a check are
 * no finding.
 */
export default defineDetector({
  id,
  name: 'Scheduler registration of a private check',
  category: 'scheduler-implementation',
  severity: 'error',
  precedence: 1,
  description: 'Recurring jobs of scheduler frameworks (cron libraries, NestJS, BullMQ, Agenda, Bree, Temporal, APScheduler, Celery beat, Sidekiq, Quartz, Hangfire, Go cron, Kubernetes, systemd, crontab, CI and cloud schedulers) tied to a private operating-automation check.',
  regex: new RegExp(`(?<secret>${CHECK_NAME.source})`, 'iu'),
  keywords: checkKeywords(),
  // A text with no registration of this kind, or no name tied to a check, holds none of these findings.
  gate: (text) => mayRegister('scheduler', text),
  validate: (secret, { text, offset }) => tiedTo('scheduler', secret, text, offset),
  samples: () => ({
    positive: [
      `cron.schedule('*/20 * * * *', run${checkName('closeout_retry', 'pascal')});`,
      `scheduler.add_job(${checkName('escalation_drill', 'snake')}_job, 'interval', minutes=30)`,
      `RecurringJob.AddOrUpdate<${checkName('billing_monitoring', 'pascal')}Job>("nightly", job => job.RunAsync(), Cron.Hourly);`,
    ],
    negative: [
      `"${checkName('closeout_retry', 'snake')}_status": "enabled", "automation_cadence": "daily"`,
      "cron.schedule('0 3 * * *', rotateLogs);",
      `required_checks: ['${checkName('billing_monitoring', 'snake')}', '${checkName('closeout_retry', 'snake')}']`,
      `cron.schedule('0 3 * * *', () => ${checkName('closeout_retry', 'camel')}Status.refresh());`,
    ],
  }),
});
