import { defineDetector } from '../../src/engine/define-detector.js';
import { checkKeywords, checkName, isCheckImplementationName } from '../scheduler-implementation/support/check-names.js';

const id = 'check-worker-definition';

/**
 * Definitions that implement a check: functions named `run`/`process`/
 * `execute`/`perform`/`handle` + check (`export async function run<Check>(`,
 * `def run_<check>(`, `const run<Check> = async (`, Go `func (w *W) run<Check>(`,
 * Rust `fn`, Kotlin `fun`), and worker, processor, job, runner, handler, task
 * or consumer classes and Go structs named after a check
 * (`class <Check>Worker`, `type <Check>Worker struct`). Calls, types and the contract's status fields are
 * not definitions.
 */
export default defineDetector({
  id,
  name: 'Worker implementation of a private check',
  category: 'automation-worker',
  severity: 'error',
  precedence: 2,
  description: 'Functions, classes and Go structs that implement the private operating-automation checks (runBillingMonitoring, BillingMonitoringWorker, …).',
  regex:
    /(?:\b(?:export[ \t]+)?(?:default[ \t]+)?(?:async[ \t]+)?function\*?[ \t]+|\b(?:async[ \t]+)?def[ \t]+|\bclass[ \t]+|\b(?:pub(?:\(crate\))?[ \t]+)?(?:async[ \t]+)?(?:fn|fun|func)[ \t]+(?:\([\w$ \t*&.]{1,60}\)[ \t]*)?|\btype[ \t]+(?=[\w$]{1,80}[ \t]+struct\b)|\b(?:export[ \t]+)?(?:const|let|var)[ \t]+(?=[\w$]{1,80}[ \t]{0,4}(?::[^=\n:;]{1,60})?=[ \t]{0,4}(?:async\b|function\b|\()))(?<secret>[\w$]{1,100})(?![\w$])/iu,
  keywords: checkKeywords(),
  validate: (secret) => isCheckImplementationName(secret),
  samples: () => ({
    positive: [
      `export async function run${checkName('dashboard_refresh', 'pascal')}(tenantId: string) {`,
      `def run_${checkName('closeout_retry', 'snake')}(batch):`,
      `export class ${checkName('billing_monitoring', 'pascal')}Worker extends WorkerHost {`,
      `const process${checkName('support_followup', 'pascal')} = async (job) => {`,
      `func (w *Runner) run${checkName('license_telemetry_sync', 'pascal')}(ctx context.Context) error {`,
      `type ${checkName('escalation_drill', 'pascal')}Worker struct {`,
    ],
    negative: [
      `await run${checkName('dashboard_refresh', 'pascal')}(tenantId);`,
      'billingMonitoringStatus?: AutomationStatus;',
      "const checks = ['billing_monitoring', 'closeout_retry'];",
      `import { ${checkName('billing_monitoring', 'pascal')}Worker } from './workers';`,
      `const run${checkName('escalation_drill', 'pascal')} = flags.escalation;`,
      'type BillingMonitoringStatus string',
      'func (s *Summary) BillingMonitoringStatus() AutomationStatus {',
    ],
  }),
});
