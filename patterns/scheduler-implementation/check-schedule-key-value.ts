import { defineDetector } from '../../src/engine/define-detector.js';
import { SCHEDULE_VALUE, checkKeywords, checkName, corroborated, namesCheck, recordAround } from './support/check-names.js';

const id = 'check-schedule-key-value';

/**
 * Scheduler configuration that gives a check (`<check>`) a cadence, in any
 * syntax: a job record whose `check`/`job`/`task`/`name`/`id` is a check and
 * whose `cron`/`schedule`/`every`/`interval` holds a cron expression or an
 * interval on the same line or the few lines around it (YAML job lists,
 * TOML tables, JSON, object literals, Celery beat, systemd timers), or a map keyed by the
 * check (`billing_monitoring:` / `"closeout-retry": {`) holding one. The
 * contract's `required_checks` and `automation_cadence` give no cron. A
 * key-value detector: a CronJob or Celery beat detector at the same place
 * reports the leak instead.
 */
export default defineDetector({
  id,
  name: 'Schedule entry of a private check',
  category: 'scheduler-implementation',
  severity: 'error',
  precedence: 2,
  description: 'Scheduler configuration (YAML, TOML, JSON, object literals, Celery beat) that gives a private operating-automation check a cron expression or interval.',
  regex:
    /(?:(?<![\w-])(?:check|job|task|name|id|worker|unit)(?:[_-]?(?:id|name))?\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>[\w.:/-]{1,120})|(?<![\w.:/-])(?<key>[\w.-]{1,100})(?=\\?["'`]?[ \t]{0,4}:[ \t]{0,4}(?:\{|\r?$)))/imu,
  keywords: checkKeywords(),
  validate: (secret, { line, text, offset }) => namesCheck(secret) && corroborated(secret, text, offset) && SCHEDULE_VALUE.test(recordAround(text, offset, line)),
  samples: () => ({
    positive: [
      `{ check: ${checkName('billing_monitoring', 'snake')}, cron: "*/15 * * * *", queue: ops-billing }`,
      `[jobs.nightly] task = "ops.tasks.${checkName('closeout_retry', 'snake')}"; schedule = "30 2 * * *"`,
      `{ name: '${checkName('escalation_drill', 'kebab')}', every: 604800000 }`,
      `{ "id": "${checkName('license_telemetry_sync', 'camel')}", "interval": "5m" }`,
      `job_name=${checkName('customer_success_review', 'snake')} cron=@daily`,
      `[Timer] OnCalendar=*:0/15; Unit=${checkName('billing_monitoring', 'kebab')}.service`,
    ],
    negative: [
      "required_checks: ['billing_monitoring', 'closeout_retry'], automation_cadence: 'daily'",
      '{ name: billing_monitoring_status, cron: "*/15 * * * *" }',
      '{ name: rotate-logs, cron: "0 3 * * *" }',
      '{ check: billing_monitoring, owner: finance-ops }',
      "{ name: 'dashboard-refresh', cron: '*/5 * * * *' }",
      '[Timer] OnCalendar=daily; Unit=logrotate.service',
    ],
  }),
});
