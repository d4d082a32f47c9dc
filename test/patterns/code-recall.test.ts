/**
 * Private code and configuration the sample harness cannot express: job
 * lists, worker pools, manifests and responses spread over several lines,
 * the category an import or a repository URL is reported in, one finding per
 * leak where detectors overlap, and ordinary public code (Celery, BullMQ,
 * Sidekiq, Kubernetes, serverless, OPA, Terraform, web handlers) that must
 * stay quiet. The repository's own contract module and guides scan clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, createCatalog } from '../../patterns/index.js';
import { exampleOperatingAutomationResponse } from '../../src/contract/index.js';
import { createEngine } from '../../src/engine/index.js';
import type { Finding } from '../../src/engine/types.js';

const CATEGORIES = new Set<string>(['saas-backend-code', 'scheduler-implementation', 'automation-worker', 'paid-policy-pack', 'enterprise-source']);
const ours = createEngine(catalog.filter((d) => CATEGORIES.has(d.category)));
const full = createEngine(catalog);

const scan = (text: string, path: string): Finding[] => ours.scanText(text, { path }).findings;
const found = (text: string, path: string): string[] => scan(text, path).map((f) => `${f.ruleId}@${f.line} ${text.slice(f.offset, f.endOffset)}`);
const ids = (text: string, path: string): string[] => scan(text, path).map((f) => f.ruleId);

describe('schedulers written as configuration', () => {
  it('finds each check of a YAML job list, on the line of the check', () => {
    const text = [
      '# hosted scheduler',
      'scheduler:',
      '  timezone: UTC',
      '  jobs:',
      '    - check: billing_monitoring',
      '      cron: "*/15 * * * *"',
      '      queue: ops-billing',
      '    - queue: ops-license',
      '      check: license_telemetry_sync',
      '      cron: "5 * * * *"',
      '    - check: closeout_retry',
      '      every: 45m',
      '',
    ].join('\n');
    expect(found(text, 'config/scheduler.yaml')).toEqual([
      'check-schedule-key-value@5 billing_monitoring',
      'check-schedule-key-value@9 license_telemetry_sync',
      'check-schedule-key-value@11 closeout_retry',
    ]);
  });

  it('finds maps keyed by the check (YAML, Celery beat, TOML)', () => {
    const yaml = 'jobs:\n  escalation-drill:\n    schedule: "0 9 * * 1"\n    command: drills run\n';
    expect(found(yaml, 'deploy/jobs.yaml')).toEqual(['check-schedule-key-value@2 escalation-drill']);
    const beat = "app.conf.beat_schedule = {\n    'customer-success-review': {\n        'task': 'ops.review',\n        'schedule': crontab(hour=7, minute=0),\n    },\n}\n";
    expect(ids(beat, 'ops/celeryconfig.py')).toEqual(['check-schedule-key-value']);
    const toml = '[[jobs]]\nname = "closeout_retry"\ncron = "30 2 * * *"\n';
    expect(ids(toml, 'config/jobs.toml')).toEqual(['check-schedule-key-value']);
  });

  it('finds cron callbacks that hand a check to a runner (TS, Go)', () => {
    const ts = "cron.schedule('*/15 * * * *', () => runCheck('billing_monitoring'));\ncron.schedule('0 * * * *', async () => { await checks.run(ctx, \"escalation_drill\"); });\n";
    expect(ids(ts, 'src/scheduler.ts')).toEqual(['check-cron-schedule', 'check-cron-schedule']);
    const go = 'c := cron.New()\nc.AddFunc("30 2 * * *", func() { runner.Run(ctx, "closeout_retry") })\nc.Start()\n';
    expect(ids(go, 'cmd/scheduler/main.go')).toEqual(['check-cron-schedule']);
  });

  it('finds Go schedulers, Argo CronWorkflows and systemd timers', () => {
    const gocron = 's := gocron.NewScheduler(time.UTC)\ns.Every(15).Minutes().Do(runCheck, "billing_monitoring")\n';
    expect(ids(gocron, 'cmd/scheduler/main.go')).toEqual(['check-cron-schedule']);
    const argo = 'apiVersion: argoproj.io/v1alpha1\nkind: CronWorkflow\nmetadata:\n  name: escalation-drill\nspec:\n  schedule: "0 9 * * 1"\n';
    expect(ids(argo, 'argo/drill.yaml')).toEqual(['check-cronjob-manifest']);
    const timer = '[Unit]\nDescription=Licence telemetry sync\n\n[Timer]\nOnCalendar=*:0/15\nUnit=license-telemetry-sync.service\n';
    expect(ids(timer, 'deploy/license-telemetry.timer')).toEqual(['check-schedule-key-value']);
  });

  it('needs a second signal for the checks whose names are ordinary words', () => {
    const alone = "jobs:\n  - name: dashboard-refresh\n    cron: '*/5 * * * *'\n";
    expect(ids(alone, 'grafana/jobs.yaml')).toEqual([]);
    const withOthers = `${alone}  - name: billing-monitoring\n    cron: '0 * * * *'\n`;
    expect(ids(withOthers, 'ops/jobs.yaml')).toEqual(['check-schedule-key-value', 'check-schedule-key-value']);
    expect(ids("# SaaS operating automation\n- name: support-followup\n  every: 1h\n", 'ops/jobs.yaml')).toEqual(['check-schedule-key-value']);
  });
});

