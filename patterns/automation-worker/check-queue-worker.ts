import { defineDetector } from '../../src/engine/define-detector.js';
import { CHECK_NAME, checkKeywords, checkName } from '../scheduler-implementation/support/check-names.js';

const id = 'check-queue-worker';

/**
 * Queue workers that consume a check's jobs (`<check>`): BullMQ
 * `new Worker('<check>', async (job) => …)`, Bull/Kue
 * `queue.process('<check>', …)`, Agenda `agenda.define('<check>', …)`,
 * NestJS `@Processor('<check>')`/`@Process('<check>')`, and Celery/RQ tasks
 * registered under a check's name (`@app.task(name='<check>')`).
 */
export default defineDetector({
  id,
  name: 'Queue worker of a private check',
  category: 'automation-worker',
  severity: 'error',
  precedence: 2,
  description: 'BullMQ, Bull, Agenda, NestJS and Celery workers that consume jobs of the private operating-automation checks.',
  regex:
    /(?:\bnew[ \t]+Worker\(|\.process\(|\bagenda\.define\(|@Processor\(|@Process\(|@(?:\w{1,40}\.){0,3}(?:task|shared_task)\((?:\w{1,30}[ \t]{0,4}=[ \t]{0,4}[\w.'"]{1,40}[ \t]{0,4},[ \t]{0,4}){0,6}name[ \t]{0,4}=)[ \t]{0,4}\\?["'`](?<secret>[\w:.-]{1,120})\\?["'`]/iu,
  keywords: checkKeywords(),
  validate: (secret) => CHECK_NAME.test(secret),
  samples: () => ({
    positive: [
      `new Worker('${checkName('billing_monitoring', 'snake')}', async (job) => { await sweep(job.data); }, { connection });`,
      `retryQueue.process('${checkName('closeout_retry', 'kebab')}', 5, handleJob);`,
      `agenda.define('${checkName('support_followup', 'kebab')}', async (job) => {`,
      `@Processor('${checkName('dashboard_refresh', 'snake')}')`,
      `@app.task(bind=True, name='ops.${checkName('escalation_drill', 'snake')}')`,
    ],
    negative: [
      "new Worker('send-welcome-email', async (job) => {})",
      "required_checks: ['billing_monitoring', 'closeout_retry']",
      "queue.process('image-resize', handler);",
      'billing monitoring',
    ],
  }),
});
