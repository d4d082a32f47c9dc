import { describe, expect, it } from 'vitest';
import { catalog } from '../../patterns/index.js';
import { ALPHA_NUM, HEX, LOWER_NUM, randomString as r } from '../../patterns/support/sample-builder.js';
import { defineDetector } from '../../src/engine/define-detector.js';
import { testDataPath, valueShape } from '../../src/engine/evidence.js';
import { recordSpan } from '../../src/engine/records.js';
import { createEngine } from '../../src/engine/index.js';
import type { ContextRule } from '../../src/engine/types.js';

const engine = createEngine(catalog);
const uuid = (seed: string): string => `${r(`${seed}a`, HEX, 8)}-${r(`${seed}b`, HEX, 4)}-4${r(`${seed}c`, HEX, 3)}-a${r(`${seed}d`, HEX, 3)}-${r(`${seed}e`, HEX, 12)}`;
const cuid = (seed: string): string => `c${r(seed, LOWER_NUM, 24)}`;
/** Assembled at run time, so no credential sits in the repository. */
const slackWebhook = (seed: string): string =>
  ['https://hooks.slack.com/services', `T${r(`${seed}t`, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 10)}`, `B${r(`${seed}b`, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 10)}`, r(`${seed}x`, ALPHA_NUM, 24)].join('/');

const ids = (text: string, path: string): string[] => engine.scanText(text, { path }).findings.map((f) => `${f.ruleId}:${f.severity}`);

describe('value shapes', () => {
  it.each([
    ['ops@northbridge-logistics.com', 'email'],
    ['Northbridge Logistics GmbH', 'company'],
    ['Brennan & Okafor Ltd', 'company'],
    ['Marta Lindqvist', 'name'],
    ['northbridge-logistics', 'slug'],
    ['attacker-controlled-org', 'slug'],
    [uuid('shape1'), 'opaque'],
    [cuid('shape2'), 'opaque'],
    ['cus_Nf3kQ8zLr2VwXy', 'opaque'],
    ['org_2Xk9QbLmT4vR8wZp', 'opaque'],
    ['a2b3c4d5e6f7', 'opaque'],
    ['48213977', 'opaque'],
  ] as const)('%s reads as %s', (value, shape) => {
    expect(valueShape(value)).toBe(shape);
  });

  it.each(['test/api/orgs.test.ts', 'src/__tests__/billing.ts', 'e2e/fixtures/orgs.json', 'apps/web/playwright/seed.ts', 'packages/db/seeders/demo.ts', 'app/stories/Org.stories.tsx', 'pkg/tenant/tenant_test.go', 'tests/test_orgs.py', 'src/mocks/handlers.ts'])(
    '%s holds test data',
    (path) => expect(testDataPath(path)).toBeDefined(),
  );

  it.each(['src/billing/customers.ts', 'docs/setup.md', 'config/tenants.yaml', 'src/contest/result.ts', 'lib/attestation.py'])('%s does not', (path) => {
    expect(testDataPath(path)).toBeUndefined();
  });
});

