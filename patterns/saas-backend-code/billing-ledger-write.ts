import { defineDetector } from '../../src/engine/define-detector.js';
import { OPERATING_AUTOMATION_CHECKS, SAAS_OPERATIONS } from '../../src/contract/constants.js';

const id = 'billing-ledger-write';

/** How far around the write the tie to the hosted service is looked for. */
const REACH = 600;

/**
 * The tie to the hosted control plane: a tenant (`tenant_id`, `tenantId`,
 * `tenant.id`, `tenants`), or a SaaS operation or private check of the
 * contract in any spelling (`billing_monitoring`, `billingMonitoring`).
 */
const TIE = new RegExp(
  `\\btenants?(?:[_.]?id)?\\b|${[...SAAS_OPERATIONS, ...OPERATING_AUTOMATION_CHECKS].map((words) => words.split('_').join('[_-]?')).join('|')}`,
  'iu',
);

/** Who a billing store is about, and what it holds: `billing_ledger`, `usageRecords`, `meter_readings`, `credit_events`. */
const STORE_OWNERS = ['billing', 'usage', 'credit', 'meter', 'metered', 'metering'];
const STORE_KINDS = ['event', 'record', 'reading', 'charge', 'counter', 'snapshot'];
/** Store names of a billing ledger or usage meter (`billing_ledger`, `usageRecords`, `LedgerEntry`, `tenant_usage`). */
const STORE = String.raw`(?:tenant_?)?(?:${STORE_OWNERS.join('|')})_?(?:ledger(?:_?entr(?:y|ies))?|(?:${STORE_KINDS.join('|')})s?|usage)|ledger_?entr(?:y|ies)|tenant_?usage`;
/** Verbs and nouns of a function that records usage (`record_usage`, `billTenantOverage`). */
const RECORD_VERBS = ['record', 'report', 'meter', 'bill', 'charge', 'accrue'];
const RECORD_NOUNS = ['usage', 'overage', 'metering', 'ledger'];
/** Vendor metering calls, as the vendors' SDKs spell them. */
const VENDOR_CALLS = String.raw`createUsageRecord|(?:V1)?BillingMeterEvents\.Create|usagerecord\.New|create_usage_record|meterEvents\.create|meter_events\.create|MeterEvent\.create|meterEventAdjustments\.create|meter_event_adjustments\.create|UsageRecord\.create|usage\.ingest|events\.ingest|chargebee\.usage\.create|createUsage`;

/** `a`, `a_b` and `ab` for each pair: how the words are joined in names. */
function joined(firsts: readonly string[], seconds: readonly string[]): string[] {
  return firsts.flatMap((a) => seconds.flatMap((b) => [`${a}_${b}`, `${a}${b}`]));
}

/**
 * Every match holds one of these: the vendor calls' names, `ledger`, each
 * store owner joined to each kind, and each verb joined to each noun (with
 * or without `tenant` between). Specific words, so that the regex runs only
 * near a billing store or call, not at every `usage`.
 */
const KEYWORDS = [
  'usagerecord', 'usage_record', 'meterevent', 'meter_event', 'usage.ingest', 'events.ingest', 'chargebee', 'createusage', 'ledger',
  ...joined(STORE_OWNERS, [...STORE_KINDS, 'usage']),
  ...joined(['tenant'], ['usage', ...RECORD_NOUNS]),
  ...joined(RECORD_VERBS, RECORD_NOUNS),
];

/**
 * Writes of metered usage and billing-ledger entries, in the forms the
 * billing vendors document and the ORMs and query builders people use:
 * - vendor metering calls: Stripe usage records and meter events (Node and
 *   Python, Go), Orb and OpenMeter event ingestion, Metronome usage ingestion,
 *   Chargebee usage, Recurly `createUsage`;
 * - SQL `INSERT INTO` / `UPDATE` of a ledger or usage table, Knex
 *   `insert` into one, Prisma/Sequelize/Mongoose-style
 *   `<store>.create|createMany|upsert|insert(`, Drizzle `insert(<store>)`,
 *   Django `<Store>.objects.create(`, SQLAlchemy `add(<Store>(`;
 * - functions that record or bill usage (`def record_usage(`,
 *   `async function billTenantUsage(`).
 */
