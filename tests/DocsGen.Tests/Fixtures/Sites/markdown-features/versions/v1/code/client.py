import acme

client = acme.Client()

def main():
    # region create
    payment = client.payments.create(
        amount=100, currency="EUR")
    # endregion
    print(payment.id)
