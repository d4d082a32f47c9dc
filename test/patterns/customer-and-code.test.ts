/**
 * Cases the sample harness cannot express for the customer-data and
 * private-code categories: the contract's own vocabulary and CAVRA's example
 * scan clean with the full catalog, multi-line records, key paths, specific
 * detectors winning over generic ones, settings-built detectors, and
 * realistic files of a large open tree that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { catalog, createCatalog } from '../../patterns/index.js';
import { salesforceIdSuffix } from '../../patterns/customer-identifier/salesforce-record-id.js';
import { isCustomerValue, isPersonName, isPublicIpv4, isRealEmail } from '../../patterns/customer-identifier/support/payload-values.js';
import { inCardRange } from '../../patterns/billing-record/payment-card-number.js';
import { checkKeywords, checkName } from '../../patterns/scheduler-implementation/support/check-names.js';
import {
  AUTOMATION_STATUSES,
  BOUNDARY_CATEGORY_IDS,
  OPERATING_AUTOMATION_CHECKS,
  PRIVATE_MODULES_REQUIRED,
  buildOperatingAutomationRequest,
  buildOperatingAutomationResponse,
  describeContract,
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
} from '../../src/contract/index.js';
import { luhnValid } from '../../src/engine/validators.js';
import { createEngine } from '../../src/engine/index.js';
import type { Finding } from '../../src/engine/types.js';
import { DIGITS, HEX, LOWER_NUM, randomString as r } from '../../patterns/support/sample-builder.js';

const full = createEngine(catalog);
/** The engine's registry, as validators receive it in their context. */
const registry = full.registry;

/** The categories this file covers; realistic negatives are judged on these only. */
const CATEGORIES = new Set<string>([
  'customer-identifier',
  'billing-record',
  'support-ticket',
  'customer-success-note',
  'customer-audit-payload',
  'paid-policy-pack',
  'enterprise-source',
  'saas-backend-code',
  'scheduler-implementation',
  'automation-worker',
]);
const ours = createEngine(catalog.filter((d) => CATEGORIES.has(d.category)));

const scan = (text: string, path: string): Finding[] => ours.scanText(text, { path }).findings;
const ids = (text: string, path: string): string[] => scan(text, path).map((f) => f.ruleId);
const valueOf = (text: string, finding: Finding | undefined): string => (finding ? text.slice(finding.offset, finding.endOffset) : '');

