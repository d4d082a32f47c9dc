import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AUTOMATION_STATUSES,
  buildOperatingAutomationRequest,
  buildOperatingAutomationResponse,
  CORRELATION_ID_PATTERN,
  ContractValidationError,
  exampleOperatingAutomationRequest,
  newCorrelationId,
  OPERATING_AUTOMATION_CHECKS,
  RESPONSE_STATUSES,
  validateContractDocument,
  validateRequest,
  validateResponse,
} from '../../src/contract/index.js';
import type { OperatingAutomationRequest, OperatingAutomationResponseOptions } from '../../src/contract/index.js';
import { joined, setPath } from './fixtures.js';

/** Runs `build` and returns the ContractValidationError it throws. */
function thrown(build: () => unknown): ContractValidationError {
  try {
    build();
  } catch (error) {
    if (error instanceof ContractValidationError) return error;
    throw error;
  }
  throw new Error('expected a ContractValidationError');
}

describe('newCorrelationId', () => {
  it('is saas- and 12 lower-case hex digits, different each time', () => {
    const ids = Array.from({ length: 200 }, newCorrelationId);
    for (const id of ids) expect(id).toMatch(CORRELATION_ID_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('buildOperatingAutomationRequest', () => {
  it("uses CAVRA's defaults and key order", () => {
    const request = buildOperatingAutomationRequest('tenant-demo');
    expect(Object.keys(request)).toEqual([
      'schema_version',
      'operation',
      'tenant_id',
      'requested_by',
      'correlation_id',
      'private_implementation_required',
      'payload',
    ]);
    expect(Object.keys(request.payload)).toEqual([
      'automation_scope',
      'automation_cadence',
      'required_checks',
      'automation_boundary',
    ]);
    expect(request).toMatchObject({
      schema_version: 'cavra.saas_control_plane.request.v1',
      operation: 'saas_operating_automation',
      tenant_id: 'tenant-demo',
      requested_by: 'community',
      private_implementation_required: true,
      payload: {
        automation_scope: 'trial-to-paid-customer-scale',
        automation_cadence: 'daily',
        required_checks: [...OPERATING_AUTOMATION_CHECKS],
        automation_boundary: 'public request shape only; SaaS operating automation execution is private',
      },
    });
    expect(request.correlation_id).toMatch(CORRELATION_ID_PATTERN);
  });

  it('takes every option', () => {
    const request = buildOperatingAutomationRequest('tenant-demo', {
      requestedBy: 'cli',
      correlationId: 'saas-example',
      automationScope: 'pilot-tenants',
      automationCadence: 'hourly',
      requiredChecks: ['closeout_retry', 'billing_monitoring'],
    });
    expect(request).toMatchObject({
      requested_by: 'cli',
      correlation_id: 'saas-example',
      payload: { automation_scope: 'pilot-tenants', automation_cadence: 'hourly', required_checks: ['closeout_retry', 'billing_monitoring'] },
    });
  });

  it('does not share arrays with its input or with its defaults', () => {
    const checks: ('billing_monitoring' | 'closeout_retry')[] = ['billing_monitoring'];
    const request = buildOperatingAutomationRequest('tenant-demo', { requiredChecks: checks });
    checks.push('closeout_retry');
    expect(request.payload.required_checks).toEqual(['billing_monitoring']);
    buildOperatingAutomationRequest('tenant-demo').payload.required_checks.pop();
    expect(buildOperatingAutomationRequest('tenant-demo').payload.required_checks).toHaveLength(7);
  });

  it('rejects empty required_checks, naming the field', () => {
    const error = thrown(() => buildOperatingAutomationRequest('tenant-demo', { requiredChecks: [] }));
    expect(error.errors).toEqual([expect.objectContaining({ path: 'payload.required_checks', code: 'empty_list' })]);
    expect(error.message).toBe('payload.required_checks must not be empty');
  });

  it('rejects unknown check ids, blank tenants, bad correlation ids and sensitive values', () => {
    const cases: [() => unknown, string][] = [
      // @ts-expect-error -- an unknown check id, as untyped callers may pass
      [() => buildOperatingAutomationRequest('tenant-demo', { requiredChecks: ['uptime'] }), 'payload.required_checks[0]'],
      [() => buildOperatingAutomationRequest(''), 'tenant_id'],
      [() => buildOperatingAutomationRequest('tenant-demo', { correlationId: 'abc' }), 'correlation_id'],
      [() => buildOperatingAutomationRequest('tenant-demo', { requestedBy: joined('gh', 'p_', 'a1b2c3d4e5f6g7h8i9j0') }), 'requested_by'],
    ];
    for (const [build, path] of cases) expect(thrown(build).errors.map((e) => e.path)).toContain(path);
  });
});

describe('buildOperatingAutomationResponse', () => {
  const request = (): OperatingAutomationRequest => exampleOperatingAutomationRequest();

  it("uses CAVRA's defaults and key order, and copies the request's fields", () => {
    const response = buildOperatingAutomationResponse(request());
    expect(Object.keys(response)).toEqual([
      'schema_version',
      'operation',
      'status',
      'message',
      'correlation_id',
      'private_implementation_required',
      'payload',
    ]);
    expect(Object.keys(response.payload)).toEqual(['summary', 'private_modules_required', 'next_step']);
    expect(Object.keys(response.payload.summary)).toEqual([
      'tenant_id',
      'automation_status',
      'billing_monitoring_status',
      'license_telemetry_status',
      'support_followup_status',
      'customer_success_review_status',
      'dashboard_refresh_status',
      'escalation_drill_status',
      'closeout_retry_status',
      'automation_scope',
      'automation_cadence',
      'blockers',
      'private_validation_required',
      'automation_boundary',
    ]);
    expect(response.status).toBe('requires_private_service');
    expect(response.correlation_id).toBe('saas-example');
    const { summary } = response.payload;
    expect(summary).toMatchObject({ tenant_id: 'tenant-demo', automation_scope: 'trial-to-paid-customer-scale', automation_cadence: 'daily', blockers: [] });
    const statuses = Object.entries(summary).filter(([key]) => key.endsWith('_status'));
    expect(statuses).toHaveLength(8);
    for (const [, value] of statuses) expect(value).toBe('unknown');
  });

  it('sets each of the eight statuses from its own option', () => {
    const options: [keyof OperatingAutomationResponseOptions, string][] = [
      ['automationStatus', 'automation_status'],
      ['billingMonitoringStatus', 'billing_monitoring_status'],
      ['licenseTelemetryStatus', 'license_telemetry_status'],
      ['supportFollowupStatus', 'support_followup_status'],
      ['customerSuccessReviewStatus', 'customer_success_review_status'],
      ['dashboardRefreshStatus', 'dashboard_refresh_status'],
      ['escalationDrillStatus', 'escalation_drill_status'],
      ['closeoutRetryStatus', 'closeout_retry_status'],
    ];
    for (const [option, field] of options) {
      const { summary } = buildOperatingAutomationResponse(request(), { [option]: 'blocked' }).payload;
      const blocked = Object.entries(summary).filter(([, value]) => value === 'blocked').map(([key]) => key);
      expect(blocked).toEqual([field]);
    }
  });

  it('rejects a request of another operation, as CAVRA does', () => {
    const other = { ...request(), operation: 'tenant_status' } as unknown as OperatingAutomationRequest;
    const error = thrown(() => buildOperatingAutomationResponse(other));
    expect(error.errors).toEqual([expect.objectContaining({ path: 'operation', code: 'operation_mismatch' })]);
  });

  it('rejects an invalid request', () => {
    const invalid = request();
    setPath(invalid, 'payload.required_checks', []);
    expect(thrown(() => buildOperatingAutomationResponse(invalid)).errors.map((e) => e.path)).toEqual(['payload.required_checks']);
  });

  it('rejects an invalid status, naming the field and the allowed values', () => {
    // @ts-expect-error -- not an automation status
    const error = thrown(() => buildOperatingAutomationResponse(request(), { escalationDrillStatus: 'late' }));
    expect(error.message).toBe(
      'payload.summary.escalation_drill_status must be one of: automated, blocked, enabled, ready, scheduled, unknown',
    );
  });

  it('rejects a sensitive blocker', () => {
    const blocker = joined('page ', 'https://hooks.', 'slack.com/services/T0/B0/abc');
    const error = thrown(() => buildOperatingAutomationResponse(request(), { blockers: [blocker] }));
    expect(error.errors).toEqual([expect.objectContaining({ path: 'payload.summary.blockers[0]', code: 'sensitive_value' })]);
    expect(error.message).not.toContain('hooks.');
  });
});

describe('round trip: builder output always validates', () => {
  const status = fc.constantFrom(...AUTOMATION_STATUSES);
  const text = fc.stringMatching(/^[a-z][a-z0-9 -]{0,30}$/u);

  it('for any checks, texts and statuses', () => {
    fc.assert(
      fc.property(
        fc.record({
          tenant: text,
          requestedBy: text,
          automationScope: text,
          automationCadence: text,
          requiredChecks: fc.subarray([...OPERATING_AUTOMATION_CHECKS], { minLength: 1 }),
        }),
        fc.record(
          {
            status: fc.constantFrom(...RESPONSE_STATUSES),
            automationStatus: status,
            billingMonitoringStatus: status,
            licenseTelemetryStatus: status,
            supportFollowupStatus: status,
            customerSuccessReviewStatus: status,
            dashboardRefreshStatus: status,
            escalationDrillStatus: status,
            closeoutRetryStatus: status,
            blockers: fc.array(text.map((t) => `${t} pending`), { maxLength: 4 }),
          },
          { requiredKeys: [] },
        ),
        ({ tenant, ...requestOptions }, responseOptions) => {
          const request = buildOperatingAutomationRequest(tenant, requestOptions);
          const response = buildOperatingAutomationResponse(request, responseOptions);
          const [requestJson, responseJson] = [request, response].map((v) => JSON.parse(JSON.stringify(v)) as unknown);
          expect(requestJson).toEqual(request);
          expect(validateRequest(requestJson).errors).toEqual([]);
          expect(validateResponse(responseJson, requestJson).errors).toEqual([]);
          expect(validateContractDocument({ request: requestJson, response: responseJson }).valid).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