describe('workers written as configuration and commands', () => {
  it('finds each worker of a TOML pool on its handler line', () => {
    const text = [
      '[pool]',
      'concurrency = 8',
      '',
      '[[workers]]',
      'name = "escalation_drill"',
      'handler = "ops_workers.escalation_drill:run"',
      '',
      '[[workers]]',
      'name = "customer_success_review"',
      'handler = "ops_workers.customer_success_review:run"',
      '',
    ].join('\n');
    expect(found(text, 'config/worker.toml')).toEqual([
      'check-worker-entrypoint@6 ops_workers.escalation_drill:run',
      'check-worker-entrypoint@10 ops_workers.customer_success_review:run',
    ]);
  });

  it('finds the worker a Kubernetes CronJob starts, and the CronJob itself', () => {
    const text = [
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: closeout-retry',
      'spec:',
      '  schedule: "*/20 * * * *"',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '            - name: runner',
      '              image: ghcr.io/acme/automation:1.8.3',
      '              args: ["worker", "run", "closeout_retry", "--batch=200"]',
      '',
    ].join('\n');
    expect(found(text, 'k8s/cronjob.yaml')).toEqual(['check-cronjob-manifest@4 closeout-retry', 'check-worker-command@14 closeout_retry']);
  });

  it('finds Go and Rust worker implementations', () => {
    const go = 'type CloseoutRetryWorker struct {\n\tstore Store\n}\n\nfunc (w *CloseoutRetryWorker) Run(ctx context.Context) error {\n\treturn nil\n}\n';
    expect(found(go, 'internal/workers/closeout.go')).toEqual(['check-worker-definition@1 CloseoutRetryWorker']);
    expect(ids('pub async fn run_escalation_drill(pool: &PgPool) -> Result<()> {\n', 'src/drill.rs')).toEqual(['check-worker-definition']);
  });

  it('finds serverless handlers, Procfiles and python -m entry points', () => {
    expect(ids('functions:\n  billingMonitoring:\n    handler: src/workers/billingMonitoring.handler\n    events:\n      - schedule: rate(15 minutes)\n', 'serverless.yml')).toContain(
      'check-worker-entrypoint',
    );
    expect(ids('web: node dist/server.js\nworker: acme-worker start license-telemetry-sync --concurrency 4\n', 'Procfile')).toEqual(['check-worker-command']);
    expect(ids('command: ["python", "-m", "workers.escalation_drill"]\n', 'docker-compose.yml')).toEqual(['check-worker-command']);
  });
});