/** A small YAML writer for plain data (strings, numbers, booleans, arrays, objects). */
function toYaml(value: unknown, indent = ''): string {
  // An empty list is written in flow style: a bare `key:` would be null in YAML.
  if (Array.isArray(value) && value.length === 0) return ' []';
  if (Array.isArray(value)) return value.map((v) => `\n${indent}- ${toYaml(v, `${indent}  `).trimStart()}`).join('');
  if (value !== null && typeof value === 'object') {
    return Object.entries(value)
      .map(([k, v]) => (v !== null && typeof v === 'object' ? `\n${indent}${k}:${toYaml(v, `${indent}  `)}` : `\n${indent}${k}: ${toYaml(v, indent)}`))
      .join('');
  }
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** The same payload as it appears in docs and code: JSON, YAML, a TS module, a Markdown page, a Python dict. */
function renderings(name: string, payload: unknown): [string, string][] {
  const json = JSON.stringify(payload, null, 2);
  return [
    [`docs/${name}.json`, `${json}\n`],
    [`docs/${name}.yaml`, `${toYaml(payload).trimStart()}\n`],
    [`src/${name}.ts`, `export const ${name.replace(/-/gu, '_')} = ${json.replace(/"(\w+)":/gu, '$1:')} as const;\n`],
    [`docs/${name}.md`, `# ${name}\n\nCAVRA's documented example:\n\n\`\`\`json\n${json}\n\`\`\`\n`],
    [`examples/${name}.py`, `PAYLOAD = ${json.replace(/\btrue\b/gu, 'True').replace(/\bfalse\b/gu, 'False')}\n`],
  ];
}

// CAVRA's documented example, written out from DESIGN.md so that the check does not depend on the builders.
const DOCUMENTED_REQUEST = {
  schema_version: 'cavra.saas_control_plane.request.v1',
  operation: 'saas_operating_automation',
  tenant_id: 'tenant-demo',
  requested_by: 'console',
  correlation_id: 'saas-example',
  private_implementation_required: true,
  payload: {
    automation_scope: 'trial-to-paid-customer-scale',
    automation_cadence: 'daily',
    required_checks: [...OPERATING_AUTOMATION_CHECKS],
    automation_boundary: 'public request shape only; SaaS operating automation execution is private',
  },
};
const DOCUMENTED_RESPONSE = {
  schema_version: 'cavra.saas_control_plane.response.v1',
  operation: 'saas_operating_automation',
  status: 'requires_private_service',
  message:
    'SaaS operating automation requires private billing monitoring, license telemetry, support, customer-success, dashboard, escalation, closeout retry, and scheduler validation.',
  correlation_id: 'saas-example',
  private_implementation_required: true,
  payload: {
    summary: {
      tenant_id: 'tenant-demo',
      automation_status: 'scheduled',
      billing_monitoring_status: 'enabled',
      license_telemetry_status: 'automated',
      support_followup_status: 'ready',
      customer_success_review_status: 'scheduled',
      dashboard_refresh_status: 'automated',
      escalation_drill_status: 'blocked',
      closeout_retry_status: 'enabled',
      automation_scope: 'trial-to-paid-customer-scale',
      automation_cadence: 'daily',
      blockers: ['escalation drill owner pending'],
      private_validation_required: true,
      automation_boundary:
        'billing systems, license telemetry, support workflows, customer-success records, dashboard refresh jobs, escalation drills, closeout retries, and scheduler execution remain private service responsibilities',
    },
    private_modules_required: [...PRIVATE_MODULES_REQUIRED],
    next_step: 'See docs/architecture/saas-operating-automation-contract.md',
  },
};

describe('the contract scans clean with the full catalog', () => {
  const payloads: [string, unknown][] = [
    ['documented-request', DOCUMENTED_REQUEST],
    ['documented-response', DOCUMENTED_RESPONSE],
    ['example-request', exampleOperatingAutomationRequest()],
    ['example-response', exampleOperatingAutomationResponse()],
    ['contract', describeContract()],
  ];
  for (const requestedBy of ['console', 'community', 'cli']) {
    const request = buildOperatingAutomationRequest('tenant-demo', { requestedBy, automationCadence: 'hourly' });
    payloads.push([`request-${requestedBy}`, request]);
    for (const status of AUTOMATION_STATUSES) {
      payloads.push([
        `response-${requestedBy}-${status}`,
        buildOperatingAutomationResponse(request, {
          automationStatus: status,
          billingMonitoringStatus: status,
          licenseTelemetryStatus: status,
          supportFollowupStatus: status,
          customerSuccessReviewStatus: status,
          dashboardRefreshStatus: status,
          escalationDrillStatus: status,
          closeoutRetryStatus: status,
          blockers: ['escalation drill owner pending', 'billing monitoring owner pending'],
        }),
      ]);
    }
  }
  payloads.push(['request-subset', buildOperatingAutomationRequest('tenant-demo', { requiredChecks: ['billing_monitoring', 'closeout_retry'] })]);
  payloads.push(['response-default', buildOperatingAutomationResponse(buildOperatingAutomationRequest('tenant-demo'))]);

  it.each(payloads.map(([name, payload]) => [name, payload] as const))('%s', (name, payload) => {
    for (const [path, text] of renderings(name, payload)) {
      const findings = full.scanText(text, { path }).findings;
      expect(findings.map((f) => `${f.ruleId} ${path}:${f.line} ${valueOf(text, f)}`)).toEqual([]);
    }
  });

  it('keeps the vocabulary quiet in prose and code that describe it', () => {
    const text = [
      '## SaaS operating automation',
      '',
      `Required checks: ${OPERATING_AUTOMATION_CHECKS.map((c) => `\`${c}\``).join(', ')}.`,
      `Private modules: ${PRIVATE_MODULES_REQUIRED.join(', ')}.`,
      'The customer_success_review check reports `customer_success_review_status: scheduled`.',
      '',
      '```ts',
      "const request = buildOperatingAutomationRequest('tenant-demo', { requestedBy: 'console', requiredChecks: ['billing_monitoring', 'escalation_drill'] });",
      'const summary = { billingMonitoringStatus: "enabled", closeoutRetryStatus: "blocked", escalationDrillStatus: "unknown" };',
      "if (summary.billing_monitoring_status === 'blocked') notify(summary.blockers);",
      '```',
      '',
      ...BOUNDARY_CATEGORY_IDS.map((id) => `- \`${id}\``),
    ].join('\n');
    expect(full.scanText(text, { path: 'docs/architecture/saas-operating-automation-contract.md' }).findings).toEqual([]);
  });
});

