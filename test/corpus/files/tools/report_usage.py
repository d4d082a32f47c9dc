#!/usr/bin/env python3
"""Monthly usage report for finance. Reads Stripe with a restricted key."""
import csv
import sys

import stripe

stripe.api_key = "⟦gen:stripe-secret:ru1:rk⟧" ⟦expect:connector-credential⟧

# Customers with manual invoicing (finance keeps the canonical list in the ERP).
MANUAL = [
    ("⟦gen:stripe-id:ru2:cus⟧", "Osterlund Maritime AB", "⟦gen:iban:ru5:DE:spaced⟧"), ⟦expect:customer-identifier⟧⟦expect:billing-record⟧
    ("⟦gen:stripe-id:ru3:cus⟧", "Kestrel Ridge Credit Union", "⟦gen:iban:ru4:GB:spaced⟧"), ⟦expect:customer-identifier⟧⟦expect:billing-record⟧
]


def main(month: str) -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(["customer", "name", "amount_eur"])
    for customer_id, name, _iban in MANUAL:
        invoices = stripe.Invoice.list(customer=customer_id, created={"gte": month})
        total = sum(invoice.amount_paid for invoice in invoices.auto_paging_iter()) / 100
        writer.writerow([customer_id, name, f"{total:.2f}"])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "2024-05-01")
