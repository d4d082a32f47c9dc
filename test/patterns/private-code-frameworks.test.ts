/**
 * Schedulers and workers by framework. Each row is one framework's code with
 * its job named `__S__`/`__K__`/`__C__`/`__P__` (snake, kebab, camel and
 * Pascal case): named after a private check it is a finding of the row's
 * category; the same code named after an ordinary job is none. The
 * contract's public example payloads, which list the checks with statuses and
 * a cadence, are never a finding.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { checkName } from '../../patterns/scheduler-implementation/support/check-names.js';
import { OPERATING_AUTOMATION_CHECKS } from '../../src/contract/constants.js';
import { exampleOperatingAutomationRequest, exampleOperatingAutomationResponse } from '../../src/contract/index.js';
import { createEngine } from '../../src/engine/index.js';

const CATEGORIES = new Set<string>(['saas-backend-code', 'scheduler-implementation', 'automation-worker', 'enterprise-source']);
const ours = createEngine(catalog.filter((d) => CATEGORIES.has(d.category)));

/** The code with its job named after `words` (a check id or an ordinary job, snake case). */
function named(template: string, words: string): string {
  return template
    .replaceAll('__S__', checkName(words, 'snake'))
    .replaceAll('__K__', checkName(words, 'kebab'))
    .replaceAll('__C__', checkName(words, 'camel'))
    .replaceAll('__P__', checkName(words, 'pascal'));
}

type Row = readonly [framework: string, category: 'scheduler-implementation' | 'automation-worker', path: string, template: string];