describe('evidence decides severity', () => {
  // Patterns from real trees, generated here: opaque and hand-made ids under customer keys in tests stay quiet.
  const quietInTests: readonly [string, string][] = [
    ['random org id in a unit test', `expect(res.body).toEqual({ organizationId: '${cuid('q1')}' });\n`],
    ['uuid tenant in a mock', `const session = { tenantId: "${uuid('q2')}", role: "admin" };\n`],
    ['hand-made ascending id', `const org = { orgId: 'a2b3c4d5e6f7a8b9' };\n`],
    ['word slug in a test', `await createOrg({ org_slug: 'attacker-controlled-org' });\n`],
    ['cus_ id the app mints, no Stripe context', `const row = { customer_ref: 'cus_${r('q3', ALPHA_NUM, 24)}' };\n`],
  ];
  it.each(quietInTests)('%s: nothing in test data', (_name, text) => {
    expect(ids(text, 'apps/api/test/orgs.test.ts')).toEqual([]);
  });

  it('reports an opaque id under a customer key outside tests as a warning that says why', () => {
    const { findings } = engine.scanText(`export const defaults = { customerId: "${uuid('w1')}" };\n`, { path: 'src/defaults.ts' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ruleId: 'customer-key-value', severity: 'warning' });
    expect(findings[0]?.message).toMatch(/under key customerId; value is an opaque id/u);
  });

  // Real leaks inside fixture files stay errors: the value itself is evidence, and credentials are never relaxed by path.
  const leaksInFixtures: readonly [string, string, string][] = [
    ['a company with its legal form', `tenant_name: "Northbridge Logistics GmbH"\n`, 'customer-key-value:error'],
    ['an email at a real domain', `{ "customer_email": "marta.lindqvist@northbridge-logistics.com" }\n`, 'customer-email-key-value:error'],
    ['a person under a contact key', `contact_name: "Marta Lindqvist"\n`, 'person-name-key-value:error'],
    ['a Stripe customer in a Stripe object', `{ "object": "stripe.customer", "id": "cus_${r('l1', ALPHA_NUM, 14)}" }\n`, 'stripe-customer-id:error'],
    ['a Slack webhook', `webhook: ${slackWebhook('l2')}\n`, 'slack-webhook-url:error'],
  ];
  it.each(leaksInFixtures)('%s in a fixture is an error', (_name, text, expected) => {
    const path = text.startsWith('{') ? 'test/fixtures/customers.json' : 'test/fixtures/customers.yaml';
    expect(ids(text, path)).toContain(expected);
  });
});

describe('record-level synthetic', () => {
  it('a fictional company makes the person beside it fictional too', () => {
    const yaml = 'accounts:\n  - company: "Acme Corp"\n    contact_name: "Marta Lindqvist"\n    tier: gold\n  - company: "Haugland Maritime AS"\n    contact_name: "Jonas Berg"\n';
    const findings = engine.scanText(yaml, { path: 'config/accounts.yaml', collectSuppressed: true });
    expect(findings.findings.map((f) => f.line)).toEqual([6]);
    expect(findings.suppressed.find((s) => s.finding.line === 3)?.reason).toMatch(/sibling value in the same record is an example/u);
  });

  it('a synthetic neighbour does not hide a company with its legal form', () => {
    const json = '{\n  "tenant_id": "tenant-demo",\n  "tenant_name": "Northbridge Logistics GmbH"\n}\n';
    expect(ids(json, 'config/tenant.json')).toEqual(['customer-key-value:error']);
  });

  it('finds the record of a value in JSON, YAML and a table row', () => {
    const json = '[{"a": 1}, {"name": "x", "id": "y"}, {"b": 2}]';
    const at = json.indexOf('"y"');
    expect(json.slice(...recordSpan(json, at, at + 3, 'json'))).toBe('{"name": "x", "id": "y"}');
    const yaml = 'items:\n  - name: x\n    id: y\n  - name: z\n';
    const y = yaml.indexOf('id: y') + 4;
    expect(yaml.slice(...recordSpan(yaml, y, y + 1, 'yaml'))).toBe('  - name: x\n    id: y');
    const md = '| a | b |\n| x | y |\n';
    expect(md.slice(...recordSpan(md, md.indexOf('y'), md.indexOf('y') + 1, 'markdown'))).toBe('| x | y |');
  });
});