describe('hosted service code', () => {
  it('finds a hosted response written over several lines (TS, Python, recorded JSON)', () => {
    const ts = "  return {\n    schema_version: 'cavra.saas_control_plane.response.v1',\n    status: 'accepted',\n    message: 'entitlements resolved',\n    correlation_id: request.correlation_id,\n    private_implementation_required: false,\n    payload,\n  };\n";
    expect(found(ts, 'src/entitlements.ts')).toEqual(['hosted-service-response@6 false']);
    const py = '    return {\n        "status": "accepted",\n        "operation": "tenant_onboarding",\n        "private_implementation_required": False,\n    }\n';
    expect(ids(py, 'services/app.py')).toEqual(['hosted-service-response']);
    const recorded = JSON.stringify({ ...exampleOperatingAutomationResponse(), status: 'accepted', private_implementation_required: false }, null, 2);
    expect(ids(recorded, 'examples/recorded.json')).toEqual(['hosted-service-response']);
  });

  it('keeps the public edition’s answers and rejection tests quiet', () => {
    const example = JSON.stringify(exampleOperatingAutomationResponse(), null, 2);
    expect(full.scanText(example, { path: 'docs/response.json' }).findings).toEqual([]);
    const rejection = "it('rejects a response that claims the private service ran', () => {\n  const v = structuredClone(valid);\n  v.private_implementation_required = false;\n  expect(() => validate(v)).toThrow();\n});\n";
    expect(ids(rejection, 'test/contract/validate.test.ts')).toEqual([]);
  });

  it('reports imports of the SaaS backend tree as SaaS backend code, other private trees as enterprise source', () => {
    const text = "import { connect } from '../../saas-backend/db/connect.js';\nimport { meter } from '../enterprise/billing/meter';\nfrom saas_backend.billing import ledger\n";
    expect(scan(text, 'src/a.ts').map((f) => `${f.ruleId}/${f.category}`)).toEqual([
      'saas-backend-path-import/saas-backend-code',
      'private-path-import/enterprise-source',
      'saas-backend-path-import/saas-backend-code',
    ]);
    const custom = createEngine(createCatalog({ privatePaths: ['control-plane/'] }).filter((d) => CATEGORIES.has(d.category)));
    expect(custom.scanText("import { mux } from '../control-plane/routes';\n", { path: 'a.ts' }).findings.map((f) => f.ruleId)).toEqual(['saas-backend-path-import']);
  });

  it('finds Terraform modules pulled from the private SaaS repository, once per dependency entry', () => {
    const tf = 'module "control_plane" {\n  source = "git::ssh://git@github.com/cavra-private/saas-backend.git//modules/control-plane?ref=v3.2.0"\n}\n\nmodule "eks" {\n  source  = "terraform-aws-modules/eks/aws"\n  version = "20.8.4"\n}\n';
    expect(ids(tf, 'infra/main.tf')).toEqual(['private-service-repo-source']);
    const manifest = '{\n  "dependencies": {\n    "@cavra/saas-scheduler": "git+https://github.com/cavra-private/saas-scheduler.git#v0.9.2"\n  }\n}\n';
    expect(ids(manifest, 'package.json')).toEqual(['private-package-import']);
  });

  it('finds private SaaS images and scheme-less Terraform sources', () => {
    expect(ids('image:\n  repository: ghcr.io/cavra-private/control-plane\n  tag: 3.2.0\n', 'helm/values.yaml')).toEqual(['private-service-repo-source']);
    expect(ids('module "tenants" {\n  source = "github.com/cavra/cavra-saas-infra//modules/tenants"\n}\n', 'infra/tenants.tf')).toEqual(['private-service-repo-source']);
    expect(ids('image: ghcr.io/cavra/cavra-cli:1.4.0\n', 'docker-compose.yml')).toEqual([]);
  });

  it('finds file tags and hosted-service headers that name the product', () => {
    expect(ids('// cavra:saas-backend — hosted control-plane service\n', 'src/service.ts')).toEqual(['saas-internal-marker']);
    expect(ids('// Package controlplane is the hosted CAVRA SaaS control plane (private service).\npackage controlplane\n', 'go/server.go')).toEqual(['saas-internal-marker']);
    expect(ids('"""Hosted SaaS control plane (FastAPI). Private service code."""\n', 'app.py')).toEqual([]);
  });
});

