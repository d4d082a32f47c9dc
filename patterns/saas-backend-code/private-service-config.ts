import { defineDetector } from '../../src/engine/define-detector.js';

const id = 'private-service-config';

/**
 * Settings of the private services' stores: `<SERVICE>_DB_URL`,
 * `<SERVICE>_DATABASE_URL`, `<SERVICE>_REDIS_URL`, `<SERVICE>_STORE_DSN`, …
 * for the billing, entitlement, licence-telemetry, audit-store and
 * control-plane services. Only the hosted service reads them.
 */
export default defineDetector({
  id,
  name: 'Private service store setting',
  category: 'saas-backend-code',
  severity: 'error',
  precedence: 2,
  description: 'Database and queue settings of the private billing, entitlement, licence-telemetry, audit-store and control-plane services.',
  regex:
    /(?<![A-Z0-9_])(?<secret>(?:BILLING|ENTITLEMENTS?|LICEN[CS]E_TELEMETRY|TENANT_AUDIT(?:_STORE)?|AUDIT_STORE|CONTROL_PLANE|SAAS_BACKEND|SAAS_CONTROL_PLANE)_(?:DB|DATABASE|POSTGRES|PG|MYSQL|REDIS|MONGO(?:DB)?|STORE)_(?:URL|URI|DSN|HOST))(?![A-Z0-9_])/u,
  keywords: ['billing_', 'entitlement', 'license_telemetry_', 'licence_telemetry_', 'tenant_audit_', 'audit_store_', 'control_plane_', 'saas_backend_', 'saas_control_plane_'],
  samples: () => ({
    positive: ['process.env.BILLING_DB_URL', 'ENTITLEMENTS_DATABASE_URL', 'os.environ["LICENSE_TELEMETRY_REDIS_URL"]', 'TENANT_AUDIT_STORE_DSN'],
    negative: ['DATABASE_URL', 'billing_db_url', 'BILLING_EMAIL', 'BILLING_DB_URL_EXAMPLE_PENDING_X', 'billing_monitoring_status'],
  }),
});