describe('declared context', () => {
  const detectorWith = (context: readonly ContextRule[]) =>
    defineDetector({
      id: 'context-probe',
      name: 'Context probe',
      category: 'connector-credential',
      severity: 'error',
      description: 'A token for testing declared contexts.',
      regex: /\b(?<secret>ctx_[a-z0-9]{12})\b/u,
      keywords: ['ctx_'],
      context,
      samples: () => ({ positive: [], negative: [] }),
    });
  const value = `ctx_${r('ctx', LOWER_NUM, 12)}`;
  const count = (context: readonly ContextRule[], text: string): number => createEngine([detectorWith(context)]).scanText(text, { path: 'a.json' }).findings.length;

  it.each([
    ['required on the line, present', [{ pattern: /vendor/u, within: 'line' }], `vendor: ${value}`, 1],
    ['required on the line, on another line', [{ pattern: /vendor/u, within: 'line' }], `vendor: 1\nkey: ${value}`, 0],
    ['required in the record, present', [{ pattern: /vendor/u, within: 'record' }], `{\n "vendor": 1,\n "key": "${value}"\n}`, 1],
    ['required in the record, outside it', [{ pattern: /vendor/u, within: 'record' }], `{"vendor": 1}\n{\n "key": "${value}"\n}`, 0],
    ['required within 10 characters, too far', [{ pattern: /vendor/u, within: 10 }], `vendor ${'.'.repeat(20)} ${value}`, 0],
    ['required within 40 characters, near', [{ pattern: /vendor/u, within: 40 }], `vendor ${'.'.repeat(20)} ${value}`, 1],
    ['forbidden on the line, present', [{ pattern: /example/u, within: 'line', effect: 'forbid' }], `example ${value}`, 0],
    ['forbidden on the line, absent', [{ pattern: /example/u, within: 'line', effect: 'forbid' }], `real ${value}`, 1],
  ] as const)('%s', (_name, context, text, expected) => {
    expect(count(context, text)).toBe(expected);
  });
});

describe('record evidence in test data', () => {
  it('a slug beside a real-looking company and email in a seed file is still reported', () => {
    const seed = "export const CUSTOMERS = [\n  {\n    customerId: 'northbridge-logistics',\n    customerName: 'Northbridge Logistics Ltd',\n    billingEmail: 'ap@northbridge-logistics.com',\n  },\n];\n";
    const found = engine.scanText(seed, { path: 'src/admin/customers.seed.ts' }).findings.filter((f) => f.line === 3);
    expect(found.map((f) => f.ruleId)).toEqual(['customer-key-value']);
  });
});

describe('de-duplication', () => {
  it('reports one licence header once, however many of its sentences match', () => {
    const header = '# Proprietary and confidential.\n# Unauthorized copying of this file, via any medium, is strictly prohibited.\n\nimport os\n';
    expect(ids(header, 'src/billing/ledger.py')).toEqual(['proprietary-license-header:error']);
  });

  it('keeps two headers in two places', () => {
    const two = '# Proprietary and confidential.\n\nimport os\n\n# Proprietary and confidential.\n';
    expect(ids(two, 'src/billing/ledger.py')).toHaveLength(2);
  });
});

describe('UI placeholder attributes', () => {
  it.each([
    [`<input placeholder="cus_${r('ph1', ALPHA_NUM, 14)}" />`, 'src/ui/form.tsx'],
    [`<Input placeholder={'glpat-${r('ph2', ALPHA_NUM, 20)}'} />`, 'src/ui/form.tsx'],
    [`field = forms.CharField(widget=TextInput(attrs={"placeholder": "xoxb-${r('ph3', '0123456789', 12)}-${r('ph4', '0123456789', 13)}-${r('ph5', ALPHA_NUM, 24)}"}))`, 'app/forms.py'],
  ])('%s is hint text', (text, path) => {
    const result = engine.scanText(`${text}\n`, { path, collectSuppressed: true });
    expect(result.findings).toEqual([]);
    expect(result.suppressed.map((s) => s.reason).join('\n')).toMatch(/placeholder attribute/u);
  });
});

describe('internal hosts by their naming', () => {
  it('are test inputs in test data and findings elsewhere', () => {
    const text = `expect(shouldBypassProxy(url("http://llm.${r('ih1', 'abcdefghij', 6)}.internal.corp"), "")).toBe(false);\n`;
    expect(ids(text, 'packages/shared/src/server/noProxy.test.ts')).toEqual([]);
    expect(ids(text, 'packages/shared/src/server/noProxy.ts')).toEqual(['generic-internal-host-url:error']);
  });
});

describe('code is not a customer value', () => {
  it.each([
    ['lib/serializers/fee_serializer.rb', 'external_customer_id: model.customer&.external_id,\n'],
    ['src/customers.ts', 'const payload = { customer_id: session?.customer.id };\n'],
    ['app/services/update_service.rb', 'numbering = (params[:numbering] == "per_customer") ? "per_customer" : "per_billing_entity"\n'],
  ])('%s', (path, text) => {
    expect(ids(text, path)).toEqual([]);
  });
});
