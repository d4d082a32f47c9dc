import { defineDetector } from '../../src/engine/define-detector.js';
import { SAAS_OPERATIONS } from '../../src/contract/constants.js';

const id = 'saas-operation-route';

/** Each SaaS operation in snake, kebab, camel and Pascal case: words joined by `_`, `-`, `/` or nothing. */
const OPERATION = new RegExp(`(?:${SAAS_OPERATIONS.map((op) => op.split('_').join('[_/-]?')).join('|')})`, 'iu');

/** Keywords: each operation as written in a route or handler name, lower-case. */
function operationKeywords(): string[] {
  return [...new Set(SAAS_OPERATIONS.flatMap((op) => ['_', '-', '/', ''].map((sep) => op.split('_').join(sep))))];
}

/** The public edition's own answer: a route that only refuses (`requires_private_service`) is the public contract. */
const PUBLIC_ANSWER = /requires_private_service|requiresPrivateService|REQUIRES_PRIVATE_SERVICE|build\w{0,40}Response\(|private_implementation_required["']?\s{0,4}[:=]\s{0,4}true/u;
/** How far around a route its region reaches: one finding per router region, not one per route. */
const REGION = 1500;

const ROUTE =
  /(?:\b(?:router|app|api|r|mux|server|routes|route|blueprint|bp|v1|group|[ge]|tenants?|billing)\.(?:get|post|put|patch|delete|all|route|handle|handleFunc|add_api_route|add_url_rule|use)\(|@\w{1,30}\.(?:get|post|put|patch|delete|route|api_route)\()[ \t]{0,4}\\?["'`]/giu;

/**
 * Route registrations of the hosted control plane: an Express, Fastify,
 * Koa, Hono, FastAPI, Flask, chi or net/http route whose path or handler
 * names a SaaS operation of the contract (`router.post('/tenant-onboarding',
 * onboardTenant)`, `@app.post("/entitlement_status")`,
 * `mux.HandleFunc("/v1/license-validation", h.LicenseValidation)`). One
 * finding per router region: the routes of one router are one leak. A route
 * that only answers with the public refusal (`requires_private_service`) is
 * the public contract.
 */
export default defineDetector({
  id,
  name: 'SaaS operation route',
  category: 'saas-backend-code',
  severity: 'error',
  precedence: 2,
  description: 'Route registrations (Express, Fastify, Koa, Hono, FastAPI, Flask, chi, net/http) of the hosted SaaS control-plane operations, reported once per router region.',
  regex: new RegExp(`${ROUTE.source}(?<secret>[^"'\`\\n\\\\]{1,120})\\\\?["'\`](?<rest>[^\\n]{0,120})`, 'iu'),
  keywords: operationKeywords(),
  validate: (secret, { groups, text, offset }) => {
    if (!OPERATION.test(secret) && !OPERATION.test(groups.rest ?? '')) return false;
    if (text === undefined || offset === undefined) return true;
    const after = text.slice(offset, Math.min(text.length, offset + 600));
    if (PUBLIC_ANSWER.test(after)) return false;
    // An earlier route of an operation in the same region reports the region.
    const before = text.slice(Math.max(0, offset - REGION), offset);
    ROUTE.lastIndex = 0;
    for (let m = ROUTE.exec(before); m !== null; m = ROUTE.exec(before)) {
      const line = before.slice(m.index, before.indexOf('\n', m.index) === -1 ? before.length : before.indexOf('\n', m.index));
      if (OPERATION.test(line)) return false;
    }
    return true;
  },
  samples: () => ({
    positive: [
      "router.post('/v1/tenant-onboarding', requireServiceToken, onboardTenant);",
      '@app.post("/saas/entitlement_status")',
      'mux.HandleFunc("/v1/license-validation", h.LicenseValidation)',
      "app.get('/tenants/:tenantId/status', handlers.tenantStatus);",
    ],
    negative: [
      "router.post('/orders', createOrder);",
      "operation: 'tenant_onboarding'",
      "router.post('/v1/tenant-onboarding', (req, res) => res.status(501).json({ status: 'requires_private_service' }));",
      'See the tenant_onboarding operation in the contract.',
    ],
  }),
});
