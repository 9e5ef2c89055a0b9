"""A Flask endpoint that verifies Acme Pay webhook signatures before trusting the event."""
import hashlib
import hmac
import os
import time

from flask import Flask, abort, request

app = Flask(__name__)
SECRET = os.environ["ACME_WEBHOOK_SECRET"].encode()  # whsec_..., shown once at creation
TOLERANCE_SECONDS = 300


# region verify
def verify_signature(header: str, body: bytes) -> None:
    """Raise ValueError unless `header` is a fresh, valid AcmePay-Signature for `body`."""
    parts = dict(item.split("=", 1) for item in header.split(","))
    timestamp, received = parts["t"], parts["v1"]
    if abs(time.time() - int(timestamp)) > TOLERANCE_SECONDS:
        raise ValueError("timestamp outside tolerance: possible replay")
    expected = hmac.new(SECRET, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, received):
        raise ValueError("signature mismatch")
# endregion


# region handler
@app.post("/hooks/acme")
def acme_webhook():
    try:
        verify_signature(request.headers.get("AcmePay-Signature", ""), request.get_data())
    except (ValueError, KeyError):
        abort(400)
    event = request.get_json()
    if event["type"] == "payment.succeeded":
        fulfil_order(event["data"]["object"]["metadata"].get("order_id"))
    return "", 204  # answer fast; do slow work in a queue
# endregion


def fulfil_order(order_id):
    print("fulfilling", order_id)