describe('structured records', () => {
  it('reports the key path of a customer id in JSON and YAML', () => {
    const id = `cu-${r('kp1', LOWER_NUM, 10)}`;
    const json = `{\n  "billing": {\n    "accounts": [\n      { "customer_id": "${id}" }\n    ]\n  }\n}\n`;
    const [inJson] = scan(json, 'config/accounts.json');
    expect(inJson).toMatchObject({ ruleId: 'customer-key-value', keyPath: 'billing.accounts[0].customer_id' });
    expect(valueOf(json, inJson)).toBe(id);
    const yaml = `billing:\n  owner:\n    tenant_name: Haugland Maritime AS\n`;
    expect(scan(yaml, 'values.yaml')[0]).toMatchObject({ ruleId: 'customer-key-value', keyPath: 'billing.owner.tenant_name' });
  });

  it('finds an invoice record spread over a pretty-printed JSON object, reporting the customer', () => {
    const text = JSON.stringify(
      { invoice_number: `INV-2024-${r('inv1', DIGITS, 5)}`, issued: '2024-05-02', customer_name: 'Haugland Maritime AS', lines: [{ sku: 'seat', qty: 40 }], total: 1840.5 },
      null,
      2,
    );
    const findings = scan(text, 'exports/invoice.json');
    expect(findings.map((f) => f.ruleId)).toContain('invoice-record');
    expect(valueOf(text, findings.find((f) => f.ruleId === 'invoice-record'))).toBe('Haugland Maritime AS');
  });

  it('finds ticket contents, audit events and health records across lines', () => {
    const domain = `${r('rec1', LOWER_NUM, 7)}-logistics.de`;
    const ticket = `ticket:\n  ticket_id: 48213\n  subject: Export job fails after upgrade\n  priority: high\n  requester_email: marta.lindqvist@${domain}\n`;
    expect(ids(ticket, 'support/ticket.yaml')).toContain('support-ticket-payload');
    const cloudTrail = `{\n  "eventName": "ConsoleLogin",\n  "userIdentity": { "type": "IAMUser" },\n  "sourceIPAddress": "81.${r('ip', '12345678', 1)}4.20.7"\n}\n`;
    expect(ids(cloudTrail, 'audit/event.json')).toContain('audit-event-ip');
    const audit = `- event_type: role.granted\n  actor_email: k.mensah@${domain}\n  tenant_id: nb-48213\n`;
    expect(ids(audit, 'audit/events.yaml')).toContain('audit-event-actor');
    const health = `accounts:\n  - account_name: Varga Precision Tools GmbH\n    health_score: 38\n    churn_risk: high\n    renewal_date: 2025-03-31\n`;
    const [finding] = scan(health, 'cs/health.yaml').filter((f) => f.ruleId === 'account-health-record');
    expect(valueOf(health, finding)).toBe('Varga Precision Tools GmbH');
  });

  it('finds a paid tier a few lines below a policy-pack manifest header', () => {
    const text = `apiVersion: cavra.io/v1\nkind: PolicyPack\nmetadata:\n  name: soc2-controls\nspec:\n  edition: enterprise\n  rules: []\n`;
    expect(ids(text, 'packs/soc2.yaml')).toEqual(['policy-pack-manifest-tier']);
    expect(ids(text.replace('enterprise', 'community'), 'packs/soc2.yaml')).toEqual([]);
  });

  it('finds schedulers and workers written over several lines', () => {
    const nest = `@Injectable()\nexport class Jobs {\n  @Cron('0 2 * * *')\n  async runEscalationDrill(): Promise<void> {}\n}\n`;
    expect(ids(nest, 'src/jobs.ts')).toContain('check-scheduled-method');
    const celery = `@app.task(bind=True, max_retries=5)\n@traced\ndef run_closeout_retry(self, batch_id):\n    ...\n`;
    expect(ids(celery, 'ops/tasks.py')).toContain('check-task-function');
    const cronJob = `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: dashboard-refresh\n  namespace: ops\nspec:\n  schedule: "*/15 * * * *"\n`;
    expect(ids(cronJob, 'deploy/cron.yaml')).toEqual(['check-cronjob-manifest']);
  });

  it('finds private dependencies in a package.json block and Python imports', () => {
    const manifest = `{\n  "dependencies": {\n    "@cavra/boundary-guard": "^0.1.0",\n    "@cavra-enterprise/audit-store": "^2.3.1",\n    "@cavra/saas-billing": "workspace:*"\n  }\n}\n`;
    expect(scan(manifest, 'package.json').map((f) => valueOf(manifest, f))).toEqual(['@cavra-enterprise/audit-store', '@cavra/saas-billing']);
    const python = 'import os\nfrom cavra_enterprise.billing import meter\nimport cavra_enterprise.audit as audit\n';
    expect(ids(python, 'app/main.py')).toEqual(['private-package-import', 'private-package-import']);
  });
});

