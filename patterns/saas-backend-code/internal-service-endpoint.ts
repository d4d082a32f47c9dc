import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'internal-service-endpoint';

/**
 * Calls into the private control plane: routes under `/internal/` for
 * billing, entitlements, licence telemetry, tenants and the audit store
 * (alone in a string or after a host), and hosts such as `billing.internal`.
 * A Go import path (`…/internal/<package>`) is a package, not a route.
 */
export default defineDetector({
  id,
  name: 'Internal service endpoint',
  category: 'saas-backend-code',
  severity: 'error',
  precedence: 2,
  description: 'Routes and hosts of the private billing, entitlement, licence-telemetry, tenant and audit-store services.',
  regex:
    /(?<![\w./-])(?<secret>(?:https?:\/\/[\w.-]{1,100}(?::\d{2,5})?)?\/internal\/(?:billing|entitlements?|licen[cs]es?|licen[cs]e-telemetry|tenants?|tenant-audit|audit-store|control-plane|saas)(?:\/[\w.{}:-]{1,60}){0,8}\/?|https?:\/\/(?:billing|entitlements?|licen[cs]e-telemetry|tenant-audit|audit-store|control-plane)(?:-\w{1,20})?\.internal(?::\d{2,5})?(?:\/[\w.{}:-]{1,60}){0,8})(?![\w./-])/iu,
  keywords: ['/internal/billing', '/internal/entitlement', '/internal/licen', '/internal/tenant', '/internal/audit', '/internal/control', '/internal/saas', '.internal'],
  samples: () => ({
    positive: [
      '/internal/billing/invoices/{invoiceId}/retry',
      'https://api.cavra.io/internal/entitlements/check',
      'http://license-telemetry.internal:8080/v1/ingest',
      '/internal/tenants/{tenantId}/audit-export',
    ],
    negative: [
      'github.com/northbridge/platform/internal/billing',
      '/api/v1/billing/invoices',
      'https://metadata.google.internal/computeMetadata/v1/',
      'src/internal/billing/index.ts',
    ],
  }),
});
