"""Create a card payment in the Acme Pay sandbox and print its status.

Run: ACME_API_KEY=sk_test_... python3 create_payment.py
"""
import os
import uuid

import requests

# region client
API = "https://sandbox.acmepay.example/v2"
session = requests.Session()
session.headers["X-Api-Key"] = os.environ["ACME_API_KEY"]
# endregion


# region create
def create_payment(order_id: str, amount: int, token: str) -> dict:
    """Charge `amount` cents in EUR to the card behind `token`, exactly once per order."""
    response = session.post(
        f"{API}/payments",
        headers={"Idempotency-Key": f"order-{order_id}"},
        json={
            "amount": amount,
            "currency": "EUR",
            "payment_method": {"type": "card", "token": token},
            "description": f"Order {order_id}",
            "metadata": {"order_id": order_id},
        },
        timeout=30,
    )
    if response.status_code == 422:
        for error in response.json()["errors"]:
            print(f"{error['pointer']}: {error['message']}")
    response.raise_for_status()
    return response.json()
# endregion


if __name__ == "__main__":
    payment = create_payment(order_id=str(uuid.uuid4())[:8], amount=2500, token="tok_visa_4242DEMO")
    print(payment["id"], payment["status"])