describe('specific detectors win over the generic key detectors', () => {
  it.each([
    ['customer_id', `cus_${r('sp1', 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789', 14)}`, 'stripe-customer-id'],
    ['tenant_id', `${r('sp2', HEX, 8)}-${r('sp3', HEX, 4)}-4${r('sp4', HEX, 3)}-8${r('sp5', HEX, 3)}-${r('sp6', HEX, 12)}`, 'azure-subscription-id'],
    ['customer_aws_account_id', `5${r('sp7', DIGITS, 11)}`, 'aws-account-id'],
    ['customer_email', `marta.lindqvist@${r('sp8', LOWER_NUM, 7)}-logistics.de`, 'customer-email-key-value'],
  ])('%s', (key, value, expected) => {
    for (const text of [`${key}: ${value}\n`, `{ "${key}": "${value}" }\n`]) expect(ids(text, text.startsWith('{') ? 'a.json' : 'a.yaml')).toEqual([expected]);
  });
});

describe('detectors built from settings', () => {
  const engine = createEngine(
    createCatalog({ productNames: ['orbital'], privatePackages: ['@orbital-ee', 'orbital_ee'], privatePaths: ['premium/'] }).filter((d) =>
      CATEGORIES.has(d.category),
    ),
  );
  it.each([
    ["import { meter } from '@orbital-ee/billing';", 'src/a.ts', 'private-package-import'],
    ['from orbital_ee.billing import meter', 'src/a.py', 'private-package-import'],
    ["import { handler } from '../premium/handlers';", 'src/a.ts', 'private-path-import'],
    ['// ORBITAL SaaS internal', 'src/a.ts', 'saas-internal-marker'],
    ['# Orbital Enterprise Policy Pack', 'packs/README.md', 'product-paid-pack-marker'],
    ['Licensed under the Orbital Commercial License.', 'src/a.ts', 'product-enterprise-license'],
  ])('%s', (text, path, expected) => {
    expect(engine.scanText(text, { path }).findings.map((f) => f.ruleId)).toEqual([expected]);
  });

  it('keeps the defaults (CAVRA) as well', () => {
    expect(engine.scanText("import x from '@cavra-enterprise/billing';", { path: 'a.ts' }).findings.map((f) => f.ruleId)).toEqual(['private-package-import']);
  });
});

describe('the check names', () => {
  it('cover every contract check in every spelling', () => {
    const keywords = checkKeywords();
    for (const check of OPERATING_AUTOMATION_CHECKS) {
      for (const style of ['snake', 'kebab', 'camel', 'pascal'] as const) {
        const name = checkName(check, style).toLowerCase();
        expect(keywords.some((k) => name.includes(k)), `${check} ${style}`).toBe(true);
        expect(ids(`export async function run${checkName(check, 'pascal')}() {}`, 'a.ts'), check).toEqual(['check-worker-definition']);
      }
    }
  });
});

