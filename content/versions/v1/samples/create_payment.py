"""Create a card payment with Acme Pay API v1 (sandbox) and print its status.

Run: ACME_API_KEY=sk_test_... python3 create_payment.py
"""
import os
from decimal import Decimal

import requests

API = "https://sandbox.acmepay.example/v1"
HEADERS = {"X-Api-Key": os.environ["ACME_API_KEY"]}


# region create
def create_payment(order_id: str, amount: Decimal, token: str) -> dict:
    """Charge `amount` EUR (two decimals) to the card behind `token`, once per order."""
    response = requests.post(
        f"{API}/payments",
        headers={**HEADERS, "Idempotency-Key": f"order-{order_id}"},
        json={
            "amount": float(amount.quantize(Decimal("0.01"))),
            "currency": "EUR",
            "payment_method": {"type": "card", "token": token},
            "description": f"Order {order_id}",
        },
        timeout=30,
    )
    response.raise_for_status()
    return response.json()
# endregion


if __name__ == "__main__":
    payment = create_payment("1042", Decimal("25.00"), "tok_visa_4242DEMO")
    print(payment["id"], payment["status"])
