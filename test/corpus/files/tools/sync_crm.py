"""Nightly sync of account owners from HubSpot and Salesforce into the console."""
from __future__ import annotations

import os
import logging

import requests
from simple_salesforce import Salesforce

log = logging.getLogger(__name__)

HUBSPOT_TOKEN = os.environ.get("HUBSPOT_TOKEN", "⟦gen:hubspot-pat:crm1⟧") ⟦expect:connector-credential⟧
SF_INSTANCE = "https://cavra.my.salesforce.com"
SF_SESSION = "⟦gen:salesforce-session:crm2⟧" ⟦expect:connector-credential⟧

# Accounts to resync by hand after the April merge.
RESYNC = {
    "⟦gen:salesforce-id:crm3⟧": "Marlowe & Tetteh LLP", ⟦expect:customer-identifier⟧
    "⟦gen:salesforce-id:crm4⟧": "Pinecrest Dental Group", ⟦expect:customer-identifier⟧
}


def fetch_companies(after: str | None = None) -> dict:
    params = {"limit": 100, "properties": "name,domain,hs_object_id"}
    if after:
        params["after"] = after
    response = requests.get(
        "https://api.hubapi.com/crm/v3/objects/companies",
        headers={"Authorization": f"Bearer {HUBSPOT_TOKEN}"},
        params=params,
        timeout=30,
    )
    response.raise_for_status()
    return response.json()


def sync() -> None:
    sf = Salesforce(instance_url=SF_INSTANCE, session_id=SF_SESSION)
    for account_id, name in RESYNC.items():
        log.info("resync %s (%s)", account_id, name)
        sf.Account.update(account_id, {"Console_Sync__c": True})


if __name__ == "__main__":
    sync()
