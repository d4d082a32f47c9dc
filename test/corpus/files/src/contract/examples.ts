/**
 * CAVRA's documented example of saas_operating_automation, kept verbatim so
 * the docs and the validators agree. Every value here is synthetic.
 */
export const EXAMPLE_REQUEST = {
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
} as const;

export const EXAMPLE_RESPONSE = {
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
} as const;

export const EVIDENCE_REFS = ['evidence://saas/billing-monitoring/2024-01-01', 'sample://tenant-demo/audit/0001'];
export const CONTACT = { email: 'owner@example.invalid', label: 'escalation-owner-pending' };
export const EXAMPLE_DATE = '2024-01-01T00:00:00Z';
