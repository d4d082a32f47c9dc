import { defineDetector } from '../../src/engine/define-detector.js';
import { CHECK_NAME, checkKeywords, checkName } from '../scheduler-implementation/support/check-names.js';

const id = 'check-task-function';

/**
 * Python task functions named after a check and registered with a task
 * queue: `@celery.task`, `@app.task(…)`, `@shared_task`, Dramatiq
 * `@dramatiq.actor`, RQ `@job(…)`, Temporal `@activity.defn`, on the same
 * line or the lines above the `def`.
 */
export default defineDetector({
  id,
  name: 'Task function of a private check',
  category: 'automation-worker',
  severity: 'error',
  precedence: 2,
  description: 'Celery, Dramatiq, RQ and Temporal task functions named after the private operating-automation checks.',
  regex:
    /@(?:\w{1,40}\.){0,3}(?:task|shared_task|actor|job|defn)\b(?:\([^()\n]{0,160}\))?(?:[ \t]*\r?\n(?:[ \t]*@[\w.]{1,60}(?:\([^()\n]{0,160}\))?[ \t]*\r?\n){0,3})?[ \t]*(?:async[ \t]+)?def[ \t]+(?<secret>\w{1,100})[ \t]*\(/iu,
  keywords: checkKeywords(),
  validate: (secret) => CHECK_NAME.test(secret),
  multiline: true,
  samples: () => ({
    positive: [
      `@celery.task def ${checkName('billing_monitoring', 'snake')}(tenant_id):`,
      `@app.task(bind=True, max_retries=5) def run_${checkName('closeout_retry', 'snake')}(self, batch_id):`,
      `@shared_task def ${checkName('license_telemetry_sync', 'snake')}():`,
      `@activity.defn async def ${checkName('customer_success_review', 'snake')}_activity(account):`,
    ],
    negative: [
      '@celery.task def rotate_logs():',
      'def billing_monitoring_status(response):',
      '@pytest.fixture def billing_monitoring():',
      "required_checks = ['billing_monitoring']",
    ],
  }),
});
