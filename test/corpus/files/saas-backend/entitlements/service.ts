// cavra:saas-backend — hosted control-plane service; never part of the Community Edition. ⟦expect:saas-backend-code⟧⟦maybe:enterprise-source⟧
import { sql } from '../db/control-plane.js';
import type { SaaSControlPlaneRequest, SaaSControlPlaneResponse } from '@cavra/contract';

export async function entitlementStatus(request: SaaSControlPlaneRequest): Promise<SaaSControlPlaneResponse> { ⟦expect:saas-backend-code:+12⟧
  const [row] = await sql`SELECT plan, seats, expires_at FROM entitlements WHERE tenant_id = ${request.tenant_id}`;
  return {
    schema_version: 'cavra.saas_control_plane.response.v1',
    operation: 'entitlement_status',
    status: 'accepted',
    message: 'entitlements resolved',
    correlation_id: request.correlation_id,
    private_implementation_required: false,
    payload: { plan: row?.plan ?? 'community', seats: row?.seats ?? 0 },
  };
}
