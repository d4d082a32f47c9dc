"""Hosted SaaS control plane (FastAPI). Private service code."""
from fastapi import APIRouter, Depends, FastAPI

from cavra_enterprise.auth import require_staff ⟦expect:enterprise-source⟧
from .db import session

router = APIRouter(prefix="/internal/saas/v1", dependencies=[Depends(require_staff)]) ⟦expect:saas-backend-code⟧


@router.post("/tenants/{tenant_id}/onboarding") ⟦expect:saas-backend-code:+12⟧
async def onboard(tenant_id: str, request: dict) -> dict:
    async with session() as db:
        await db.execute("INSERT INTO tenants (id, plan) VALUES (:id, 'trial')", {"id": tenant_id})
    return {
        "schema_version": "cavra.saas_control_plane.response.v1",
        "operation": "tenant_onboarding",
        "status": "accepted",
        "correlation_id": request["correlation_id"],
        "private_implementation_required": False,
        "payload": {"tenant_id": tenant_id},
    }


app = FastAPI(title="cavra-control-plane")
app.include_router(router)
