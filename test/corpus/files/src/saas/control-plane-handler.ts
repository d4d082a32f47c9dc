/*
 * Copyright (c) 2024 CAVRA Inc. All rights reserved. Proprietary and confidential. ⟦expect:enterprise-source⟧
 * Hosted control plane only — not part of the Community Edition. ⟦maybe:enterprise-source⟧⟦maybe:saas-backend-code⟧
 */
import { provisionTenant } from '@cavra-enterprise/provisioning'; ⟦expect:enterprise-source⟧
import { BillingLedger } from '@cavra/saas-billing'; ⟦expect:enterprise-source⟧
import type { SaaSControlPlaneRequest, SaaSControlPlaneResponse } from '@cavra/boundary-guard';
import { connectControlPlaneDb } from '../../saas-backend/db/connect.js'; ⟦expect:saas-backend-code⟧⟦maybe:enterprise-source⟧

const ledger = new BillingLedger({ region: 'eu-west-1' });

export async function handleTenantOnboarding(request: SaaSControlPlaneRequest): Promise<SaaSControlPlaneResponse> { ⟦expect:saas-backend-code:+13⟧
  const db = await connectControlPlaneDb();
  const tenant = await provisionTenant(db, request.tenant_id, { plan: 'enterprise' });
  await ledger.openAccount(tenant.id);
  return {
    schema_version: 'cavra.saas_control_plane.response.v1',
    operation: 'tenant_onboarding',
    status: 'accepted',
    message: `tenant ${tenant.id} provisioned`,
    correlation_id: request.correlation_id,
    private_implementation_required: false,
    payload: { tenant_id: tenant.id },
  };
}
