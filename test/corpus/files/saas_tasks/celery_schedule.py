"""Celery beat schedule for the hosted SaaS operating automation (private)."""
from celery import Celery
from celery.schedules import crontab

from cavra_enterprise.telemetry import push_license_usage ⟦expect:enterprise-source⟧

app = Celery("saas_tasks", broker="redis://broker.cavra.internal:6379/1") ⟦maybe:dashboard-url⟧

app.conf.beat_schedule = {
    "billing-monitoring": {"task": "saas_tasks.billing_monitoring", "schedule": crontab(minute="*/30")}, ⟦expect:scheduler-implementation⟧⟦maybe:automation-worker⟧
    "support-followup": {"task": "saas_tasks.support_followup", "schedule": crontab(minute=0, hour="*/2")}, ⟦expect:scheduler-implementation⟧⟦maybe:automation-worker⟧
    "customer-success-review": {"task": "saas_tasks.customer_success_review", "schedule": crontab(hour=6, minute=0, day_of_week="mon")}, ⟦expect:scheduler-implementation⟧⟦maybe:automation-worker⟧
}


@app.task(name="saas_tasks.billing_monitoring", bind=True, max_retries=3) ⟦expect:automation-worker:+1⟧
def billing_monitoring(self, tenant_id: str | None = None) -> dict:
    return {"tenant_id": tenant_id, "checked": True}


@app.task(name="saas_tasks.support_followup") ⟦expect:automation-worker:+1⟧
def support_followup() -> int:
    return 0


@app.task(name="saas_tasks.license_telemetry_sync") ⟦expect:automation-worker:+1⟧
def license_telemetry_sync(tenant_id: str) -> None:
    push_license_usage(tenant_id)