const SCHEDULERS: Row[] = [
  ['node-cron', 'scheduler-implementation', 'src/jobs/schedule.ts', "import cron from 'node-cron';\nimport { run__P__ } from './jobs';\n\ncron.schedule('*/20 * * * *', async () => {\n  await run__P__({ batch: 200 });\n});\n"],
  ['cron CronJob', 'scheduler-implementation', 'src/jobs/cron.ts', "import { CronJob } from 'cron';\n\nexport const job = new CronJob(\n  '0 */2 * * *',\n  async () => {\n    await __C__.run();\n  },\n  null,\n  true,\n  'UTC',\n);\n"],
  ['@nestjs/schedule @Cron', 'scheduler-implementation', 'src/automation/scheduler.ts', "@Injectable()\nexport class __P__Scheduler {\n  constructor(private readonly runner: Runner) {}\n\n  @Cron(CronExpression.EVERY_HOUR)\n  async handle(): Promise<void> {\n    await this.runner.run();\n  }\n}\n"],
  ['@nestjs/schedule @Interval', 'scheduler-implementation', 'src/automation/interval.ts', "export class Jobs {\n  @Interval('__K__', 60_000)\n  tick(): void {\n    this.queue.push();\n  }\n}\n"],
  ['@nestjs/schedule SchedulerRegistry', 'scheduler-implementation', 'src/automation/dynamic.ts', "const job = new CronTime('0 * * * *');\nthis.schedulerRegistry.addCronJob('__K__', new CronJob(job, () => this.run()));\n"],
  ['BullMQ repeatable job', 'scheduler-implementation', 'src/queues/repeat.ts', "const automation = new Queue('automation', { connection });\nawait automation.add(\n  '__K__',\n  { tenant: 'all' },\n  { repeat: { pattern: '0 * * * *' } },\n);\n"],
  ['BullMQ job scheduler', 'scheduler-implementation', 'src/queues/schedulers.ts', "await automation.upsertJobScheduler('__K__-every-hour', { every: 3_600_000 }, { name: '__S__' });\n"],
  ['Agenda', 'scheduler-implementation', 'src/agenda.ts', "await agenda.start();\nawait agenda.every('1 hour', '__K__');\n"],
  ['Bree', 'scheduler-implementation', 'src/bree.js', "const bree = new Bree({\n  root: path.join(__dirname, 'jobs'),\n  jobs: [\n    { name: '__K__', interval: '1h' },\n  ],\n});\n"],
  ['Temporal schedule', 'scheduler-implementation', 'src/temporal/schedules.ts', "await client.schedule.create({\n  scheduleId: 'automation-hourly',\n  spec: { intervals: [{ every: '1h' }] },\n  action: { type: 'startWorkflow', workflowType: __C__Workflow, taskQueue: 'automation' },\n});\n"],
  ['APScheduler interval job', 'scheduler-implementation', 'automation/scheduler.py', "scheduler = BackgroundScheduler()\nscheduler.add_job(\n    __S__,\n    trigger='interval',\n    minutes=30,\n    id='nightly',\n)\nscheduler.start()\n"],
  ['Celery beat', 'scheduler-implementation', 'automation/celeryconfig.py', "app.conf.beat_schedule = {\n    'nightly-run': {\n        'task': 'automation.tasks.__S__',\n        'schedule': crontab(hour=2, minute=30),\n    },\n}\n"],
  ['rq-scheduler', 'scheduler-implementation', 'automation/rq_schedule.py', "scheduler = Scheduler(queue=Queue('automation', connection=redis))\nscheduler.cron('*/30 * * * *', func=__S__, queue_name='automation')\n"],
  ['Dramatiq periodiq', 'scheduler-implementation', 'automation/periodic.py', "@dramatiq.actor(periodic=cron('0 * * * *'))\ndef __S__():\n    sweep()\n"],
  ['sidekiq-cron', 'scheduler-implementation', 'config/initializers/cron.rb', "Sidekiq::Cron::Job.create(name: 'hourly', cron: '0 * * * *', class: '__P__Job')\n"],
  ['Quartz', 'scheduler-implementation', 'src/main/java/ops/Schedules.java', 'JobDetail job = JobBuilder.newJob(__P__Job.class)\n    .withIdentity("hourly", "automation")\n    .build();\nTrigger trigger = TriggerBuilder.newTrigger()\n    .withSchedule(CronScheduleBuilder.cronSchedule("0 0 * * * ?"))\n    .build();\n'],
  ['Hangfire', 'scheduler-implementation', 'Ops/Startup.cs', 'RecurringJob.AddOrUpdate<__P__Job>(\n    "hourly",\n    job => job.RunAsync(),\n    Cron.Hourly);\n'],
  ['robfig/cron', 'scheduler-implementation', 'cmd/scheduler/main.go', 'c := cron.New()\nc.AddJob("0 * * * *", &jobs.__P__Job{Store: store})\nc.Start()\n'],
  ['gocron', 'scheduler-implementation', 'cmd/gocron/main.go', 's, _ := gocron.NewScheduler()\n_, _ = s.NewJob(\n\tgocron.DurationJob(time.Hour),\n\tgocron.NewTask(run__P__, ctx),\n)\n'],
  ['Kubernetes CronJob', 'scheduler-implementation', 'k8s/cronjob.yaml', 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: __K__\nspec:\n  schedule: "*/20 * * * *"\n'],
  ['Argo CronWorkflow', 'scheduler-implementation', 'argo/workflow.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: CronWorkflow\nmetadata:\n  name: __K__\nspec:\n  schedule: "0 9 * * 1"\n'],
  ['systemd timer', 'scheduler-implementation', 'deploy/automation.timer', '[Unit]\nDescription=Hourly automation\n\n[Timer]\nOnCalendar=hourly\nUnit=__K__.service\n'],
  ['crontab', 'scheduler-implementation', 'deploy/crontab', 'SHELL=/bin/sh\n*/15 * * * * ops /usr/local/bin/automation run __S__ >> /var/log/automation.log 2>&1\n'],
  ['GitHub Actions schedule', 'scheduler-implementation', '.github/workflows/automation.yml', "name: automation\non:\n  schedule:\n    - cron: '0 * * * *'\njobs:\n  run:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm run automation -- __S__\n"],
  ['EventBridge (Terraform)', 'scheduler-implementation', 'infra/schedule.tf', 'resource "aws_cloudwatch_event_rule" "hourly" {\n  name                = "__K__"\n  schedule_expression = "rate(1 hour)"\n}\n'],
  ['Cloud Scheduler (Terraform)', 'scheduler-implementation', 'infra/gcp.tf', 'resource "google_cloud_scheduler_job" "hourly" {\n  name     = "__K__"\n  schedule = "0 * * * *"\n  http_target {\n    uri = "https://automation.example.com/run"\n  }\n}\n'],
];

const WORKERS: Row[] = [
  ['BullMQ Worker', 'automation-worker', 'src/workers/worker.ts', "export const worker = new Worker(\n  '__K__',\n  async (job) => {\n    await sweep(job.data);\n  },\n  { connection, concurrency: 4 },\n);\n"],
  ['BullMQ Worker dispatching on job names', 'automation-worker', 'src/workers/dispatch.ts', "new Worker('automation', async (job) => {\n  if (job.name === '__S__') return run__P__(job.data);\n}, { connection });\n"],
  ['NestJS processor', 'automation-worker', 'src/workers/processor.ts', "@Processor('__K__')\nexport class AutomationConsumer extends WorkerHost {\n  async process(job: Job): Promise<void> {}\n}\n"],
  ['Bull', 'automation-worker', 'src/workers/bull.js', "automationQueue.process('__K__', 5, async (job) => {\n  await sweep(job.data);\n});\n"],
  ['Agenda', 'automation-worker', 'src/agenda-jobs.ts', "agenda.define('__K__', { concurrency: 1 }, async (job) => {\n  await sweep(job.attrs.data);\n});\n"],
  ['Celery task with retries', 'automation-worker', 'automation/tasks.py', '@app.task(bind=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)\ndef __S__(self, tenant_id):\n    sweep(tenant_id)\n'],
  ['Celery shared_task over several lines', 'automation-worker', 'automation/tasks2.py', '@shared_task(\n    bind=True,\n    max_retries=5,\n)\ndef __S__(self):\n    try:\n        sweep()\n    except TimeoutError as exc:\n        raise self.retry(exc=exc, countdown=60)\n'],
  ['Dramatiq', 'automation-worker', 'automation/actors.py', '@dramatiq.actor(queue_name="automation", max_retries=3)\ndef __S__(tenant_id):\n    sweep(tenant_id)\n'],
  ['RQ', 'automation-worker', 'automation/rq_worker.py', "worker = Worker([Queue('__S__', connection=redis)], connection=redis)\nworker.work()\n"],
  ['Sidekiq', 'automation-worker', 'app/jobs/job.rb', 'class __P__Job\n  include Sidekiq::Job\n  sidekiq_options queue: :automation, retry: 5\n\n  def perform(tenant_id)\n    Sweep.call(tenant_id)\n  end\nend\n'],
  ['Temporal worker (TypeScript)', 'automation-worker', 'src/temporal/worker.ts', "const worker = await Worker.create({\n  workflowsPath: require.resolve('./workflows'),\n  activities,\n  taskQueue: '__K__',\n});\nawait worker.run();\n"],
  ['Temporal workflow (Python)', 'automation-worker', 'automation/workflows.py', '@workflow.defn\nclass __P__Workflow:\n    @workflow.run\n    async def run(self) -> None:\n        await workflow.execute_activity(sweep, start_to_close_timeout=timedelta(minutes=5))\n'],
  ['Quartz job', 'automation-worker', 'src/main/java/ops/Job.java', 'public class __P__Job implements Job {\n    @Override\n    public void execute(JobExecutionContext context) {\n        sweep();\n    }\n}\n'],
  ['asynq', 'automation-worker', 'internal/tasks/server.go', 'srv := asynq.NewServer(redis, asynq.Config{Concurrency: 4})\nmux := asynq.NewServeMux()\nmux.HandleFunc("__S__", handle__P__)\n'],
];

/** The ordinary job the untied rows are named after. */
const ORDINARY = 'cache_warmup';
/** Checks whose names are ordinary words elsewhere: they need a second signal (another check, the SaaS context). */
const COMMON = new Set<string>(['dashboard_refresh', 'support_followup']);
const DISTINCT = OPERATING_AUTOMATION_CHECKS.filter((c) => !COMMON.has(c));

describe.each([...SCHEDULERS, ...WORKERS].map((row, i) => [row[0], row, DISTINCT[i % DISTINCT.length] ?? 'closeout_retry'] as const))(
  '%s',
  (_framework, [, category, path, template], check) => {
    it(`is a finding named after ${check}`, () => {
      const findings = ours.scanText(named(template, check), { path }).findings;
      expect(findings.map((f) => f.category)).toContain(category);
      expect(new Set(findings.map((f) => f.category))).toEqual(new Set([category]));
    });

    it('is none named after an ordinary job', () => {
      expect(ours.scanText(named(template, ORDINARY), { path }).findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual([]);
    });
  },
);

describe('checks named like ordinary jobs', () => {
  it.each([...SCHEDULERS, ...WORKERS].map((row) => [row[0], row] as const))('%s: a dashboard refresh counts only in the SaaS automation context', (_framework, [, category, path, template]) => {
    const alone = named(template, 'dashboard_refresh');
    const comment = path.endsWith('.py') || path.endsWith('.rb') || path.endsWith('.yaml') || path.endsWith('.yml') || path.endsWith('.tf') || !/\.[a-z]+$/u.test(path) || path.endsWith('.timer') ? '#' : '//';
    const inContext = `${comment} SaaS operating automation\n${alone}`;
    expect(ours.scanText(inContext, { path }).findings.map((f) => f.category)).toContain(category);
  });
});

describe('public example payloads are never a finding', () => {
  const statuses = Object.entries(exampleOperatingAutomationResponse().payload.summary)
    .filter(([key]) => key.endsWith('_status'))
    .map(([key, value]) => `  ${key}: ${String(value)}`)
    .join('\n');
  const payloads: [string, string][] = [
    ['docs/response.json', JSON.stringify(exampleOperatingAutomationResponse(), null, 2)],
    ['docs/request.json', JSON.stringify(exampleOperatingAutomationRequest(), null, 2)],
    ['docs/summary.yaml', `summary:\n${statuses}\n  automation_cadence: daily\n`],
    [
      'docs/automation.md',
      `# Operating automation\n\nThe scheduler runs daily. Example:\n\n\`\`\`yaml\nautomation_cadence: daily\nrequired_checks:\n${OPERATING_AUTOMATION_CHECKS.map((c) => `  - ${c}`).join('\n')}\n\`\`\`\n\n| check | status | cadence |\n| --- | --- | --- |\n${OPERATING_AUTOMATION_CHECKS.map((c) => `| ${c} | enabled | daily |`).join('\n')}\n`,
    ],
    ['src/example.ts', `export const example = {\n  automation_cadence: 'daily',\n  closeout_retry_status: 'enabled',\n  required_checks: ${JSON.stringify(OPERATING_AUTOMATION_CHECKS)},\n};\n`],
    ['docs/cron.md', "Run the public request every hour with cron:\n\n```\n0 * * * * cavra saas request --operation saas_operating_automation --cadence daily\n```\n\n`\"closeout_retry_status\": \"enabled\"`, `automation_cadence: daily`\n"],
  ];
  it.each(payloads)('%s', (path, text) => {
    expect(ours.scanText(text, { path }).findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual([]);
  });
});

describe('enterprise source through aliases and manifests', () => {
  const flagged: [string, string][] = [
    ['src/app/settings.tsx', "import { SeatManager } from '@/ee/seats/manager';\n"],
    ['src/app/audit.tsx', "import { AuditLog } from '~/ee/audit/log';\n"],
    ['apps/web/pages/billing.tsx', "import { BillingPortal } from '@northbridge/ee/billing/components';\nimport { Seats } from '@northbridge/ee';\n"],
    ['apps/web/app/layout.tsx', "import SsoPage from '@/app/(ee)/settings/sso/page';\n"],
    ['cmd/server/main.go', 'import "github.com/northbridge/platform/ee/audit"\n'],
    ['packages/ledger/package.json', '{\n  "name": "@northbridge/ledger",\n  "version": "3.1.0",\n  "license": "COMMERCIAL"\n}\n'],
    ['ee/pyproject.toml', '[project]\nname = "northbridge-ee"\nlicense = { text = "Proprietary" }\n'],
  ];
  it.each(flagged)('%s', (path, text) => {
    const findings = ours.scanText(text, { path }).findings;
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.category))).toEqual(new Set(['enterprise-source']));
  });

  const quiet: [string, string][] = [
    ['docs/boundary.md', "## Boundary\n\nThe public tree never imports `ee/` code: no `@/ee/…`, `~/ee/…` or `@<org>/ee` paths.\n"],
    ['boundary-guard.config.json', '{\n  "privatePaths": ["ee/", "enterprise/"],\n  "privatePackages": ["@northbridge/ee"]\n}\n'],
    ['src/app/ui.tsx', "import { Button } from '@/components/ui/button';\nimport kit from '@northbridge/ee-ui-kit';\n"],
    ['package.json', '{\n  "name": "@cavra/boundary-guard",\n  "license": "Apache-2.0"\n}\n'],
    ['src/policy/packs.ts', "export const PACKS = [{ id: 'hipaa', license: 'commercial' }];\n"],
  ];
  it.each(quiet)('%s stays quiet', (path, text) => {
    expect(ours.scanText(text, { path }).findings.map((f) => `${f.ruleId}@${f.line}`)).toEqual([]);
  });

  it('reports a worker imported from the enterprise tree once, as the worker', () => {
    const text = "import { Worker } from 'bullmq';\nimport { sweep } from '@/ee/closeout-retry/sweep';\n\nexport const worker = new Worker('closeout-retry', async (job) => sweep(job.data), { connection });\n";
    const findings = ours.scanText(text, { path: 'src/workers/closeout.ts' }).findings;
    expect(findings.map((f) => f.category)).toContain('automation-worker');
    expect(findings.filter((f) => f.category === 'enterprise-source').every((f) => !findings.some((g) => g !== f && g.offset < f.endOffset && f.offset < g.endOffset))).toBe(true);
  });
});

