import { defineDetector } from '../../src/engine/define-detector.js';
import { checkKeywords, checkName, corroborated, namesCheck } from '../scheduler-implementation/support/check-names.js';

const id = 'check-worker-entrypoint';

/**
 * Worker and function configuration whose handler or entry point is a
 * check's implementation (`<check>`): worker pools
 * (`handler = "workers.<check>:run"`), serverless functions
 * (`handler: src/workers/<check>.handler`), task routes and process
 * definitions (`entrypoint`, `callable`, `target`, `module`). The value is a
 * module path with a segment that is a check, not a bare check id.
 */
export default defineDetector({
  id,
  name: 'Worker entry point of a private check',
  category: 'automation-worker',
  severity: 'error',
  precedence: 2,
  description: 'Worker, serverless and process configuration whose handler or entry point is the implementation of a private operating-automation check.',
  regex:
    /(?<![\w-])(?:handler|entry[_-]?point|callable|target|func(?:tion)?|processor|module|main|script|worker[_-]?(?:class|module|path|fn)?|task[_-]?path)\\?["']?[ \t]{0,4}[:=][ \t]{0,4}\\?["'`]?(?<secret>[\w$.:/-]{1,160})/iu,
  keywords: checkKeywords(),
  validate: (secret, { text, offset }) => /[.:/]/u.test(secret) && namesCheck(secret) && corroborated(secret, text, offset),
  samples: () => ({
    positive: [
      { key: 'worker', value: `name = "${checkName('escalation_drill', 'snake')}"; handler = "ops_workers.${checkName('escalation_drill', 'snake')}:run"` },
      { key: 'functions', value: `handler: src/workers/${checkName('billing_monitoring', 'kebab')}.handler` },
      { key: 'process', value: `entrypoint: "automation.jobs.${checkName('closeout_retry', 'snake')}.main"` },
      { key: 'routes', value: `{ "callable": "tasks/${checkName('license_telemetry_sync', 'camel')}.ts", "queue": "telemetry" }` },
    ],
    negative: [
      { key: 'worker', value: 'handler = "app.workers.resize_image:run"' },
      { key: 'functions', value: 'handler: src/handlers/billing_monitoring_status.handler' },
      { key: 'worker', value: 'name = "billing_monitoring"' },
      { key: 'functions', value: 'handler: src/widgets/dashboard-refresh.handler' },
      { key: 'module', value: 'module: billing_monitoring' },
    ],
  }),
});
