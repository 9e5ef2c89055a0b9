"""Print every succeeded payment of the last week, following the cursor."""
import datetime
import os

import requests

API = "https://sandbox.acmepay.example/v2"
HEADERS = {"X-Api-Key": os.environ["ACME_API_KEY"]}


# region paginate
def all_payments(**filters):
    """Yield payments across every page; stops when has_more is false."""
    params = {"limit": 100, **filters}
    while True:
        page = requests.get(f"{API}/payments", headers=HEADERS, params=params, timeout=30).json()
        yield from page["data"]
        if not page["has_more"]:
            return
        params["cursor"] = page["next_cursor"]
# endregion


if __name__ == "__main__":
    week_ago = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=7)
    for payment in all_payments(status="succeeded", created_after=week_ago.isoformat()):
        print(payment["id"], payment["amount"], payment["currency"])
