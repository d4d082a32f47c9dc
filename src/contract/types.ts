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
  /** `saas-` + 12 hex digits when generated; validators accept `saas-` + `[a-z0-9-]+` (CAVRA's example is `saas-example`). */
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

/** One validation error: where it is, what is wrong, and a stable machine-readable code. */
export interface ContractError {
  /** JSON path of the offending value, e.g. `payload.summary.automation_status`; `$` is the document itself. */
  path: string;
  /** Human-readable message; it starts with the path. Never echoes a sensitive value. */
  message: string;
  /** Stable code, one of `CONTRACT_ERROR_CODES` for the built-in checks; a `scanValue` hook may add its own. */
  code: string;
}

/** Outcome of a validator: `valid` is true exactly when `errors` is empty. */
export interface ContractValidationResult {
  valid: boolean;
  errors: ContractError[];
}

/** Options of the validators. */
export interface ContractValidateOptions {
  /**
   * Extra check run on every string value of the document with its JSON path;
   * the library entry point passes the detection engine here. Its errors are
   * added to the result.
   */
  scanValue?: (value: string, path: string) => ContractError[];
}