describe('SaaS control-plane routers', () => {
  it('reports a tenant router once per region, as SaaS backend code', () => {
    const text = [
      "import { Router } from 'express';",
      "import { ledger } from '@/ee/billing/ledger';",
      '',
      'export const controlPlane = Router();',
      "controlPlane.use(requireServiceToken);",
      "router.post('/v1/tenant-onboarding', async (req, res) => {",
      '  const tenant = await tenants.create(req.body);',
      '  await ledger.open(tenant.id);',
      '  res.status(201).json(tenant);',
      '});',
      "router.get('/v1/tenants/:id/tenant-status', handlers.tenantStatus);",
      "router.post('/v1/license-validation', handlers.validateLicense);",
      '',
    ].join('\n');
    const findings = ours.scanText(text, { path: 'src/control-plane/router.ts' }).findings;
    expect(findings.filter((f) => f.category === 'saas-backend-code').map((f) => `${f.ruleId}@${f.line}`)).toEqual(['saas-operation-route@6']);
  });

  it('finds FastAPI and net/http routers', () => {
    const py = '@router.post("/saas/entitlement_status")\nasync def entitlement_status(request: EntitlementRequest):\n    return await billing.entitlements(request.tenant_id)\n';
    expect(ours.scanText(py, { path: 'service/routes.py' }).findings.map((f) => f.ruleId)).toEqual(['saas-operation-route']);
    const go = 'mux.HandleFunc("/v1/evidence-export", h.EvidenceExport)\nmux.HandleFunc("/v1/tenant-status", h.TenantStatus)\n';
    expect(ours.scanText(go, { path: 'internal/server/routes.go' }).findings.map((f) => f.ruleId)).toEqual(['saas-operation-route']);
  });

  it('keeps the public refusal and ordinary routers quiet', () => {
    const stub = "router.post('/v1/saas-operating-automation', (req, res) => {\n  res.status(501).json(buildOperatingAutomationResponse(req.body));\n});\n";
    expect(ours.scanText(stub, { path: 'src/server.ts' }).findings).toEqual([]);
    const orders = "router.post('/orders', createOrder);\nrouter.get('/orders/:id/status', getStatus);\n";
    expect(ours.scanText(orders, { path: 'src/routes.ts' }).findings).toEqual([]);
  });
});

