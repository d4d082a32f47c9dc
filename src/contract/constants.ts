/**
 * Vocabulary of CAVRA's `saas_operating_automation` contract, as published in
 * its Community Edition. Tuples keep CAVRA's order; the literal unions are
 * derived from them so that there is one source for both.
 */

/** Schema version of a SaaS control-plane request envelope. */
export const REQUEST_SCHEMA_VERSION = 'cavra.saas_control_plane.request.v1';
/** Schema version of a SaaS control-plane response envelope. */
export const RESPONSE_SCHEMA_VERSION = 'cavra.saas_control_plane.response.v1';
/** Schema version of the contract description returned by `describeContract()`. */
export const CONTRACT_SCHEMA_VERSION = 'cavra.saas_control_plane.contract.v1';

/** The operation this package's contract module implements. */
export const OPERATING_AUTOMATION_OPERATION = 'saas_operating_automation';

/** Every operation of the SaaS control plane, in CAVRA's order. */
export const SAAS_OPERATIONS = [
  'entitlement_status',
  'tenant_onboarding',
  'tenant_status',
  'license_validation',
  'policy_registry_readiness',
  'policy_registry_lookup',
  'tenant_audit_store_operating',
  'customer_operating_dashboard',
  'support_handoff_readiness',
  'saas_operating_automation',
  'evidence_export',
] as const;
/** An operation of the SaaS control plane. */
export type SaaSOperation = (typeof SAAS_OPERATIONS)[number];

/** Response statuses; `requires_private_service` is the default. */
export const RESPONSE_STATUSES = ['accepted', 'unavailable', 'requires_private_service'] as const;
/** Status of a response envelope. */
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];
/** CAVRA's default response status. */
export const DEFAULT_RESPONSE_STATUS: ResponseStatus = 'requires_private_service';

/** The seven required checks, in CAVRA's order. */
export const OPERATING_AUTOMATION_CHECKS = [
  'billing_monitoring',
  'license_telemetry_sync',
  'support_followup',
  'customer_success_review',
  'dashboard_refresh',
  'escalation_drill',
  'closeout_retry',
] as const;
/** Id of one of the seven operating-automation checks. */
export type OperatingAutomationCheck = (typeof OPERATING_AUTOMATION_CHECKS)[number];

/** Statuses of the automation and of each check; every status defaults to `unknown`. */
export const AUTOMATION_STATUSES = ['ready', 'scheduled', 'enabled', 'automated', 'blocked', 'unknown'] as const;
/** Status of the automation or of one check. */
export type AutomationStatus = (typeof AUTOMATION_STATUSES)[number];
/** Default of every status. */
export const DEFAULT_AUTOMATION_STATUS: AutomationStatus = 'unknown';

/**
 * Summary field that carries each check's status. CAVRA names the licence
 * telemetry field `license_telemetry_status`, not `license_telemetry_sync_status`.
 */
export const CHECK_STATUS_FIELDS = {
  billing_monitoring: 'billing_monitoring_status',
  license_telemetry_sync: 'license_telemetry_status',
  support_followup: 'support_followup_status',
  customer_success_review: 'customer_success_review_status',
  dashboard_refresh: 'dashboard_refresh_status',
  escalation_drill: 'escalation_drill_status',
  closeout_retry: 'closeout_retry_status',
} as const satisfies Record<OperatingAutomationCheck, string>;
/** A summary field that carries a check's status. */
export type CheckStatusField = (typeof CHECK_STATUS_FIELDS)[OperatingAutomationCheck];

/** Default `requested_by` of a request. */
export const DEFAULT_REQUESTED_BY = 'community';
/** Default `payload.automation_scope` of a request. */
export const DEFAULT_AUTOMATION_SCOPE = 'trial-to-paid-customer-scale';
/** Default `payload.automation_cadence` of a request (free text). */
export const DEFAULT_AUTOMATION_CADENCE = 'daily';

/** Fixed text of the request payload's `automation_boundary`. */
export const REQUEST_AUTOMATION_BOUNDARY =
  'public request shape only; SaaS operating automation execution is private';

/** Fixed text of the response summary's `automation_boundary`. */
export const SUMMARY_AUTOMATION_BOUNDARY =
  'billing systems, license telemetry, support workflows, customer-success records, dashboard refresh jobs, escalation drills, closeout retries, and scheduler execution remain private service responsibilities';

/** Fixed `message` of an operating-automation response. */
export const OPERATING_AUTOMATION_MESSAGE =
  'SaaS operating automation requires private billing monitoring, license telemetry, support, customer-success, dashboard, escalation, closeout retry, and scheduler validation.';

/** Fixed `private_modules_required` labels, in CAVRA's order. */
export const PRIVATE_MODULES_REQUIRED = [
  'billing monitoring',
  'license telemetry sync',
  'support follow-up',
  'customer-success review',
  'dashboard refresh automation',
  'escalation drill scheduler',
  'closeout retry automation',
] as const;

/** Fixed `next_step` of an operating-automation response. */
export const OPERATING_AUTOMATION_NEXT_STEP = 'See docs/architecture/saas-operating-automation-contract.md';

/** Prefix of every correlation id. */
export const CORRELATION_ID_PREFIX = 'saas-';

/** Correlation ids that the builders generate: `saas-` followed by 12 lower-case hex digits. */
export const CORRELATION_ID_PATTERN = /^saas-[0-9a-f]{12}$/u;

/**
 * Correlation ids that the validators accept: `saas-` followed by lower-case
 * letters, digits and hyphens. Wider than {@link CORRELATION_ID_PATTERN}
 * because CAVRA's own documented example uses `saas-example`.
 */
export const CORRELATION_ID_ACCEPTED_PATTERN = /^saas-[a-z0-9-]+$/u;