const REGEX = new RegExp(
  String.raw`(?<secret>\b(?:${VENDOR_CALLS})[ \t]*\(` +
    String.raw`|\b(?:INSERT[ \t]+INTO|UPDATE)[ \t]+["'\x60]?(?:\w{1,40}\.)?(?:${STORE})\b` +
    String.raw`|\b(?:insertInto|into|table)\([ \t]*["'\x60](?:\w{1,40}\.)?(?:${STORE})["'\x60]` +
    String.raw`|\.(?:${STORE})\.(?:create|createMany|upsert|insert|insertMany|bulkCreate|insertOne)[ \t]*\(` +
    String.raw`|\binsert\([ \t]*(?:schema\.)?(?:${STORE})[ \t]*\)` +
    String.raw`|\b(?:${STORE})\.objects\.(?:create|bulk_create|get_or_create|update_or_create)\(` +
    String.raw`|\badd(?:_all)?\([ \t]*(?:${STORE})\(` +
    String.raw`|\b(?:async[ \t]+)?(?:function\*?|def|func|fn)[ \t]+(?:${RECORD_VERBS.join('|')})_?(?:tenant_?)?(?:${RECORD_NOUNS.join('|')})\w{0,30}[ \t]*[(<])`,
  'iu',
);

/**
 * Billing ledgers and usage metering of the hosted service: code that writes
 * metered usage or ledger entries tied to a tenant or to the contract's
 * operations and checks. One finding per file: a ledger module is one leak.
 * The same write with no tie to the hosted service (an app's own orders
 * table, a public example of a meter event) is not a finding.
 */
export default defineDetector({
  id,
  name: 'Billing ledger or usage-metering write',
  category: 'saas-backend-code',
  severity: 'error',
  precedence: 2,
  description:
    'Billing-ledger and usage-metering writes of the hosted service (Stripe usage records and meter events, Orb, OpenMeter, Metronome, Chargebee and Recurly usage, SQL and ORM writes to ledger or usage tables) tied to a tenant or to the SaaS operations, reported once per file.',
  regex: REGEX,
  keywords: [...new Set(KEYWORDS)],
  oncePer: 'file',
  validate: (_secret, { text, offset, line }) => {
    const around = text === undefined || offset === undefined ? line : text.slice(Math.max(0, offset - REACH), Math.min(text.length, offset + REACH));
    return TIE.test(around);
  },
  references: [
    'https://docs.stripe.com/api/billing/meter-event/create',
    'https://docs.stripe.com/api/usage_records/create',
    'https://docs.withorb.com/api-reference/event/ingest-events',
    'https://openmeter.io/docs/api/cloud#tag/events/operation/ingestEvents',
    'https://docs.metronome.com/api-reference/usage/ingest-events',
    'https://apidocs.chargebee.com/docs/api/usages',
  ],
  samples: () => ({
    positive: [
      "await stripe.billing.meterEvents.create({ event_name: 'api_requests', payload: { stripe_customer_id: tenant.stripeCustomerId, value: '1' } });",
      'await stripe.subscriptionItems.createUsageRecord(tenant.meteredItemId, { quantity: usage.count, timestamp: now });',
      "INSERT INTO billing_ledger (tenant_id, amount_cents, entry_type) VALUES ($1, $2, 'usage')",
      'await prisma.usageRecord.create({ data: { tenantId, metric: "automation_runs", quantity } });',
      'UsageRecord.objects.create(tenant_id=tenant_id, metric="api_calls", quantity=count)',
      'def record_usage(tenant_id: str, units: int) -> None:',
      'await db.insert(ledgerEntries).values({ tenantId: tenant.id, amount, kind: "overage" });',
    ],
    negative: [
      "INSERT INTO orders (customer_id, total) VALUES ($1, $2)",
      "await stripe.billing.meterEvents.create({ event_name: 'api_requests', payload: { stripe_customer_id: customer.id, value: '1' } });",
      'const usage = await getUsage(tenantId);',
      'await prisma.order.create({ data: { tenantId, total } });',
      'SELECT * FROM billing_ledger WHERE tenant_id = $1',
    ],
  }),
});
