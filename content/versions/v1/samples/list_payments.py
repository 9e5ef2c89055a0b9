"""Print every succeeded payment, page by page (API v1)."""
import os

import requests

API = "https://sandbox.acmepay.example/v1"
HEADERS = {"X-Api-Key": os.environ["ACME_API_KEY"]}


# region paginate
def all_payments(**filters):
    """Yield payments from every page, until a page comes back short."""
    page_number = 1
    while True:
        params = {"page": page_number, "per_page": 100, **filters}
        page = requests.get(f"{API}/payments", headers=HEADERS, params=params, timeout=30).json()
        yield from page["data"]
        if page_number * page["per_page"] >= page["total"]:
            return
        page_number += 1
# endregion


if __name__ == "__main__":
    for payment in all_payments(status="succeeded"):
        print(payment["id"], payment["amount"], payment["currency"])
