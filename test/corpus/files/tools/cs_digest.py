"""Weekly digest of at-risk accounts for the CS channel."""
from datetime import date

AT_RISK = {
    "Kestrel Ridge Credit Union": {"health_score": 38, "churn_risk": "high", "note": "board vendor review in July"}, ⟦expect:customer-success-note⟧⟦maybe:customer-identifier⟧
    "Quillfeather Health": {"health_score": 41, "churn_risk": "high", "note": "SSO blocker, CISO sceptical"}, ⟦expect:customer-success-note⟧⟦maybe:customer-identifier⟧
}

TEMPLATE = {"account": "<account>", "health_score": 0, "churn_risk": "low|medium|high", "note": ""}


def digest(today: date) -> str:
    lines = [f"At-risk accounts ({today.isoformat()}):"]
    for name, info in AT_RISK.items():
        lines.append(f"- {name}: health {info['health_score']}, {info['churn_risk']} ({info['note']})")
    return "\n".join(lines)
