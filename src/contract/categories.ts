/**
 * The Boundary of CAVRA's public contracts as data: what a public repository
 * may hold, and the categories of what it must never hold. Detectors, rules
 * and reports all take their category ids, titles and descriptions from here.
 */

/** Category ids, in the order reports list them. */
export const BOUNDARY_CATEGORY_IDS = [
  'license-key',
  'signing-material',
  'connector-credential',
  'escalation-webhook',
  'dashboard-url',
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
] as const;

/** A Boundary category id: every finding carries exactly one. */
export type BoundaryCategory = (typeof BOUNDARY_CATEGORY_IDS)[number];

/** Metadata of one Boundary category. */
export interface BoundaryCategoryInfo {
  readonly id: BoundaryCategory;
  /** Short human title, e.g. "Licence key". */
  readonly title: string;
  /** What the category catches, one sentence. */
  readonly description: string;
  /** The ESLint plugin's rule that reports the category (`no-license-keys`). */
  readonly rule: string;
}

const info = (id: BoundaryCategory, title: string, description: string, rule: string): BoundaryCategoryInfo =>
  Object.freeze({ id, title, description, rule });

/** Every Boundary category with its title and description, keyed by id. */
export const BOUNDARY_CATEGORIES: Readonly<Record<BoundaryCategory, BoundaryCategoryInfo>> = Object.freeze({
  'license-key': info(
    'license-key',
    'Licence key',
    'Product licence keys, signed licence tokens and licence-signing secrets.',
    'no-license-keys',
  ),
  'signing-material': info(
    'signing-material',
    'Signing material',
    'Private keys (PEM, OpenSSH, PGP, PKCS#8, PuTTY), JWT and HMAC signing secrets, cosign and minisign keys.',
    'no-signing-material',
  ),
  'connector-credential': info(
    'connector-credential',
    'Connector credential',
    'SaaS and cloud API tokens, database URLs and any URL that carries a password.',
    'no-connector-credentials',
  ),
  'escalation-webhook': info(
    'escalation-webhook',
    'Escalation webhook',
    'Chat and incident webhooks (Slack, Discord, Teams, Google Chat, Mattermost), PagerDuty routing keys, Opsgenie integrations and tokened webhook URLs.',
    'no-escalation-webhooks',
  ),
  'dashboard-url': info(
    'dashboard-url',
    'Production dashboard URL',
    'Links to production dashboards (Grafana, Datadog, Kibana, Looker, Tableau, Metabase, Power BI, New Relic, Splunk, Sentry) and internal or production hosts.',
    'no-dashboard-urls',
  ),
  'customer-identifier': info(
    'customer-identifier',
    'Customer identifier',
    'Real-looking customer, tenant and account ids, names and emails, billing-provider customer ids and provider account ids.',
    'no-customer-identifiers',
  ),
  'billing-record': info(
    'billing-record',
    'Billing record',
    'Invoices, charges, card numbers, IBANs and amounts tied to a named customer.',
    'no-billing-records',
  ),
  'support-ticket': info(
    'support-ticket',
    'Support ticket',
    'Support ticket URLs and ticket contents (Zendesk, Freshdesk, Jira Service Management, ServiceNow, Intercom).',
    'no-support-tickets',
  ),
  'customer-success-note': info(
    'customer-success-note',
    'Customer-success note',
    'Account notes, health scores, renewal and churn notes about a real customer.',
    'no-customer-success-notes',
  ),
  'customer-audit-payload': info(
    'customer-audit-payload',
    'Customer audit payload',
    'Audit-log events with real actors, IP addresses and tenant ids.',
    'no-customer-audit-payloads',
  ),
  'paid-policy-pack': info(
    'paid-policy-pack',
    'Paid policy pack',
    'Paid or enterprise policy pack files and their markers.',
    'no-paid-policy-packs',
  ),
  'enterprise-source': info(
    'enterprise-source',
    'Enterprise source',
    'Imports of private packages, proprietary licence headers and enterprise source trees.',
    'no-enterprise-source',
  ),
  'saas-backend-code': info(
    'saas-backend-code',
    'SaaS backend code',
    'Hosted-service implementation code and its markers.',
    'no-saas-backend-code',
  ),
  'scheduler-implementation': info(
    'scheduler-implementation',
    'Scheduler implementation',
    'Cron and queue schedulers wired to the private operating-automation checks.',
    'no-scheduler-implementations',
  ),
  'automation-worker': info(
    'automation-worker',
    'Automation worker',
    'Worker implementations of the private operating-automation checks.',
    'no-automation-workers',
  ),
});

/** What a public Community Edition repository may contain. */
export const BOUNDARY_MAY_CONTAIN = Object.freeze([
  'request and response shapes',
  'schema versions',
  'synthetic examples',
  'tests',
] as const);

/** What a public Community Edition repository must never contain, in DESIGN order. */
export const BOUNDARY_MUST_NOT_CONTAIN = Object.freeze([
  'Enterprise source',
  'SaaS backend code',
  'scheduler and automation-worker implementations',
  'billing records',
  'support tickets',
  'customer-success notes',
  'customer identifiers',
  'production dashboard URLs',
  'escalation webhooks',
  'connector credentials',
  'licence keys',
  'signing material',
  'paid policy packs',
  'customer audit payloads',
] as const);

/** True when `value` is a Boundary category id. */
export function isBoundaryCategory(value: unknown): value is BoundaryCategory {
  return typeof value === 'string' && Object.hasOwn(BOUNDARY_CATEGORIES, value);
}