/**
 * Billing ledgers and usage metering, by vendor and store: each template's
 * owner is `__T__` (lower camel) or `__U__` (snake). Owned by a tenant, the
 * write is the hosted service's billing (one finding per file); owned by an
 * app's customer or order it is none.
 */
const LEDGERS: readonly (readonly [form: string, path: string, template: string])[] = [
  ['Stripe meter event (Node)', 'src/billing/meter.ts', "export async function reportRun(__T__: Owner) {\n  await stripe.billing.meterEvents.create({\n    event_name: 'automation_runs',\n    payload: { stripe_customer_id: __T__.stripeCustomerId, value: '1' },\n  });\n}\n"],
  ['Stripe usage record (Node)', 'src/billing/usage.ts', 'await stripe.subscriptionItems.createUsageRecord(__T__.meteredItemId, {\n  quantity: runs,\n  timestamp: Math.floor(Date.now() / 1000),\n});\n'],
  ['Stripe usage record (Python)', 'billing/usage.py', 'stripe.SubscriptionItem.create_usage_record(\n    __U__.metered_item_id,\n    quantity=runs,\n    timestamp=int(time.time()),\n)\n'],
  ['Stripe meter event (Go)', 'internal/billing/meter.go', 'params := &stripe.BillingMeterEventCreateParams{EventName: stripe.String("runs")}\nparams.AddPayload("stripe_customer_id", __T__.StripeCustomerID)\n_, err := sc.V1BillingMeterEvents.Create(ctx, params)\n'],
  ['Orb ingestion', 'src/billing/orb.ts', "await orb.events.ingest({\n  events: [{ event_name: 'runs', external_customer_id: __T__.id, timestamp, properties: { count } }],\n});\n"],
  ['SQL insert', 'db/ledger.sql', "INSERT INTO billing_ledger (__U___id, amount_cents, entry_type)\nVALUES ($1, $2, 'usage');\n"],
  ['Prisma', 'src/billing/ledger.ts', 'await prisma.ledgerEntry.create({\n  data: { __T__Id: __T__.id, amountCents, kind: "overage" },\n});\n'],
  ['Drizzle', 'src/billing/usage-store.ts', 'await db.insert(usageRecords).values({ __T__Id, metric: "api_calls", quantity });\n'],
  ['Knex', 'src/billing/knex-ledger.ts', "await knex.into('usage_events').insert({ __U___id: id, units });\n"],
  ['Django', 'billing/services.py', 'UsageRecord.objects.create(__U___id=owner_id, metric="api_calls", quantity=count)\n'],
  ['SQLAlchemy', 'billing/store.py', 'session.add(LedgerEntry(__U___id=owner_id, amount_cents=amount))\nsession.commit()\n'],
  ['recording function', 'billing/meter.py', 'def record_usage(__U___id: str, units: int) -> None:\n    counters.incr(units)\n'],
];