describe('realistic files stay quiet', () => {
  const quiet: [string, string, string][] = [
    [
      'service code',
      'src/routes/tenants.ts',
      [
        'export interface Tenant { tenantId: string; tenantName?: string; accountId: number }',
        'router.get("/tenants/:tenantId", async (req, res) => {',
        '  const customerId = req.params.customerId;',
        '  const account = await db.account.findFirst({ where: { accountId: account.id, orgId: ctx.orgId } });',
        '  return res.json({ tenantId: tenant.id, customer_name: customer.name, org_slug: org.slug });',
        '});',
      ].join('\n'),
    ],
    ['python service', 'app/views.py', 'def get(request):\n    customer_id = request.args.get("customer_id")\n    tenant_name: str = tenant.name\n    return {"account_id": account.id}\n'],
    ['sql', 'db/queries.sql', 'SELECT * FROM invoices WHERE customer_id = $1 AND tenant_id = :tenant_id AND account_id = ?;\n'],
    ['package metadata', 'package.json', '{\n  "name": "@cavra/boundary-guard",\n  "org": "nodejs",\n  "author": "CAVRA maintainers",\n  "license": "Apache-2.0"\n}\n'],
    [
      'workflow',
      '.github/workflows/release.yml',
      'jobs:\n  publish:\n    with:\n      organization: ${{ github.repository_owner }}\n      account_id: ${{ secrets.CF_ACCOUNT_ID }}\n      tenant_id: ${{ vars.AZURE_TENANT_ID }}\n',
    ],
    [
      'test fixtures',
      'test/fixtures.ts',
      "export const tenant = { account_id: 1, tenant_id: 'tenant-1', customerId: 42, org_id: 7, customer_name: 'Test Customer', org_name: 'acme' };\n",
    ],
    [
      'Stripe SDK source',
      'src/stripe.ts',
      "if (id.startsWith('cus_')) return 'customer';\nconst CUSTOMER = /^cus_[a-zA-Z0-9]+$/;\n// e.g. cus_NffrFeUfNV2Hib, in_1MtHbELkdIwHu7ixl4OzzPMv\n",
    ],
    [
      'lock file',
      'package-lock.json',
      `{\n  "node_modules/customer-io": {\n    "version": "3.1.2",\n    "resolved": "https://registry.npmjs.org/customer-io/-/customer-io-3.1.2.tgz",\n    "integrity": "sha512-${r('lock', 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 86)}=="\n  }\n}\n`,
    ],
    ['minified bundle', 'dist/app.min.js', `!function(e){var t={tenantId:e.t,accountId:n.a,card:4,visa:"x"};e.exports=function(n){return t[n]||${r('min', DIGITS, 16)}}}(this);\n`],
    [
      'open licence header',
      'src/index.ts',
      '/*\n * Copyright (c) 2024 CAVRA contributors. All rights reserved.\n * SPDX-License-Identifier: Apache-2.0\n * Licensed under the Apache License, Version 2.0.\n */\n',
    ],
    [
      'Terraform with AWS public accounts',
      'infra/main.tf',
      'principals { identifiers = ["arn:aws:iam::127311923021:root"] }\nowners = ["099720109477"]\nimage = "602401143452.dkr.ecr.us-west-2.amazonaws.com/amazon-k8s-cni:v1.15.0"\naccount_id = data.aws_caller_identity.current.account_id\n',
    ],
    ['Go imports', 'cmd/server/main.go', 'import (\n\t"github.com/northbridge/platform/internal/billing"\n\t"github.com/northbridge/platform/internal/tenants"\n)\n'],
    ['queue docs', 'docs/queues.md', "```ts\nnew Worker('email', async (job) => send(job.data));\nqueue.add('resize-image', { id: 1 });\ncron.schedule('0 * * * *', rotateLogs);\n```\n\n```py\n@app.task\ndef add(x, y):\n    return x + y\n```\n"],
    ['Debian copyright', 'debian/copyright', 'Upstream-Name: libexample\nUpstream-Contact: Teodor Haugland <teodor@haugland-tools.no>\nSource: https://example.org/libexample\n'],
    [
      'payment docs',
      'docs/testing.md',
      '| Number | Brand |\n| --- | --- |\n| 4242 4242 4242 4242 | Visa |\n| 5555 5555 5555 4444 | Mastercard |\n| 3782 822463 10005 | Amex |\n\nIBAN for SEPA tests: DE89370400440532013000\n',
    ],
    ['changelog', 'CHANGELOG.md', '## 1.4.0\n\n- Fix tenant_id handling in the audit export (#4821). Thanks @octocat!\n- Card form: accept 19-digit numbers.\n- Billing: invoice totals round half-even.\n'],
    ['i18n', 'locales/en.json', '{\n  "billing.card_number": "Card number",\n  "billing.iban": "IBAN",\n  "support.ticket_subject": "Subject",\n  "cs.health_score": "Health score",\n  "cs.churn_risk": "Churn risk"\n}\n'],
    ['UUIDs and hashes', 'data/ids.json', `{"request_id": "${r('u1', HEX, 8)}-${r('u2', HEX, 4)}-4${r('u3', HEX, 3)}-a${r('u4', HEX, 3)}-${r('u5', HEX, 12)}", "sha": "${r('sha', HEX, 40)}"}\n`],
    ['CAVRA settings', 'patterns/support/settings.ts', "privatePackages: ['@cavra-enterprise', '@cavra/enterprise', '@cavra/saas', 'cavra_enterprise'],\nprivatePaths: ['enterprise/', 'ee/', 'saas-backend/', 'private/'],\n"],
    [
      'policy docs',
      'docs/policies.md',
      'Paid or enterprise policy pack files and their markers stay private.\nThe community policy_pack manifest sets `tier: community`.\n',
    ],
  ];
  it.each(quiet)('%s', (_name, path, text) => {
    expect(scan(text, path).map((f) => `${f.ruleId} ${valueOf(text, f)}`)).toEqual([]);
  });
});

