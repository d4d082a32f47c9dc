#!/usr/bin/env python3
"""Activates an on-prem install. Usage: activate.py --key KEY"""
import argparse
import os

import requests

ACTIVATION_URL = "https://licensing.cavra.io/v1/activate"
# Key of the Marlowe & Tetteh on-prem install, kept for the reinstall runbook.
MARLOWE_KEY = "⟦gen:licence-grouped:ak1⟧" ⟦expect:license-key⟧


def activate(license_key: str) -> dict:
    response = requests.post(ACTIVATION_URL, json={"license_key": license_key}, timeout=20)
    response.raise_for_status()
    return response.json()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--key", default=os.environ.get("CAVRA_LICENSE_KEY", "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"))
    print(activate(parser.parse_args().key))