describe('paid policy packs', () => {
  it('finds a paid tier in Rego metadata under a pack key, and each paid lock entry', () => {
    const rego = '# METADATA\n# title: PAN unreadable\n# custom:\n#   pack: pci-dss-enterprise\n#   tier: enterprise\npackage acme.packs.pci\n';
    expect(found(rego, 'policies/pci/req_3_4.rego')).toEqual(['pack-tier-key-value@5 enterprise']);
    const lock = [
      '{',
      '  "lockfileVersion": 1,',
      '  "packs": {',
      '    "community-baseline": { "version": "1.4.0", "tier": "community" },',
      '    "soc2-type2": { "version": "1.7.0", "tier": "enterprise" },',
      '    "hipaa-audit-controls": { "version": "2.0.3", "tier": "premium" }',
      '  }',
      '}',
      '',
    ].join('\n');
    expect(found(lock, 'policy-packs.lock.json')).toEqual(['pack-tier-key-value@5 enterprise', 'pack-tier-key-value@6 premium']);
  });

  it('reports a manifest tier once, as the manifest detector', () => {
    const text = 'apiVersion: policy.acme.io/v1\nkind: PolicyPack\nmetadata:\n  name: soc2\n  labels:\n    acme.io/tier: enterprise\n';
    expect(ids(text, 'packs/soc2/pack.yaml')).toEqual(['policy-pack-manifest-tier']);
  });

  it('finds restricted pack notices but not upsell lines', () => {
    expect(ids('# SOC 2 Type II control pack. Paid add-on: requires the policy-packs.soc2 entitlement.\n', 'packs/soc2.yaml')).toEqual(['paid-pack-notice']);
    expect(ids('> **Paid policy pack.** Available to Enterprise subscribers under licence; do not redistribute.\n', 'docs/packs/pci.md')).toEqual(['paid-pack-notice']);
    expect(ids('message: Enterprise policy packs (HIPAA, SOC 2, PCI) are available with an Enterprise licence.\n', 'packs/baseline.yaml')).toEqual([]);
  });

  it('finds a manifest named after a private package', () => {
    expect(ids('{\n  "name": "@cavra-enterprise/policy-pack-hipaa",\n  "version": "2.0.3"\n}\n', 'policies/hipaa/pack.json')).toEqual(['private-package-import']);
    expect(ids('[project]\nname = "cavra-enterprise-audit"\nversion = "1.0.0"\n', 'pyproject.toml')).toEqual(['private-package-import']);
  });
});

