"""One-off: move open Freshdesk tickets to Zendesk (run 2024-04-02)."""
import requests

FRESHDESK = "https://cavra.freshdesk.com/api/v2"
API_KEY = "⟦gen:alnum:mt1:20⟧" ⟦maybe:connector-credential⟧
ZENDESK_TOKEN = f"support-bot@cavra.io/token:⟦gen:alnum:mt2:40⟧" ⟦expect:connector-credential⟧

# Tickets that failed to migrate, with the customer's words, for manual follow-up. ⟦expect:support-ticket:+3⟧
FAILED = [
    (9874, "Osterlund Maritime: 'our auditors need the export by Friday or we escalate'"), ⟦maybe:customer-identifier⟧
    (9902, "Tamarind Bay Hotels: 'card on file was charged twice for May'"), ⟦maybe:customer-identifier⟧⟦maybe:billing-record⟧
]


def migrate(ticket_id: int) -> None:
    ticket = requests.get(f"{FRESHDESK}/tickets/{ticket_id}", auth=(API_KEY, "X"), timeout=30).json()
    print(f"https://cavra.zendesk.com/agent/tickets/{ticket['id']}")
