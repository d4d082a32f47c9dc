import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'saas-handler-implementation';

/**
 * Implementations of the SaaS control-plane operations (`<Operation>` is an
 * operation id in PascalCase): service, handler and controller classes
 * (`class <Operation>Service`, the entitlement service), exported handler
 * functions (`export async function handle<Operation>(`), the
 * operating-automation handler anywhere, and Python `def handle_<operation>(`.
 * Names used in request shapes are not definitions.
 */
export default defineDetector({
  id,
  name: 'SaaS operation handler implementation',
  category: 'saas-backend-code',
  severity: 'error',
  precedence: 2,
  description: 'Classes and handler functions that implement the private SaaS control-plane operations.',
  regex:
    /(?:\bclass[ \t]+(?<secret>(?:saas_?)?(?:operating_?automation|entitlements?(?:_?status)?|tenant_?onboarding|license_?(?:validation|telemetry)|policy_?registry(?:_?(?:readiness|lookup))?|tenant_?audit_?store(?:_?operating)?|customer_?operating_?dashboard|support_?handoff(?:_?readiness)?|evidence_?export)_?(?:service|handler|controller|processor))(?=[ \t]*(?:[({:<]|extends\b|implements\b))|\bexport[ \t]+(?:default[ \t]+)?(?:async[ \t]+)?function\*?[ \t]+(?<exported>handle_?(?:saas_?)?(?:operating_?automation|entitlement_?status|tenant_?onboarding|tenant_?status|license_?validation|policy_?registry_?(?:readiness|lookup)|tenant_?audit_?store_?operating|customer_?operating_?dashboard|support_?handoff_?readiness|evidence_?export))[ \t]*[(<]|\b(?:function\*?|def)[ \t]+(?<handler>handle_?saas_?operating_?automation|handle_(?:entitlement_status|tenant_onboarding|tenant_status|license_validation|policy_registry_readiness|policy_registry_lookup|tenant_audit_store_operating|customer_operating_dashboard|support_handoff_readiness|evidence_export))[ \t]*[(<])/iu,
  keywords: [
    'operatingautomation', 'operating_automation', 'entitlement', 'tenantonboarding', 'tenant_onboarding', 'tenantstatus', 'tenant_status',
    'licensevalidation', 'license_validation', 'licensetelemetry', 'license_telemetry', 'policyregistry', 'policy_registry', 'tenantaudit',
    'tenant_audit', 'customeroperating', 'customer_operating', 'supporthandoff', 'support_handoff', 'evidenceexport', 'evidence_export',
  ],
  validate: (_secret, { groups }) => groups.secret !== undefined || groups.exported !== undefined || groups.handler !== undefined,
  samples: () => ({
    positive: [
      'export class EntitlementService {',
      'class SaasOperatingAutomationHandler extends BaseHandler {',
      'export async function handleTenantOnboarding(request: TenantOnboardingRequest) {',
      'async function handleSaasOperatingAutomation(req, res) {',
      'def handle_saas_operating_automation(request):',
    ],
    negative: [
      "operation: 'saas_operating_automation'",
      'const handleSaasOperatingAutomation = () => setOpen(true);',
      'await handleSaasOperatingAutomation(request);',
      'class EntitlementStatusRequest {',
      'import { EntitlementService } from "./services";',
    ],
  }),
});
