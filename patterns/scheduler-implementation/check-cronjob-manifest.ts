import { defineDetector } from '../../src/engine/define-detector.js';
import { CHECK_NAME, SCHEDULER_NAME, checkKeywords, checkName } from './support/check-names.js';

const id = 'check-cronjob-manifest';

/**
 * Deployment manifests that schedule a check: a Kubernetes `kind: CronJob`
 * or Argo `kind: CronWorkflow` whose name a few lines below names a check, and any `name:` such as
 * `escalation-drill-scheduler` or `billing_monitoring_cron`. The contract's
 * label "escalation drill scheduler" (with spaces) is not a name.
 */
export default defineDetector({
  id,
  name: 'Scheduled job manifest of a private check',
  category: 'scheduler-implementation',
  severity: 'error',
  precedence: 2,
  description: 'Kubernetes CronJobs and scheduler job names (escalation-drill-scheduler, …) for the private operating-automation checks.',
  regex:
    /(?:(?<cronjob>\bkind\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["']?Cron(?:Job|Workflow)\b(?:(?!\bkind\b)[\s\S]){1,400}?\bname\\?["']?[ \t]{0,4}:[ \t]{0,4}\\?["']?)|(?<![\w-])name\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["']?)(?<secret>[\w.-]{1,100})/iu,
  keywords: checkKeywords(),
  // In a CronJob any name with a check counts; elsewhere the name must say it schedules (`<check>-scheduler`).
  validate: (secret, { groups }) => (groups.cronjob !== undefined ? CHECK_NAME.test(secret) : SCHEDULER_NAME.test(secret)),
  multiline: true,
  reach: 'match',
  samples: () => ({
    positive: [
      { key: 'metadata', value: `name: ${checkName('escalation_drill', 'kebab')}-scheduler` },
      { key: 'manifest', value: `kind: CronJob, metadata: { name: ${checkName('billing_monitoring', 'kebab')} }, spec: { schedule: "*/30 * * * *" }` },
      { key: 'job', value: `name=${checkName('closeout_retry', 'snake')}_cron` },
      { key: 'workflow', value: `kind: CronWorkflow, metadata: { name: ${checkName('license_telemetry_sync', 'kebab')} }, spec: { schedule: "5 * * * *" }` },
    ],
    negative: [
      { key: 'private_modules_required', value: 'escalation drill scheduler' },
      { key: 'metadata', value: 'name: billing-monitoring-docs' },
      { key: 'required_checks', value: 'billing_monitoring, escalation_drill' },
      { key: 'manifest', value: 'kind: CronJob, metadata: { name: rotate-logs }' },
    ],
  }),
});
