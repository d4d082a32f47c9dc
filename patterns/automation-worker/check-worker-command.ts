import { defineDetector } from '../../src/engine/define-detector.js';
import { checkKeywords, checkName, corroborated, namesCheck } from '../scheduler-implementation/support/check-names.js';

const id = 'check-worker-command';

/**
 * Commands that start a worker for a check (`<check>`), in container args,
 * Procfiles, compose files, systemd units and scripts:
 * `["worker", "run", "<check>"]`, `acme-worker start <check>`,
 * `celery … worker -Q <check>`, `rq worker <check>`, `python -m
 * workers.<check>`.
 */
export default defineDetector({
  id,
  name: 'Worker command of a private check',
  category: 'automation-worker',
  severity: 'error',
  precedence: 2,
  description: 'Container args, Procfile and script commands that start a worker for one of the private operating-automation checks.',
  regex:
    /(?:\bworkers?\\?["']?(?:[ \t]*,[ \t]*|[ \t]+)(?:\\?["']?(?:run|start|exec(?:ute)?|process|consume|-Q|--queues?)\\?["']?(?:[ \t]*,[ \t]*|[ \t]+|=))?|\bpython[\d.]{0,4}\\?["']?(?:[ \t]*,[ \t]*|[ \t]+)\\?["']?-m\\?["']?(?:[ \t]*,[ \t]*|[ \t]+))\\?["']?(?<secret>[\w.:-]{1,120})/iu,
  keywords: checkKeywords(),
  validate: (secret, { text, offset }) => namesCheck(secret) && corroborated(secret, text, offset),
  samples: () => ({
    positive: [
      { key: 'args', value: `["worker", "run", "${checkName('closeout_retry', 'snake')}", "--batch=200"]` },
      { key: 'web', value: `ops-worker start ${checkName('escalation_drill', 'kebab')} --concurrency 4` },
      { key: 'command', value: `celery -A automation worker -Q ${checkName('billing_monitoring', 'snake')} --loglevel=info` },
      { key: 'command', value: `["python", "-m", "workers.${checkName('license_telemetry_sync', 'snake')}"]` },
    ],
    negative: [
      { key: 'args', value: '["worker", "run", "emails", "--batch=200"]' },
      { key: 'command', value: 'celery -A proj worker -Q default,mail --loglevel=info' },
      { key: 'notes', value: 'the worker runs billing monitoring every hour' },
      { key: 'command', value: 'python -m billing_monitoring_docs.build' },
      { key: 'args', value: '["worker", "run", "dashboard_refresh"]' },
    ],
  }),
});
