/**
 * Builders with CAVRA's defaults. Keys are emitted in CAVRA's order, and the
 * output is checked by the validators, so a builder never returns a payload
 * that the validators (or CAVRA) would reject.
 */
import { randomBytes } from 'node:crypto';
import {
  CORRELATION_ID_PREFIX,
  DEFAULT_AUTOMATION_CADENCE,
  DEFAULT_AUTOMATION_SCOPE,
  DEFAULT_AUTOMATION_STATUS,
  DEFAULT_REQUESTED_BY,
  DEFAULT_RESPONSE_STATUS,
  OPERATING_AUTOMATION_CHECKS,
  OPERATING_AUTOMATION_MESSAGE,
  OPERATING_AUTOMATION_NEXT_STEP,
  OPERATING_AUTOMATION_OPERATION,
  PRIVATE_MODULES_REQUIRED,
  REQUEST_AUTOMATION_BOUNDARY,
  REQUEST_SCHEMA_VERSION,
  RESPONSE_SCHEMA_VERSION,
  SUMMARY_AUTOMATION_BOUNDARY,
} from './constants.js';
import type { AutomationStatus, OperatingAutomationCheck, ResponseStatus } from './constants.js';
import { ContractValidationError } from './errors.js';
import type { OperatingAutomationRequest, OperatingAutomationResponse } from './types.js';
import { validateRequest, validateResponse } from './validate.js';

/** Options of {@link buildOperatingAutomationRequest}; each defaults as CAVRA does. */
export interface OperatingAutomationRequestOptions {
  /** Default `community`. */
  requestedBy?: string;
  /** Default: a fresh {@link newCorrelationId}. */
  correlationId?: string;
  /** Default `trial-to-paid-customer-scale`. */
  automationScope?: string;
  /** Free text; default `daily`. */
  automationCadence?: string;
  /** Non-empty; default all seven checks in CAVRA's order. */
  requiredChecks?: readonly OperatingAutomationCheck[];
}

/** Options of {@link buildOperatingAutomationResponse}; every status defaults to `unknown`. */
export interface OperatingAutomationResponseOptions {
  /** Envelope status; default `requires_private_service`. */
  status?: ResponseStatus;
  automationStatus?: AutomationStatus;
  billingMonitoringStatus?: AutomationStatus;
  licenseTelemetryStatus?: AutomationStatus;
  supportFollowupStatus?: AutomationStatus;
  customerSuccessReviewStatus?: AutomationStatus;
  dashboardRefreshStatus?: AutomationStatus;
  escalationDrillStatus?: AutomationStatus;
  closeoutRetryStatus?: AutomationStatus;
  /** Default none. */
  blockers?: readonly string[];
}

/** A new correlation id: `saas-` followed by 12 random lower-case hex digits. */
export function newCorrelationId(): string {
  return `${CORRELATION_ID_PREFIX}${randomBytes(6).toString('hex')}`;
}

/**
 * Builds a `saas_operating_automation` request for `tenantId`.
 * @throws {ContractValidationError} when an option makes an invalid request
 *   (empty or unknown `requiredChecks`, blank text, sensitive values, …).
 */
export function buildOperatingAutomationRequest(
  tenantId: string,
  opts: OperatingAutomationRequestOptions = {},
): OperatingAutomationRequest {
  const request: OperatingAutomationRequest = {
    schema_version: REQUEST_SCHEMA_VERSION,
    operation: OPERATING_AUTOMATION_OPERATION,
    tenant_id: tenantId,
    requested_by: opts.requestedBy ?? DEFAULT_REQUESTED_BY,
    correlation_id: opts.correlationId ?? newCorrelationId(),
    private_implementation_required: true,
    payload: {
      automation_scope: opts.automationScope ?? DEFAULT_AUTOMATION_SCOPE,
      automation_cadence: opts.automationCadence ?? DEFAULT_AUTOMATION_CADENCE,
      required_checks: [...(opts.requiredChecks ?? OPERATING_AUTOMATION_CHECKS)],
      automation_boundary: REQUEST_AUTOMATION_BOUNDARY,
    },
  };
  const { valid, errors } = validateRequest(request);
  if (!valid) throw new ContractValidationError(errors);
  return request;
}

/**
 * Builds the response to `request`, copying its correlation id, tenant, scope
 * and cadence.
 * @throws {ContractValidationError} when `request` is of another operation or
 *   invalid, or when an option makes an invalid response (unknown status,
 *   sensitive blocker text, …).
 */
export function buildOperatingAutomationResponse(
  request: OperatingAutomationRequest,
  opts: OperatingAutomationResponseOptions = {},
): OperatingAutomationResponse {
  // Checked first so that the error says what CAVRA says: wrong operation.
  const operation: unknown = (request as { operation?: unknown }).operation;
  if (operation !== OPERATING_AUTOMATION_OPERATION) {
    throw new ContractValidationError([
      {
        path: 'operation',
        code: 'operation_mismatch',
        message: `operation must be ${OPERATING_AUTOMATION_OPERATION}: cannot build a ${OPERATING_AUTOMATION_OPERATION} response for a request of another operation`,
      },
    ]);
  }
  const requestCheck = validateRequest(request);
  if (!requestCheck.valid) throw new ContractValidationError(requestCheck.errors);

  const status = (value: AutomationStatus | undefined): AutomationStatus => value ?? DEFAULT_AUTOMATION_STATUS;
  const response: OperatingAutomationResponse = {
    schema_version: RESPONSE_SCHEMA_VERSION,
    operation: OPERATING_AUTOMATION_OPERATION,
    status: opts.status ?? DEFAULT_RESPONSE_STATUS,
    message: OPERATING_AUTOMATION_MESSAGE,
    correlation_id: request.correlation_id,
    private_implementation_required: true,
    payload: {
      summary: {
        tenant_id: request.tenant_id,
        automation_status: status(opts.automationStatus),
        billing_monitoring_status: status(opts.billingMonitoringStatus),
        license_telemetry_status: status(opts.licenseTelemetryStatus),
        support_followup_status: status(opts.supportFollowupStatus),
        customer_success_review_status: status(opts.customerSuccessReviewStatus),
        dashboard_refresh_status: status(opts.dashboardRefreshStatus),
        escalation_drill_status: status(opts.escalationDrillStatus),
        closeout_retry_status: status(opts.closeoutRetryStatus),
        automation_scope: request.payload.automation_scope,
        automation_cadence: request.payload.automation_cadence,
        blockers: [...(opts.blockers ?? [])],
        private_validation_required: true,
        automation_boundary: SUMMARY_AUTOMATION_BOUNDARY,
      },
      private_modules_required: [...PRIVATE_MODULES_REQUIRED],
      next_step: OPERATING_AUTOMATION_NEXT_STEP,
    },
  };
  const { valid, errors } = validateResponse(response, request);
  if (!valid) throw new ContractValidationError(errors);
  return response;
}