describe('ordinary public code stays quiet', () => {
  const quiet: [string, string, string][] = [
    [
      'Celery beat tutorial',
      'proj/celery.py',
      "app.conf.beat_schedule = {\n    'add-every-30-seconds': {\n        'task': 'tasks.add',\n        'schedule': 30.0,\n        'args': (16, 16)\n    },\n    'refresh-dashboard-cache': {\n        'task': 'dashboards.tasks.refresh',\n        'schedule': crontab(minute='*/5'),\n    },\n}\n",
    ],
    [
      'BullMQ repeatable jobs',
      'src/queue.ts',
      "const queue = new Queue('reports', { connection });\nawait queue.add('daily-report', { to: 'ops' }, { repeat: { pattern: '0 7 * * *' } });\nnew Worker('reports', async (job) => render(job.data), { connection });\n",
    ],
    ['Sidekiq-cron schedule', 'config/schedule.yml', 'hard_worker:\n  cron: "*/5 * * * *"\n  class: "HardWorker"\n  queue: hard_worker\nbilling_sync:\n  cron: "0 * * * *"\n  class: "BillingSyncJob"\n'],
    [
      'Kubernetes CronJob example',
      'k8s/hello.yaml',
      'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: hello\nspec:\n  schedule: "* * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          containers:\n          - name: hello\n            image: busybox:1.28\n            args: ["worker", "run", "cleanup"]\n',
    ],
    ['GitHub Actions schedule', '.github/workflows/nightly.yml', "name: nightly\non:\n  schedule:\n    - cron: '30 2 * * *'\njobs:\n  refresh:\n    name: dashboard refresh\n    runs-on: ubuntu-latest\n"],
    ['serverless handlers', 'serverless.yml', 'functions:\n  refresh:\n    handler: src/handlers/refresh.handler\n    events:\n      - schedule: rate(5 minutes)\n'],
    ['Procfile', 'Procfile', 'web: bundle exec puma -C config/puma.rb\nworker: bundle exec sidekiq -q default -q mailers\n'],
    ['express handler', 'src/routes/orders.ts', "router.post('/orders', async (req, res) => {\n  const order = await orders.create(req.body);\n  res.status(202).json({ status: 'accepted', id: order.id });\n});\n"],
    ['FastAPI handler', 'app/main.py', '@app.post("/items/{item_id}")\nasync def update(item_id: int, item: Item):\n    return {"status": "accepted", "item_id": item_id}\n'],
    [
      'Terraform modules',
      'infra/main.tf',
      'module "eks" {\n  source = "git::https://github.com/terraform-aws-modules/terraform-aws-eks.git//modules/control-plane?ref=v20.8.4"\n}\nresource "azurerm_mssql_database" "db" {\n  sku_name = "P1"\n  edition  = "Premium"\n}\n',
    ],
    [
      'OPA policy with metadata',
      'policies/k8s/required_labels.rego',
      '# METADATA\n# title: Required labels\n# custom:\n#   severity: high\npackage k8s.required_labels\n\nimport rego.v1\n\ndeny contains msg if {\n\tnot input.metadata.labels.owner\n\tmsg := "owner label is required"\n}\n',
    ],
    ['Cargo manifest', 'Cargo.toml', '[package]\nname = "packer"\nversion = "0.3.1"\nedition = "2021"\n\n[features]\npack = []\n'],
    ['BSD licence header', 'src/lib.c', '/*\n * Redistribution and use in source and binary forms, with or without\n * modification, are permitted provided that the following conditions are met.\n */\n'],
    ['pricing page', 'docs/pricing.md', '| Plan | Tier |\n| --- | --- |\n| Team | tier: premium |\n\nThe Slack add-on is available to all subscribers.\n'],
    ['Go worker in another project', 'internal/worker/worker.go', 'type EmailWorker struct {\n\tqueue Queue\n}\n\nfunc (w *EmailWorker) Run(ctx context.Context) error { return nil }\n\ns.Every(1).Hour().Do(cleanup, "tmp")\n'],
    ['Argo CronWorkflow example', 'argo/hello.yaml', 'apiVersion: argoproj.io/v1alpha1\nkind: CronWorkflow\nmetadata:\n  name: hello-world\nspec:\n  schedule: "* * * * *"\n'],
    ['systemd timer', 'lib/systemd/system/apt-daily.timer', '[Unit]\nDescription=Daily apt download activities\n\n[Timer]\nOnCalendar=*-*-* 6,18:00\nRandomizedDelaySec=12h\nUnit=apt-daily.service\n'],
    ['links to the public repository', 'README.md', 'See https://github.com/cavra/cavra/blob/main/docs/architecture/saas-operating-automation-contract.md and https://github.com/cavra/cavra-cli.git\n'],
  ];
  it.each(quiet)('%s', (_name, path, text) => {
    expect(found(text, path)).toEqual([]);
  });
});

describe("the repository's contract module and guides", () => {
  const root = new URL('../../', import.meta.url);
  const files = [
    ...readdirSync(new URL('src/contract/', root)).filter((f) => f.endsWith('.ts')).map((f) => `src/contract/${f}`),
    'README.md',
    ...readdirSync(new URL('docs/', root)).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`),
  ];
  it.each(files)('%s gives no finding of these categories', (path) => {
    const text = readFileSync(new URL(path, root), 'utf8');
    expect(found(text, path)).toEqual([]);
  });
});
