import { describe, expect, it } from 'vitest';
import {
  BOUNDARY_CATEGORY_IDS,
  describeContract,
  exampleOperatingAutomationRequest,
  exampleOperatingAutomationResponse,
} from '../../src/contract/index.js';

// Written out by hand from DESIGN.md's account of CAVRA's documented example,
// so that the test does not depend on the builders it checks.
const DOCUMENTED_REQUEST = {
  schema_version: 'cavra.saas_control_plane.request.v1',
  operation: 'saas_operating_automation',
  tenant_id: 'tenant-demo',
  requested_by: 'console',
  correlation_id: 'saas-example',
  private_implementation_required: true,
  payload: {
    automation_scope: 'trial-to-paid-customer-scale',
    automation_cadence: 'daily',
    required_checks: [
      'billing_monitoring',
      'license_telemetry_sync',
      'support_followup',
      'customer_success_review',
      'dashboard_refresh',
      'escalation_drill',
      'closeout_retry',
    ],
    automation_boundary: 'public request shape only; SaaS operating automation execution is private',
  },
};

const DOCUMENTED_RESPONSE = {
  schema_version: 'cavra.saas_control_plane.response.v1',
  operation: 'saas_operating_automation',
  status: 'requires_private_service',
  message:
    'SaaS operating automation requires private billing monitoring, license telemetry, support, customer-success, dashboard, escalation, closeout retry, and scheduler validation.',
  correlation_id: 'saas-example',
  private_implementation_required: true,
  payload: {
    summary: {
      tenant_id: 'tenant-demo',
      automation_status: 'scheduled',
      billing_monitoring_status: 'enabled',
      license_telemetry_status: 'automated',
      support_followup_status: 'ready',
      customer_success_review_status: 'scheduled',
      dashboard_refresh_status: 'automated',
      escalation_drill_status: 'blocked',
      closeout_retry_status: 'enabled',
      automation_scope: 'trial-to-paid-customer-scale',
      automation_cadence: 'daily',
      blockers: ['escalation drill owner pending'],
      private_validation_required: true,
      automation_boundary:
        'billing systems, license telemetry, support workflows, customer-success records, dashboard refresh jobs, escalation drills, closeout retries, and scheduler execution remain private service responsibilities',
    },
    private_modules_required: [
      'billing monitoring',
      'license telemetry sync',
      'support follow-up',
      'customer-success review',
      'dashboard refresh automation',
      'escalation drill scheduler',
      'closeout retry automation',
    ],
    next_step: 'See docs/architecture/saas-operating-automation-contract.md',
  },
};

describe("CAVRA's documented example", () => {
  it('request equals the documented one, keys in order', () => {
    const request = exampleOperatingAutomationRequest();
    expect(request).toStrictEqual(DOCUMENTED_REQUEST);
    expect(JSON.stringify(request)).toBe(JSON.stringify(DOCUMENTED_REQUEST));
  });

  it('response equals the documented one, keys in order', () => {
    const response = exampleOperatingAutomationResponse();
    expect(response).toStrictEqual(DOCUMENTED_RESPONSE);
    expect(JSON.stringify(response)).toBe(JSON.stringify(DOCUMENTED_RESPONSE));
  });

  it('returns fresh objects each call', () => {
    const first = exampleOperatingAutomationResponse();
    first.payload.summary.blockers.push('changed');
    expect(exampleOperatingAutomationResponse().payload.summary.blockers).toEqual(['escalation drill owner pending']);
  });
});

describe('describeContract', () => {
  it("describes the contract like CAVRA's describe_public_contract()", () => {
    const description = describeContract();
    expect(description).toMatchObject({
      schema_version: 'cavra.saas_control_plane.contract.v1',
      operation: 'saas_operating_automation',
      request_schema_version: 'cavra.saas_control_plane.request.v1',
      response_schema_version: 'cavra.saas_control_plane.response.v1',
      response_statuses: ['accepted', 'unavailable', 'requires_private_service'],
      default_response_status: 'requires_private_service',
      required_checks: DOCUMENTED_REQUEST.payload.required_checks,
      automation_statuses: ['ready', 'scheduled', 'enabled', 'automated', 'blocked', 'unknown'],
      default_automation_status: 'unknown',
      defaults: { requested_by: 'community', automation_scope: 'trial-to-paid-customer-scale', automation_cadence: 'daily' },
      fixed_texts: {
        request_automation_boundary: DOCUMENTED_REQUEST.payload.automation_boundary,
        summary_automation_boundary: DOCUMENTED_RESPONSE.payload.summary.automation_boundary,
        message: DOCUMENTED_RESPONSE.message,
        next_step: DOCUMENTED_RESPONSE.payload.next_step,
      },
      private_modules_required: DOCUMENTED_RESPONSE.payload.private_modules_required,
      private_implementation_required: true,
    });
    expect(description.operations).toHaveLength(11);
    expect(description.check_status_fields.license_telemetry_sync).toBe('license_telemetry_status');
    expect(description.correlation_id).toEqual({
      prefix: 'saas-',
      generated_pattern: '^saas-[0-9a-f]{12}$',
      accepted_pattern: '^saas-[a-z0-9-]+$',
    });
  });

  it('carries the Boundary: may/must-not lists and every category in order', () => {
    const { boundary } = describeContract();
    expect(boundary.may_contain).toContain('synthetic examples');
    expect(boundary.must_not_contain).toContain('connector credentials');
    expect(boundary.categories.map((c) => c.id)).toEqual([...BOUNDARY_CATEGORY_IDS]);
    for (const category of boundary.categories) {
      expect(category.title).not.toBe('');
      expect(category.description).not.toBe('');
    }
  });

  it('is JSON-able and fresh on each call', () => {
    const description = describeContract();
    expect(JSON.parse(JSON.stringify(description))).toStrictEqual(description);
    description.required_checks.pop();
    description.boundary.categories.pop();
    expect(describeContract().required_checks).toHaveLength(7);
    expect(describeContract().boundary.categories).toHaveLength(BOUNDARY_CATEGORY_IDS.length);
  });
});