describe('value checks', () => {
  it('computes the Salesforce id suffix from the documented example', () => {
    expect(salesforceIdSuffix('001xx000003DGb2')).toBe('AAG');
  });

  it('knows card issuer ranges and lengths', () => {
    expect(inCardRange('4000000000000002')).toBe(true);
    expect(inCardRange('2221000000000009')).toBe(true);
    expect(inCardRange('378282246310005')).toBe(true);
    expect(inCardRange('3782822463100051')).toBe(false);
    expect(inCardRange('9000000000000000')).toBe(false);
    expect(luhnValid('378282246310005')).toBe(true);
  });

  it('tells public IPv4 addresses from private, shared, documentation and typed example ones', () => {
    for (const ip of ['81.2.69.142', '34.117.59.81', '145.40.68.11', '5.6.7.9', '44.33.22.12']) expect(isPublicIpv4(ip, registry), ip).toBe(true);
    for (const ip of ['1.2.3.4', '5.6.7.8', '4.3.2.1', '2.2.2.2', '12.34.56.78', '123.45.67.89', '10.1.2.3', '172.20.0.1', '192.168.0.10', '100.64.1.1', '169.254.169.254', '127.0.0.1', '203.0.113.9', '198.51.100.2', '192.0.2.1', '8.8.8.8', '224.0.0.1', '256.1.1.1', '01.2.3.4']) {
      expect(isPublicIpv4(ip, registry), ip).toBe(false);
    }
  });

  it('tells customer emails from project, reserved and role addresses', () => {
    expect(isRealEmail('marta.lindqvist@haugland-tools.no', registry)).toBe(true);
    for (const email of ['ops@example.com', 'a@b.invalid', '1+octocat@users.noreply.github.com', 'no-reply@haugland-tools.no', 'security@haugland-tools.no', 'dev@apache.org', 'user@company.com']) {
      expect(isRealEmail(email, registry), email).toBe(false);
    }
  });

  it('tells people from teams and labels', () => {
    expect(isPersonName('Marta Lindqvist', registry)).toBe(true);
    expect(isPersonName('Jean-Luc Moreau', registry)).toBe(true);
    for (const name of ['Platform Team', 'Jane Doe', 'Support Desk', 'Marta', 'MARTA LINDQVIST']) expect(isPersonName(name, registry), name).toBe(false);
  });

  it.each([
    ['cu-a8f3k2x9m1', true, true],
    ['Northbridge Logistics GmbH', true, true],
    ['northbridge-logistics', true, true],
    ['48213907', true, true],
    ['48213', true, false],
    ['123456', true, false],
    ['111222333444', true, false],
    ['12341234', true, false],
    ['111222333445', true, true],
    ['default', true, false],
    ['tenant-1', true, false],
    ['abc123', true, false],
    ['Name of the customer', true, false],
    ['Customer ID', true, false],
    ['azure_services_authentication.tenant_id', true, false],
    ['customer.id', false, false],
    ['tenantId', false, false],
    ['kBZtSgujDrK9vH39', false, true],
    ['tenant-owner', true, false],
    ['tenant_personal_default', true, false],
    ['azure_storage_account_name', true, false],
    ['account1', true, false],
    ['customer_03', true, false],
    ['brightpath7', true, true],
    ['TENANT_ID', true, false],
    ['northbridge_logistics', true, true],
    ['tnt_default', true, false],
    // One telling word after a label: not a customer id (and `acme` inside an identifier is no fictional name for the registry).
    ['org-acme', true, false],
    ['northbridge-logistics.de', true, true],
  ])('isCustomerValue(%j, quoted=%s) is %s', (value, quoted, expected) => {
    expect(isCustomerValue(value, { quoted, syntax: 'js', registry })).toBe(expected);
  });
});