describe('billing ledgers and usage metering', () => {
  const fill = (template: string, owner: 'tenant' | 'customer'): string => template.replaceAll('__T__', owner).replaceAll('__U__', owner);
  it.each(LEDGERS)('%s tied to a tenant is SaaS backend code', (_form, path, template) => {
    const findings = ours.scanText(fill(template, 'tenant'), { path }).findings.filter((f) => f.ruleId === 'billing-ledger-write');
    expect(findings.map((f) => f.category)).toEqual(['saas-backend-code']);
  });
  it.each(LEDGERS)('%s owned by an ordinary customer is not', (_form, path, template) => {
    expect(ours.scanText(fill(template, 'customer'), { path }).findings.filter((f) => f.ruleId === 'billing-ledger-write')).toEqual([]);
  });
  it('reports a ledger module once, and ties it through a private check too', () => {
    const text = [
      "import { db } from './db';",
      '',
      'export async function billingMonitoringSweep(rows: Row[]) {',
      '  for (const row of rows) {',
      "    await db.query('INSERT INTO usage_events (owner, units) VALUES ($1, $2)', [row.owner, row.units]);",
      '  }',
      "  await db.query('UPDATE credit_ledger SET balance = balance - $1', [total]);",
      '}',
      '',
    ].join('\n');
    expect(ours.scanText(text, { path: 'src/billing/sweep.ts' }).findings.filter((f) => f.ruleId === 'billing-ledger-write').map((f) => f.line)).toEqual([5]);
  });
  it('never reads a read, a docs table or a public payload example as a write', () => {
    expect(ours.scanText('SELECT * FROM billing_ledger WHERE tenant_id = $1;\n', { path: 'db/report.sql' }).findings).toEqual([]);
    expect(ours.scanText('| table | owner |\n| --- | --- |\n| `billing_ledger` | tenant_id |\n', { path: 'docs/schema.md' }).findings).toEqual([]);
    const example = JSON.stringify(exampleOperatingAutomationRequest(), null, 2);
    expect(ours.scanText(example, { path: 'examples/request.json' }).findings).toEqual([]);
  });
});
