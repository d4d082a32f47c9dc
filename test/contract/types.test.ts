// Type-level tests: `expectTypeOf` is checked by `tsc -p tsconfig.json`
// (npm run typecheck); each test also checks the matching runtime value.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  AUTOMATION_STATUSES,
  buildOperatingAutomationRequest,
  buildOperatingAutomationResponse,
  CHECK_STATUS_FIELDS,
  describeContract,
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
  isOperatingAutomationRequest,
  newCorrelationId,
  OPERATING_AUTOMATION_CHECKS,
  RESPONSE_STATUSES,
  SAAS_OPERATIONS,
  validateContractDocument,
  validateRequest,
  validateResponse,
} from '../../src/contract/index.js';
import type * as Contract from '../../src/contract/index.js';

describe('literal unions', () => {
  it('pins the vocabulary', () => {
    expectTypeOf<Contract.AutomationStatus>().toEqualTypeOf<
      'ready' | 'scheduled' | 'enabled' | 'automated' | 'blocked' | 'unknown'
    >();
    expectTypeOf<Contract.ResponseStatus>().toEqualTypeOf<'accepted' | 'unavailable' | 'requires_private_service'>();
    expectTypeOf<Contract.OperatingAutomationCheck>().toEqualTypeOf<
      | 'billing_monitoring'
      | 'license_telemetry_sync'
      | 'support_followup'
      | 'customer_success_review'
      | 'dashboard_refresh'
      | 'escalation_drill'
      | 'closeout_retry'
    >();
    expectTypeOf<Contract.CheckStatusField>().toEqualTypeOf<
      | 'billing_monitoring_status'
      | 'license_telemetry_status'
      | 'support_followup_status'
      | 'customer_success_review_status'
      | 'dashboard_refresh_status'
      | 'escalation_drill_status'
      | 'closeout_retry_status'
    >();
    expectTypeOf<'saas_operating_automation'>().toExtend<Contract.SaaSOperation>();
    expectTypeOf<'saas_operating_automation_v2'>().not.toExtend<Contract.SaaSOperation>();
    expectTypeOf(OPERATING_AUTOMATION_CHECKS).toEqualTypeOf<
      readonly [
        'billing_monitoring',
        'license_telemetry_sync',
        'support_followup',
        'customer_success_review',
        'dashboard_refresh',
        'escalation_drill',
        'closeout_retry',
      ]
    >();
    expect([AUTOMATION_STATUSES.length, RESPONSE_STATUSES.length, SAAS_OPERATIONS.length]).toEqual([6, 3, 11]);
    expect(CHECK_STATUS_FIELDS.license_telemetry_sync).toBe('license_telemetry_status');
  });
});

describe('envelopes and payloads', () => {
  it('pins the request type', () => {
    expectTypeOf<Contract.OperatingAutomationRequest['operation']>().toEqualTypeOf<'saas_operating_automation'>();
    expectTypeOf<Contract.OperatingAutomationRequest['schema_version']>().toEqualTypeOf<'cavra.saas_control_plane.request.v1'>();
    expectTypeOf<Contract.OperatingAutomationRequest['private_implementation_required']>().toEqualTypeOf<true>();
    expectTypeOf<Contract.OperatingAutomationRequest['payload']>().toEqualTypeOf<Contract.OperatingAutomationRequestPayload>();
    expectTypeOf<Contract.OperatingAutomationRequestPayload['required_checks']>().toEqualTypeOf<
      Contract.OperatingAutomationCheck[]
    >();
    expectTypeOf<Contract.SaaSRequest<{ x: 1 }>['payload']>().toEqualTypeOf<{ x: 1 }>();
    expectTypeOf(exampleOperatingAutomationRequest).returns.toEqualTypeOf<Contract.OperatingAutomationRequest>();
    expect(exampleOperatingAutomationRequest().operation).toBe('saas_operating_automation');
  });

  it('pins the response type', () => {
    expectTypeOf<Contract.OperatingAutomationResponse['schema_version']>().toEqualTypeOf<'cavra.saas_control_plane.response.v1'>();
    expectTypeOf<Contract.OperatingAutomationResponse['status']>().toEqualTypeOf<Contract.ResponseStatus>();
    expectTypeOf<Contract.OperatingAutomationSummary['license_telemetry_status']>().toEqualTypeOf<Contract.AutomationStatus>();
    expectTypeOf<Contract.OperatingAutomationSummary>().not.toHaveProperty('license_telemetry_sync_status');
    expectTypeOf<Contract.OperatingAutomationSummary['blockers']>().toEqualTypeOf<string[]>();
    expectTypeOf<Contract.OperatingAutomationSummary['private_validation_required']>().toEqualTypeOf<true>();
    expectTypeOf<Contract.SaaSResponse<{ y: 2 }>['payload']>().toEqualTypeOf<{ y: 2 }>();
    expectTypeOf(exampleOperatingAutomationResponse).returns.toEqualTypeOf<Contract.OperatingAutomationResponse>();
    expect(exampleOperatingAutomationResponse().payload.summary.license_telemetry_status).toBe('automated');
  });
});

describe('functions', () => {
  it('pins the builders', () => {
    expectTypeOf(buildOperatingAutomationRequest).parameters.toEqualTypeOf<
      [tenantId: string, opts?: Contract.OperatingAutomationRequestOptions]
    >();
    expectTypeOf(buildOperatingAutomationResponse).parameters.toEqualTypeOf<
      [request: Contract.OperatingAutomationRequest, opts?: Contract.OperatingAutomationResponseOptions]
    >();
    expectTypeOf<Contract.OperatingAutomationResponseOptions['escalationDrillStatus']>().toEqualTypeOf<
      Contract.AutomationStatus | undefined
    >();
    expectTypeOf(newCorrelationId).toEqualTypeOf<() => string>();
    expect(newCorrelationId()).toMatch(/^saas-/u);
  });

  it('pins the validators', () => {
    expectTypeOf<Contract.ContractError>().toEqualTypeOf<{ path: string; message: string; code: string }>();
    expectTypeOf<Contract.ContractValidationResult>().toEqualTypeOf<{ valid: boolean; errors: Contract.ContractError[] }>();
    expectTypeOf(validateRequest).toEqualTypeOf<
      (value: unknown, options?: Contract.ContractValidateOptions) => Contract.ContractValidationResult
    >();
    expectTypeOf(validateResponse).toEqualTypeOf<
      (value: unknown, request?: unknown, options?: Contract.ContractValidateOptions) => Contract.ContractValidationResult
    >();
    expectTypeOf(validateContractDocument).parameter(1).toEqualTypeOf<Contract.ContractDocumentValidateOptions | undefined>();
    expectTypeOf<Contract.ContractValidateOptions['scanValue']>().toEqualTypeOf<
      ((value: string, path: string) => Contract.ContractError[]) | undefined
    >();
    expectTypeOf(isOperatingAutomationRequest).guards.toEqualTypeOf<Contract.OperatingAutomationRequest>();
    expectTypeOf<Contract.ContractErrorCode>().toExtend<string>();
    expect(validateRequest(null).valid).toBe(false);
  });

  it('pins describeContract', () => {
    expectTypeOf(describeContract).returns.toEqualTypeOf<Contract.ContractDescription>();
    expectTypeOf<Contract.ContractDescription['schema_version']>().toEqualTypeOf<'cavra.saas_control_plane.contract.v1'>();
    expectTypeOf<Contract.ContractDescription['boundary']['categories'][number]['id']>().toEqualTypeOf<Contract.BoundaryCategory>();
    expect(describeContract().schema_version).toBe('cavra.saas_control_plane.contract.v1');
  });
});
