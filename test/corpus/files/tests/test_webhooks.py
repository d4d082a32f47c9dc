"""Webhook handler tests. All values are synthetic."""
import json

import pytest

from console.webhooks import parse_stripe_event, route_alert

FAKE_CUSTOMER = {"id": "cus_test_123", "email": "someone@example.invalid", "name": "Example Customer"}
CARD = "4000 0566 5566 5556"  # Stripe's documented debit card
DOC_IBAN = "DE89370400440532013000"  # the well-known documentation IBAN
BAD_IBAN = "⟦gen:iban-bad:tw1:NL⟧"
BAD_CARD = "⟦gen:card-badluhn:tw2:mastercard:spaced⟧"
ORDER_NUMBER = "⟦gen:card-badluhn:tw4:visa⟧"  # 16 digits that fail Luhn: an order number, not a card


@pytest.fixture
def event():
    return {
        "id": "evt_test_webhook",
        "type": "invoice.paid",
        "data": {"object": {"customer": FAKE_CUSTOMER["id"], "amount_paid": 1000, "currency": "usd"}},
    }


def test_parse(event):
    parsed = parse_stripe_event(json.dumps(event))
    assert parsed.customer == "cus_test_123"


def test_route_alert_uses_reserved_host():
    assert route_alert("https://hooks.example.com/services/T0/B0/x") is None


def test_pagerduty_key_is_redacted():
    assert route_alert("pagerduty://REDACTED") is None


def test_uuid_is_not_a_key():
    assert route_alert("urn:uuid:⟦gen:uuid:tw3⟧") is None
