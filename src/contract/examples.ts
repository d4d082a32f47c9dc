/**
 * CAVRA's documented synthetic example and the contract description, like
 * CAVRA's `describe_public_contract()`. Every call returns fresh objects, so a
 * caller may change them freely.
 */
import { buildOperatingAutomationRequest, buildOperatingAutomationResponse } from './builders.js';
import {
  BOUNDARY_CATEGORIES,
  BOUNDARY_CATEGORY_IDS,
  BOUNDARY_MAY_CONTAIN,
  BOUNDARY_MUST_NOT_CONTAIN,
} from './categories.js';
import type { BoundaryCategoryInfo } from './categories.js';
import {
  AUTOMATION_STATUSES,
  CHECK_STATUS_FIELDS,
  CONTRACT_SCHEMA_VERSION,
  CORRELATION_ID_ACCEPTED_PATTERN,
  CORRELATION_ID_PATTERN,
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
  RESPONSE_STATUSES,
  SAAS_OPERATIONS,
  SUMMARY_AUTOMATION_BOUNDARY,
} from './constants.js';
import type {
  AutomationStatus,
  CheckStatusField,
  OperatingAutomationCheck,
  ResponseStatus,
  SaaSOperation,
} from './constants.js';
import type { OperatingAutomationRequest, OperatingAutomationResponse } from './types.js';

/** Tenant of CAVRA's documented example. */
export const EXAMPLE_TENANT_ID = 'tenant-demo';
/** Requester of CAVRA's documented example. */
export const EXAMPLE_REQUESTED_BY = 'console';
/** Correlation id of CAVRA's documented example (not 12 hex digits, hence the validators' wider pattern). */
export const EXAMPLE_CORRELATION_ID = 'saas-example';
/** Blockers of CAVRA's documented example response. */
export const EXAMPLE_BLOCKERS = Object.freeze(['escalation drill owner pending'] as const);

/** CAVRA's documented example request. */
export function exampleOperatingAutomationRequest(): OperatingAutomationRequest {
  return buildOperatingAutomationRequest(EXAMPLE_TENANT_ID, {
    requestedBy: EXAMPLE_REQUESTED_BY,
    correlationId: EXAMPLE_CORRELATION_ID,
  });
}

/** CAVRA's documented example response, answering {@link exampleOperatingAutomationRequest}. */
export function exampleOperatingAutomationResponse(): OperatingAutomationResponse {
  return buildOperatingAutomationResponse(exampleOperatingAutomationRequest(), {
    automationStatus: 'scheduled',
    billingMonitoringStatus: 'enabled',
    licenseTelemetryStatus: 'automated',
    supportFollowupStatus: 'ready',
    customerSuccessReviewStatus: 'scheduled',
    dashboardRefreshStatus: 'automated',
    escalationDrillStatus: 'blocked',
    closeoutRetryStatus: 'enabled',
    blockers: EXAMPLE_BLOCKERS,
  });
}

/** The contract as data, as {@link describeContract} returns it. JSON-able. */
export interface ContractDescription {
  schema_version: typeof CONTRACT_SCHEMA_VERSION;
  operation: typeof OPERATING_AUTOMATION_OPERATION;
  operations: SaaSOperation[];
  request_schema_version: typeof REQUEST_SCHEMA_VERSION;
  response_schema_version: typeof RESPONSE_SCHEMA_VERSION;
  response_statuses: ResponseStatus[];
  default_response_status: ResponseStatus;
  required_checks: OperatingAutomationCheck[];
  automation_statuses: AutomationStatus[];
  default_automation_status: AutomationStatus;
  check_status_fields: Record<OperatingAutomationCheck, CheckStatusField>;
  defaults: { requested_by: string; automation_scope: string; automation_cadence: string };
  correlation_id: { prefix: string; generated_pattern: string; accepted_pattern: string };
  fixed_texts: {
    request_automation_boundary: string;
    summary_automation_boundary: string;
    message: string;
    next_step: string;
  };
  private_modules_required: string[];
  private_implementation_required: true;
  boundary: {
    may_contain: string[];
    must_not_contain: string[];
    categories: BoundaryCategoryInfo[];
  };
}

/** Describes the public contract: versions, vocabulary, defaults, fixed texts and the Boundary. */
export function describeContract(): ContractDescription {
  return {
    schema_version: CONTRACT_SCHEMA_VERSION,
    operation: OPERATING_AUTOMATION_OPERATION,
    operations: [...SAAS_OPERATIONS],
    request_schema_version: REQUEST_SCHEMA_VERSION,
    response_schema_version: RESPONSE_SCHEMA_VERSION,
    response_statuses: [...RESPONSE_STATUSES],
    default_response_status: DEFAULT_RESPONSE_STATUS,
    required_checks: [...OPERATING_AUTOMATION_CHECKS],
    automation_statuses: [...AUTOMATION_STATUSES],
    default_automation_status: DEFAULT_AUTOMATION_STATUS,
    check_status_fields: { ...CHECK_STATUS_FIELDS },
    defaults: {
      requested_by: DEFAULT_REQUESTED_BY,
      automation_scope: DEFAULT_AUTOMATION_SCOPE,
      automation_cadence: DEFAULT_AUTOMATION_CADENCE,
    },
    correlation_id: {
      prefix: CORRELATION_ID_PREFIX,
      generated_pattern: CORRELATION_ID_PATTERN.source,
      accepted_pattern: CORRELATION_ID_ACCEPTED_PATTERN.source,
    },
    fixed_texts: {
      request_automation_boundary: REQUEST_AUTOMATION_BOUNDARY,
      summary_automation_boundary: SUMMARY_AUTOMATION_BOUNDARY,
      message: OPERATING_AUTOMATION_MESSAGE,
      next_step: OPERATING_AUTOMATION_NEXT_STEP,
    },
    private_modules_required: [...PRIVATE_MODULES_REQUIRED],
    private_implementation_required: true,
    boundary: {
      may_contain: [...BOUNDARY_MAY_CONTAIN],
      must_not_contain: [...BOUNDARY_MUST_NOT_CONTAIN],
      categories: BOUNDARY_CATEGORY_IDS.map((id) => ({ ...BOUNDARY_CATEGORIES[id] })),
    },
  };
}
