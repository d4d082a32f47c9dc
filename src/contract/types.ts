import type {
  AutomationStatus,
  OperatingAutomationCheck,
  PRIVATE_MODULES_REQUIRED,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  ResponseStatus,
  SaaSOperation,
} from './constants.js';

/** A SaaS control-plane request envelope; keys in CAVRA's order. */
export interface SaaSRequest<P = Record<string, unknown>> {
  schema_version: typeof REQUEST_SCHEMA_VERSION;
  operation: SaaSOperation;
  tenant_id: string;
  requested_by: string;
  /** `saas-` followed by 12 hex digits. */
  correlation_id: string;
  private_implementation_required: true;
  payload: P;
}

/** A SaaS control-plane response envelope; keys in CAVRA's order. */
export interface SaaSResponse<P = Record<string, unknown>> {
  schema_version: typeof RESPONSE_SCHEMA_VERSION;
  operation: SaaSOperation;
  status: ResponseStatus;
  message: string;
  correlation_id: string;
  private_implementation_required: true;
  payload: P;
}

/** Payload of a `saas_operating_automation` request. */
export interface OperatingAutomationRequestPayload {
  automation_scope: string;
  /** Free text; CAVRA's default is `daily`. */
  automation_cadence: string;
  /** Non-empty list of check ids. */
  required_checks: OperatingAutomationCheck[];
  automation_boundary: string;
}

/** Summary of a `saas_operating_automation` response: one status per check. */
export interface OperatingAutomationSummary {
  tenant_id: string;
  automation_status: AutomationStatus;
  billing_monitoring_status: AutomationStatus;
  /** CAVRA's name for the `license_telemetry_sync` check's status. */
  license_telemetry_status: AutomationStatus;
  support_followup_status: AutomationStatus;
  customer_success_review_status: AutomationStatus;
  dashboard_refresh_status: AutomationStatus;
  escalation_drill_status: AutomationStatus;
  closeout_retry_status: AutomationStatus;
  automation_scope: string;
  automation_cadence: string;
  blockers: string[];
  private_validation_required: true;
  automation_boundary: string;
}

/** Payload of a `saas_operating_automation` response. */
export interface OperatingAutomationResponsePayload {
  summary: OperatingAutomationSummary;
  private_modules_required: (typeof PRIVATE_MODULES_REQUIRED)[number][];
  next_step: string;
}

/** A complete `saas_operating_automation` request. */
export type OperatingAutomationRequest = SaaSRequest<OperatingAutomationRequestPayload> & {
  operation: 'saas_operating_automation';
};

/** A complete `saas_operating_automation` response. */
export type OperatingAutomationResponse = SaaSResponse<OperatingAutomationResponsePayload> & {
  operation: 'saas_operating_automation';
};
